/**
 * Content checks on the default seed set (graph-seed/ecosystem), built from NRI's 2023-07-25 briefing
 * 「中国における生成AI業界の現状と展望」: the facts the deck states must be in the graph, as data.
 */
import { describe, it, expect } from "vitest";
import { fileURLToPath } from "node:url";
import { loadSeedSet, type LoadedNode, type LoadedRelationship } from "../../lib/seed/validate";
import { isPartialDate } from "../../lib/patterns";

const SET_DIR = fileURLToPath(new URL("../../graph-seed/ecosystem", import.meta.url));
const set = loadSeedSet(SET_DIR);
const byId = new Map(set.nodes.map((n) => [n.id, n]));

/** The node that answers to `name` (English, Chinese, Japanese name or alias); fails if none or several do. */
function node(name: string): LoadedNode {
  const hits = set.nodes.filter(
    (n) => n.name === name || n.name_zh === name || n.name_ja === name || (n.aliases ?? []).includes(name),
  );
  if (hits.length !== 1) {
    throw new Error(
      `expected exactly one node named "${name}", found ${hits.length}: ${hits.map((h) => h.id).join(", ")}`,
    );
  }
  return hits[0];
}

function rels(filter: Partial<Pick<LoadedRelationship, "type" | "from" | "to">>): LoadedRelationship[] {
  return set.relationships.filter(
    (r) =>
      (filter.type === undefined || r.type === filter.type) &&
      (filter.from === undefined || r.from === filter.from) &&
      (filter.to === undefined || r.to === filter.to),
  );
}

const prop = (n: { properties?: Record<string, unknown> }, key: string) => n.properties?.[key];

describe("ecosystem seed set: integrity", () => {
  it("is a sizeable set", () => {
    expect(set.nodes.length).toBeGreaterThanOrEqual(200);
    expect(set.relationships.length).toBeGreaterThanOrEqual(300);
  });

  it("has unique node ids and relationship ids", () => {
    expect(new Set(set.nodes.map((n) => n.id)).size).toBe(set.nodes.length);
    expect(new Set(set.relationships.map((r) => r.id)).size).toBe(set.relationships.length);
  });

  it("joins every relationship to two existing, different nodes", () => {
    for (const r of set.relationships) {
      expect(byId.has(r.from), `${r.id}: from`).toBe(true);
      expect(byId.has(r.to), `${r.id}: to`).toBe(true);
      expect(r.from).not.toBe(r.to);
    }
  });

  it("cites known sources on every node and relationship", () => {
    for (const rec of [...set.nodes, ...set.relationships]) {
      expect(rec.sources.length, rec.id).toBeGreaterThan(0);
      for (const key of rec.sources) expect(set.sources[key], `${rec.id}: ${key}`).toBeDefined();
      expect(rec.citations.length).toBe(rec.sources.length);
    }
  });

  it("gives deck sources a section and slide, and public sources an as_of date", () => {
    for (const [key, src] of Object.entries(set.sources)) {
      if (src.kind === "deck") {
        expect(src.section, key).toBeTruthy();
        expect(src.slide, key).toBeTruthy();
        expect(src.author).toBe("李智慧");
        expect(src.publisher).toBe("Nomura Research Institute");
      }
      if (src.kind === "public") expect(src.as_of, key).toBeTruthy();
    }
  });

  it("writes every date as YYYY, YYYY-MM or YYYY-MM-DD", () => {
    for (const rec of [...set.nodes, ...set.relationships]) {
      if (rec.date !== undefined) expect(isPartialDate(rec.date), `${rec.id}: ${rec.date}`).toBe(true);
      for (const [k, v] of Object.entries(rec.properties ?? {})) {
        if (k.endsWith("_date")) expect(typeof v === "string" && isPartialDate(v), `${rec.id}.${k}`).toBe(true);
      }
    }
  });

  it("gives every node a non-empty English, Chinese and Japanese name", () => {
    for (const n of set.nodes) {
      for (const field of ["name", "name_zh", "name_ja"] as const) {
        expect(typeof n[field] === "string" && n[field].trim().length > 0, `${n.id}.${field}`).toBe(true);
      }
    }
  });
});

