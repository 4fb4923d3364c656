import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCitation } from "../../graph-seed/schema";
import { isPartialDate } from "../../lib/patterns";
import { loadSeedSet, SeedValidationError, type SeedProblem } from "../../lib/seed/validate";
import { copyFixture, editJson, FIXTURE_DIR } from "../support/seed-files";

function problemsOf(dir: string): SeedProblem[] {
  try {
    loadSeedSet(dir);
  } catch (e) {
    if (e instanceof SeedValidationError) return e.problems;
    throw e;
  }
  throw new Error("expected the set to be invalid");
}

const dataFile = (dir: string) => path.join(dir, "data", "fixture.json");

describe("seed validation", () => {
  it("accepts the fixture set and renders its citations", () => {
    const set = loadSeedSet(FIXTURE_DIR);
    expect(set.name).toBe("fixture");
    expect(set.nodes.length).toBeGreaterThanOrEqual(5);
    expect(set.relationships.length).toBeGreaterThanOrEqual(4);
    for (const n of set.nodes) expect(n.citations.length).toBeGreaterThan(0);
    expect(set.nodes[0].citations[0]).toContain("NRI");
  });

  it("names the file, record and field of an unknown field", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes[1].colour = "red";
    });
    const [p] = problemsOf(dir);
    expect(p.file).toContain("fixture.json");
    expect(p.record).toBe("nodes[1] (model:ernie-bot)");
    expect(p.message).toMatch(/colour/);
  });

  it("reports a relationship whose endpoint does not exist", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.relationships[0].to = "model:nowhere";
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ field: "to", message: expect.stringContaining("model:nowhere") }));
  });

  it("reports a duplicate id with both places", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes.push({ ...d.nodes[0] });
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ field: "id", message: expect.stringContaining("duplicate id") }));
  });

  it("rejects impossible and malformed dates", () => {
    for (const bad of ["2023-02-30", "2023-13", "23-01-01", "2023/03/16", "March 2023", "2023-3-16"]) {
      const dir = copyFixture("fixture");
      editJson(dataFile(dir), (d) => {
        d.nodes[1].date = bad;
      });
      expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ record: "nodes[1] (model:ernie-bot)", field: "date" }));
    }
    expect(isPartialDate("2024-02-29")).toBe(true);
    expect(isPartialDate("2023-02-29")).toBe(false);
  });

  it("rejects unknown sources, missing sources and bad id prefixes", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes[0].sources = ["no-such-source"];
      d.nodes[2].sources = [];
      d.nodes[3].id = "company:wang";
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ field: "sources[0]", message: expect.stringContaining("no-such-source") }));
    expect(problems).toContainEqual(expect.objectContaining({ field: "sources" }));
    expect(problems).toContainEqual(expect.objectContaining({ field: "id", message: expect.stringContaining('"person:"') }));
  });

  it("does not take a name of Object.prototype for a known source", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes[0].sources = ["constructor"];
    });
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: "sources[0]", message: expect.stringContaining('unknown source "constructor"') }));
  });

  it("reports a file that is not JSON, and a wrong shape, without throwing anything else", () => {
    const dir = copyFixture("fixture");
    fs.writeFileSync(dataFile(dir), '{"nodes": [');
    expect(problemsOf(dir)[0]).toMatchObject({ record: "(file)", message: expect.stringContaining("not valid JSON") });
    fs.writeFileSync(dataFile(dir), JSON.stringify({ nodes: "none" }));
    expect(problemsOf(dir)[0]).toMatchObject({ record: "(file)", field: "nodes" });
    fs.writeFileSync(dataFile(dir), "[]");
    expect(problemsOf(dir).length).toBeGreaterThan(0);
  });

  it("rejects reserved and badly named extra properties, and lists of mixed types", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes[0].properties = { seed_set: "x", "Bad Key": 1, mixed: [1, "a"], launch_date: "soon" };
    });
    const fields = problemsOf(dir).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["properties.seed_set", "properties.Bad Key", "properties.mixed", "properties.launch_date"]));
  });

  it("requires a sources registry and at least one data file", () => {
    const dir = copyFixture("fixture");
    fs.rmSync(path.join(dir, "sources.json"));
    fs.rmSync(path.join(dir, "data"), { recursive: true });
    const problems = problemsOf(dir);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/sources registry/);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/no \*\.json data files/);
  });

  it("renders citations with section, slide, and the as-of date of public knowledge", () => {
    expect(renderCitation({ kind: "deck", title: "Deck", section: "1-2", slide: "Slide" })).toBe("Deck § 1-2 — slide “Slide”");
    expect(renderCitation({ kind: "public", title: "Fact", as_of: "2023-07" })).toBe("Public knowledge: Fact [as of 2023-07]");
  });
});

