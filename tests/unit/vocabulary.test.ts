/**
 * The data model and the sourcing rules, over the whole ecosystem set: the vocabulary is small and declared, the
 * README's tables match the data, every source is a page a reader can open (or says it is unverified), inferences
 * are marked, and a fact lives in one place.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LABELS, NODE_LABELS, REL_TYPE_NAMES, REL_TYPES, RENAMED_REL_KINDS, RENAMED_REL_TYPES, currentRelType } from "../../graph-seed/vocabulary";
import { NODE_COLORS } from "../../lib/graph/style";
import { loadSeedSet } from "../../lib/seed/validate";
import { parseViewState, serializeViewState } from "../../lib/url/view-state";
import { README, renderTables } from "../../scripts/vocabulary-tables";

const SET_DIR = fileURLToPath(new URL("../../graph-seed/ecosystem", import.meta.url));
const set = loadSeedSet(SET_DIR);
const records = [...set.nodes.map((n) => ({ what: n.id, ...n })), ...set.relationships.map((r) => ({ what: r.id, ...r }))];

describe("the vocabulary", () => {
  it("has at most 25 relationship types, and a type used once only where it carries a meaning no other has", () => {
    expect(REL_TYPE_NAMES.length).toBeLessThanOrEqual(25);
    const counts = new Map<string, number>();
    for (const r of set.relationships) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    for (const t of REL_TYPE_NAMES) {
      const def = REL_TYPES[t] as { unique?: string };
      if ((counts.get(t) ?? 0) <= 1) expect(def.unique, `${t} is used ${counts.get(t) ?? 0} time(s)`).toBeTruthy();
    }
  });

  it("gives every label its own colour, and every label's own id prefix is its kebab-case name", () => {
    const colours = NODE_LABELS.map((l) => NODE_COLORS[l]);
    for (const [i, l] of NODE_LABELS.entries()) expect(colours[i], l).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(NODE_LABELS.length);
    for (const l of NODE_LABELS) expect(LABELS[l].idPrefixes[0]).toBe(l.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase());
  });

  it("holds one Event: the others were risks, trends and cases, and now say so", () => {
    expect(set.nodes.filter((n) => n.label === "Event").map((n) => n.id)).toEqual(["event:waic-2023"]);
    const label = (id: string) => set.nodes.find((n) => n.id === id)?.label;
    expect(label("event:risk-ai-unemployment")).toBe("Risk");
    expect(label("event:fuzhou-face-swap-fraud")).toBe("Incident");
    expect(label("event:hundred-model-war")).toBe("Trend");
    expect(label("program:edw-hub-guizhou")).toBe("ComputingHub");
    expect(label("program:edw-cluster-guian")).toBe("DataCenterCluster");
    expect(label("chip:domestic-chips")).toBe("ChipCategory");
    expect(label("model:tongyi-tingwu")).toBe("Product");
    expect(label("institute:xinhua")).toBe("MediaOutlet");
    expect(label("company:cppcc-daily")).toBe("MediaOutlet");
  });

  it("matches the tables of graph-seed/README.md (regenerate with npx tsx scripts/vocabulary-tables.ts)", () => {
    expect(fs.readFileSync(README, "utf8")).toContain(renderTables(SET_DIR));
  });

  it("maps every relationship type of the first data model to one of today's", () => {
    for (const [old, now] of Object.entries(RENAMED_REL_TYPES)) {
      expect(REL_TYPE_NAMES, old).toContain(now);
      expect(REL_TYPE_NAMES as string[], old).not.toContain(old);
    }
    expect(currentRelType("DEVELOPED")).toBe("DEVELOPED");
  });

  it("reads links written with the old names in today's words, and rewrites them", () => {
    const r = parseViewState("n=model:ernie-bot&x=model:ernie-bot~INTEGRATES,company:iflytek~OPERATES_IN&r=APPLIED_IN,BACKS&s=product:xiaodu-INTEGRATES->model:ernie-bot");
    if (!r.ok) throw new Error(r.error);
    expect(serializeViewState(r.state)).toBe(
      // An expansion by an old type is narrowed to the kind its relationships carry now (what it reached then), and
      // a hidden old type hides that kind alone (not every ACTIVE_IN or SUPPORTS relationship).
      "n=model:ernie-bot&x=model:ernie-bot~USES.integrates,company:iflytek~ACTIVE_IN.sector&r=ACTIVE_IN.application,SUPPORTS.backs&s=product:xiaodu-USES-%3Emodel:ernie-bot",
    );
    expect(set.relationships.some((x) => x.id === "product:xiaodu-USES->model:ernie-bot")).toBe(true);
  });
});

describe("sourcing rules", () => {
  it("every cited and public source names a page a reader can open, or says it is unverified and why", () => {
    for (const [key, s] of Object.entries(set.sources)) {
      if (s.kind === "deck") continue;
      if (s.verified === false) {
        expect(s.note, `${key}: an unverified source says what was searched`).toBeTruthy();
        continue;
      }
      expect(s.url, `${key} has a url`).toMatch(/^https?:\/\//);
      expect(s.publisher, `${key} has a publisher`).toBeTruthy();
    }
  });

  it("no fact rests on the old catch-all company-profiles source", () => {
    for (const r of records) expect(r.sources, r.what).not.toContain("public:company-profiles");
    expect(Object.keys(set.sources)).not.toContain("public:company-profiles");
  });

  it("the compute hubs and clusters (names not in the deck) cite the public source they came from", () => {
    for (const n of set.nodes.filter((n) => n.label === "ComputingHub" || n.label === "DataCenterCluster")) {
      expect(n.sources.every((s) => !s.startsWith("deck:")), n.id).toBe(true);
    }
  });

  it("marks what the sources imply but do not state, and says why", () => {
    const inferred = records.filter((r) => r.properties?.basis !== undefined);
    expect(inferred.length).toBeGreaterThan(0);
    for (const r of inferred) {
      expect(r.properties?.basis, r.what).toBe("inferred");
      expect(typeof r.properties?.basis_note, r.what).toBe("string");
    }
  });

  it("keeps one fact in one place", () => {
    for (const r of records) {
      const p = r.properties ?? {};
      if ("personal_investment_usd" in p) expect(r.what, "an investment lives on the FOUNDED edge").toMatch(/-FOUNDED->/);
      if ("fund_rmb" in p) expect(r.what).toBe("program:shenzhen-ai-fund");
      if ("records" in p) expect(r.what, "record counts live on datasets").toMatch(/^dataset:/);
      expect(p, r.what).not.toHaveProperty("venture_start_date");
      if ("max_support_rmb" in p) expect(r.what).toMatch(/^policy:/);
    }
  });

  it("narrows an old type to a kind its merged type's relationships carry in the data", () => {
    for (const [old, kind] of Object.entries(RENAMED_REL_KINDS)) {
      expect(RENAMED_REL_TYPES, old).toHaveProperty(old);
      const type = RENAMED_REL_TYPES[old];
      expect(
        set.relationships.some((r) => r.type === type && (r.properties as Record<string, unknown> | undefined)?.kind === kind),
        `${old} -> ${type} kind ${kind}`,
      ).toBe(true);
    }
  });
});