describe("ecosystem seed set: Baidu's ERNIE Bot ecosystem", () => {
  const ernie = node("文心一言");
  const baidu = node("百度");

  it("has Baidu developing ERNIE Bot", () => {
    expect(rels({ type: "DEVELOPED", from: baidu.id, to: ernie.id })).toHaveLength(1);
  });

  it("states the 450+ companies that had joined by February 2023", () => {
    expect(prop(ernie, "ecosystem_companies_min")).toBe(450);
    expect(prop(ernie, "ecosystem_companies_as_of_date")).toBe("2023-02");
  });

  const PARTNERS = [
    "郵政貯蓄銀行",
    "吉利自動車",
    "能鍊",
    "36Kr",
    "中軟国際",
    "人民政協報",
    "新網銀行",
    "集度自動車",
    "Sina",
    "軟通動力",
    "工信部新聞宣傳センター",
    "重慶銀行",
    "零跑自動車",
    "C-trip",
    "東軟集団",
    "新民晚報",
    "百信銀行",
  ];
  it.each(PARTNERS)("lists %s as a partner linked to ERNIE Bot", (name) => {
    const partner = node(name);
    const links = set.relationships.filter(
      (r) => r.from === partner.id && (r.to === ernie.id || r.to === baidu.id) && r.type === "JOINED_ECOSYSTEM",
    );
    expect(links.length).toBeGreaterThan(0);
  });
});

describe("ecosystem seed set: models and release dates", () => {
  it.each([
    ["文心一言", "2023-03-16"],
    ["通義千問", "2023-04-07"],
    ["星火認知", "2023-05-06"],
    ["MedGPT", "2023-05-25"],
    ["悟道", "2021-03-20"],
    ["悟道3.0", "2023-06-09"],
    ["ERNIE 3.5", "2023-06-06"],
  ])("dates %s to %s", (name, date) => {
    const m = node(name);
    expect(m.label).toBe("Model");
    expect(m.date).toBe(date);
  });

  it("dates Tongyi Tingwu (通義聴悟), which the deck presents as an assistant built on Tongyi Qianwen, to 2023-06-01", () => {
    const tingwu = node("通義聴悟");
    expect(tingwu.label).toBe("Product");
    expect(tingwu.date).toBe("2023-06-01");
    expect(rels({ type: "USES", from: tingwu.id, to: node("通義千問").id })).toHaveLength(1);
  });

  it("records upgrades: ERNIE Bot -> ERNIE 3.5, WuDao -> WuDao 3.0, SPARK -> V1.5", () => {
    expect(rels({ type: "SUCCEEDED_BY", from: node("文心一言").id, to: node("ERNIE 3.5").id })).toHaveLength(1);
    expect(rels({ type: "SUCCEEDED_BY", from: node("悟道").id, to: node("悟道3.0").id })).toHaveLength(1);
    expect(rels({ type: "SUCCEEDED_BY", from: node("星火認知").id, to: node("SPARK大模型V1.5").id })).toHaveLength(1);
  });

  it("gives every model a developer", () => {
    for (const m of set.nodes.filter((n) => n.label === "Model")) {
      expect(rels({ type: "DEVELOPED", to: m.id }).length, m.id).toBeGreaterThan(0);
    }
  });

  it("keeps the deck's numbers as numbers", () => {
    // The deck attaches 1.75 trillion parameters to WuDao; public sources to WuDao 2.0 (the deck_* convention).
    expect(prop(node("悟道"), "deck_parameters")).toBe(1_750_000_000_000);
    expect(prop(node("WuDao 2.0"), "parameters")).toBe(1_750_000_000_000);
    expect(prop(node("MedGPT"), "parameters_min")).toBe(100_000_000_000);
    // MedGPT's training data: the counts live on the datasets it uses.
    const medgpt = node("MedGPT");
    const trainedOn = rels({ type: "USES", from: medgpt.id }).map((r) => byId.get(r.to)!);
    expect(trainedOn.map((d) => prop(d, "records")).sort()).toEqual([2_000_000_000, 8_000_000].sort());
    expect(prop(node("百度"), "ai_investment_rmb_min")).toBe(100_000_000_000);
    expect(prop(node("Baidu Search"), "search_requests_per_day")).toBe(6_000_000_000);
    expect(prop(node("小度"), "voice_interactions_per_month")).toBe(6_600_000_000);
    expect(prop(node("百度地図"), "monthly_active_users")).toBe(540_000_000);
    expect(prop(node("百度知道"), "daily_avg_searches")).toBe(1_540_000_000);
    expect(prop(node("星火認知"), "planned_first_batch_enterprises_min")).toBe(3000);
    expect(prop(node("星火認知"), "planned_first_batch_industries")).toBe(36);
    expect(prop(node("iFlytek"), "ai_functions")).toBe(560);
    expect(prop(node("iFlytek product big data"), "users_min")).toBe(46_100_000);
    expect(prop(node("百モデル大戦"), "llm_count")).toBe(78);
  });

  it("records the deck's ChatGPT date alongside the widely documented one", () => {
    const chatgpt = node("ChatGPT");
    expect(prop(chatgpt, "deck_release_date")).toBe("2022-12-30");
    expect(chatgpt.date).toBe("2022-11-30");
  });
});