describe("seed validation: the vocabulary (graph-seed/vocabulary.ts)", () => {
  it("refuses a relationship type outside the vocabulary, naming file, record and field", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.relationships[0].type = "PARTNER_OF";
    });
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toContain("fixture.json");
    expect(problems[0].record).toMatch(/^relationships\[0\]/);
    expect(problems[0].field).toBe("type");
    expect(problems[0].message).toMatch(/not a relationship type of the vocabulary/);
  });

  it("refuses ends that do not fit the type's domain -> range", () => {
    const dir = copyFixture("fixture");
    let from = "";
    editJson(dataFile(dir), (d) => {
      const r = d.relationships.find((x: { type: string }) => x.type === "DEVELOPED");
      // A model developing a company: the wrong way round.
      [r.from, r.to] = [r.to, r.from];
      from = r.from;
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].record).toContain(from);
    expect(problems[0].field).toBe("from");
    expect(problems[0].message).toMatch(/a DEVELOPED relationship starts at Company, Institute, not at a Model/);
  });

  it("refuses an id whose prefix is no label's, current or former", () => {
    const dir = copyFixture("fixture");
    editJson(dataFile(dir), (d) => {
      d.nodes[0].id = "event:" + d.nodes[0].id.split(":")[1];
    });
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.field === "id" && /id starts with/.test(p.message))).toBe(true);
  });
});

describe("a set that builds on another (set.json extends)", () => {
  /** A base set (the fixture) and, beside it, a child set whose relationships end at the base's nodes. */
  function pair(child: { nodes: unknown[]; relationships: unknown[] }, setJson: unknown = { extends: ["base"] }) {
    const baseDir = copyFixture("base");
    const root = path.dirname(baseDir);
    const dir = path.join(root, "child");
    fs.mkdirSync(path.join(dir, "data"), { recursive: true });
    fs.copyFileSync(path.join(baseDir, "sources.json"), path.join(dir, "sources.json"));
    fs.writeFileSync(path.join(dir, "set.json"), JSON.stringify(setJson));
    fs.writeFileSync(path.join(dir, "data", "child.json"), JSON.stringify(child));
    return dir;
  }
  const deepseek = { id: "company:deepseek", label: "Company", name: "DeepSeek", name_zh: "深度求索", name_ja: "DeepSeek", sources: ["deck:1-1-players"] };

  it("lets its relationships end at the base's nodes and lists them for the loader", () => {
    const dir = pair({ nodes: [deepseek], relationships: [{ type: "PARTNERS_WITH", from: "company:deepseek", to: "company:baidu", sources: ["deck:1-1-players"] }] });
    const set = loadSeedSet(dir);
    expect(set.extends).toEqual(["base"]);
    expect(set.externalIds).toEqual(["company:baidu"]);
    expect(set.nodes.map((n) => n.id)).toEqual(["company:deepseek"]);
  });

  it("checks the base node's label against the relationship type's domain and range", () => {
    const dir = pair({ nodes: [deepseek], relationships: [{ type: "DEVELOPED", from: "company:deepseek", to: "company:baidu", sources: ["deck:1-1-players"] }] });
    expect(problemsOf(dir).map((p) => p.field)).toEqual(["to"]);
  });

  it("refuses to define a base node again, an unknown base, and a circle", () => {
    const again = pair({ nodes: [{ ...deepseek, id: "company:baidu", name: "Baidu" }], relationships: [] });
    expect(problemsOf(again)[0].message).toMatch(/node of the set "base".*do not define it again/);
    const unknown = pair({ nodes: [deepseek], relationships: [] }, { extends: ["no-such-set"] });
    expect(problemsOf(unknown)[0].message).toMatch(/builds on "no-such-set", which does not load/);
    const self = pair({ nodes: [deepseek], relationships: [] }, { extends: ["child"] });
    expect(problemsOf(self)[0].message).toMatch(/circle/);
    const bad = pair({ nodes: [deepseek], relationships: [] }, { extends: "base" });
    expect(problemsOf(bad)[0].file).toMatch(/set\.json$/);
  });
});