describe("ecosystem seed set: founders and investors", () => {
  it.each([
    ["王慧文", 50_000_000],
    ["王小川", 50_000_000],
  ])("records %s's personal investment of US$%d (on the venture he founded)", (name, usd) => {
    const founded = rels({ type: "FOUNDED", from: node(name).id }).filter((r) => r.properties?.personal_investment_usd !== undefined);
    expect(founded.map((r) => r.properties?.personal_investment_usd)).toEqual([usd]);
  });

  it.each(["周伯文", "王慧文", "李開復", "陳冉", "王小川", "李志飛", "王長虎"])(
    "has %s in the 2023 wave with a former or founded organisation",
    (name) => {
      const p = node(name);
      expect(p.label).toBe("Person");
      expect(rels({ type: "PARTICIPATES_IN", from: p.id }).some((r) => byId.get(r.to)?.label === "Trend")).toBe(true);
      expect(set.relationships.some((r) => r.from === p.id && (r.type === "WORKED_AT" || r.type === "FOUNDED"))).toBe(
        true,
      );
    },
  );

  it.each([
    "GL Ventures",
    "IDG Capital",
    "ZhenFund",
    "Qiming Venture Partners",
    "Matrix Partners",
    "Eight Roads",
    "Yunqi Partners",
    "Future Capital",
  ])("connects the VC %s to what the deck connects it to", (name) => {
    const vc = node(name);
    expect(vc.label).toBe("Investor");
    expect(set.relationships.filter((r) => r.from === vc.id).length).toBeGreaterThan(0);
  });
});

describe("ecosystem seed set: policy", () => {
  it("has Shenzhen's 100-billion-yuan AI fund", () => {
    const shenzhen = node("深セン市政府");
    const plans = rels({ type: "ISSUED", from: shenzhen.id }).map((r) => r.to);
    const funds = set.relationships
      .filter((r) => r.type === "ISSUED" && r.properties?.kind === "established" && plans.includes(r.from))
      .map((r) => byId.get(r.to)!);
    expect(funds.some((f) => prop(f, "fund_rmb") === 100_000_000_000)).toBe(true);
  });

  it("has Shanghai's 20-million-yuan / 30% and Chengdu's 10-million-yuan support", () => {
    const sh = rels({ type: "ISSUED", from: node("上海市政府").id }).map((r) => byId.get(r.to)!);
    expect(sh.some((p) => prop(p, "max_support_rmb") === 20_000_000 && prop(p, "max_support_share_pct") === 30)).toBe(
      true,
    );
    const cd = rels({ type: "ISSUED", from: node("成都市政府").id }).map((r) => byId.get(r.to)!);
    expect(cd.some((p) => prop(p, "max_support_rmb") === 10_000_000)).toBe(true);
  });

  it("has the Interim Measures of 2023-07-10 issued by the CAC and six other bodies", () => {
    const measures = node("生成AIサービス管理暫定弁法");
    expect(measures.date).toBe("2023-07-10");
    const issuers = rels({ type: "ISSUED", to: measures.id });
    expect(issuers).toHaveLength(7);
    expect(issuers.some((r) => r.from === node("CAC").id)).toBe(true);
  });
});

describe("ecosystem seed set: views", () => {
  const REQUIRED = [
    "alibaba-portfolio",
    "baidu-wenxin-partners",
    "model-timeline",
    "founders-2023",
    "baai-open-source",
    "policy-landscape",
    "investors",
  ];
  it.each(REQUIRED)("defines the view %s", (slug) => {
    expect(set.views.map((v) => v.slug)).toContain(slug);
  });

  it("keeps every view query read-only", () => {
    const forbidden = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|CALL|LOAD|FOREACH|DROP)\b/i;
    for (const v of set.views) {
      expect(forbidden.test(v.query), v.slug).toBe(false);
      expect(v.query).toMatch(/\bRETURN\b/);
    }
  });

  it("points every view parameter that names a node at an existing node", () => {
    for (const v of set.views) {
      for (const value of Object.values(v.params)) {
        if (typeof value === "string" && value.includes(":")) expect(byId.has(value), `${v.slug}: ${value}`).toBe(true);
      }
    }
  });
});
