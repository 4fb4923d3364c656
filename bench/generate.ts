/**
 * A deterministic synthetic ecosystem with the real one's shape: a few hub companies with thousands of
 * ecosystem partners, many small companies, models and products built on the hubs' models, investors that
 * co-invest in syndicates, founders, institutes, policies and dated relationships.
 * The same size always gives the same records (seeded PRNG), written as a graph-seed file set.
 */
import fs from "node:fs";
import path from "node:path";
import type { SeedNode, SeedRelationship, SeedView } from "../graph-seed/schema";
import type { RelType } from "../graph-seed/vocabulary";

export type SizeName = "S" | "M" | "L";
export const SIZES: Record<SizeName, { nodes: number; relationships: number }> = {
  S: { nodes: 10_000, relationships: 50_000 },
  M: { nodes: 100_000, relationships: 500_000 },
  L: { nodes: 200_000, relationships: 1_000_000 },
};

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

const ZH = "智能科技数据云网络信息星海天工光明未来深度视觉语言大模型华创新源芯算力安全医疗金融教育汽车机器人".split("");
const EN = ["Nova", "Zhi", "Tian", "Star", "Deep", "Cloud", "Light", "Sino", "Hua", "Wen", "Xin", "Yun", "Qi", "Lan", "Feng", "Bo"];
const CITIES = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan", "Nanjing", "Suzhou", "Hefei"];
const INDUSTRIES = ["finance", "healthcare", "education", "automotive", "retail", "media", "manufacturing", "energy", "legal", "gaming"];

export interface GeneratedSet {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  views: SeedView[];
  hubs: string[];
  /** Ids to use as request parameters (ordinary companies, models, investors). */
  sampleIds: string[];
  /** Search strings that hit (English tokens, CJK fragments, whole names). */
  searchTerms: string[];
}

function pad(n: number, w = 6) {
  return String(n).padStart(w, "0");
}
function dateIn(r: ReturnType<typeof prng>, from = 2015, to = 2023) {
  const y = from + r.int(to - from + 1);
  return `${y}-${String(1 + r.int(12)).padStart(2, "0")}-${String(1 + r.int(28)).padStart(2, "0")}`;
}

/** Generates the set for a size. Pure and deterministic. */
export function generate(size: SizeName, seed = 20230725): GeneratedSet {
  const { nodes: N, relationships: R } = SIZES[size];
  const r = prng(seed);
  const nodes: SeedNode[] = [];
  const mk = (label: SeedNode["label"], prefix: string, i: number, extra: Partial<SeedNode> = {}): string => {
    const base = `${r.pick(EN)}${r.pick(EN).toLowerCase()}`;
    const zh = `${r.pick(ZH)}${r.pick(ZH)}${r.pick(ZH)}${r.pick(ZH)}`;
    const id = `${prefix}:syn-${pad(i)}`;
    nodes.push({
      id,
      label,
      name: `${base} ${label} ${i}`,
      name_zh: `${zh}${i}`,
      name_ja: `${zh}${i}`,
      aliases: r.next() < 0.3 ? [`${base}${i}`] : [],
      sources: ["synthetic"],
      date: dateIn(r),
      description: `Synthetic ${label.toLowerCase()} ${i} for benchmarks.`,
      properties: { city: r.pick(CITIES), employees: 5 + r.int(5000) },
      ...extra,
    });
    return id;
  };

  const count = (share: number) => Math.max(1, Math.round(N * share));
  const nHubs = size === "S" ? 6 : 12;
  const hubs = Array.from({ length: nHubs }, (_, i) => mk("Company", "company", i, { properties: { city: CITIES[i % 10], employees: 50_000, hub: true } }));
  const companies = [...hubs, ...Array.from({ length: count(0.52) - nHubs }, (_, i) => mk("Company", "company", i + nHubs))];
  const models = Array.from({ length: count(0.1) }, (_, i) => mk("Model", "model", i));
  const products = Array.from({ length: count(0.1) }, (_, i) => mk("Product", "product", i));
  const investors = Array.from({ length: count(0.08) }, (_, i) => mk("Investor", "investor", i));
  const people = Array.from({ length: count(0.12) }, (_, i) => mk("Person", "person", i));
  const institutes = Array.from({ length: count(0.03) }, (_, i) => mk("Institute", "institute", i));
  const industries = INDUSTRIES.map((name) =>
    (nodes.push({ id: `industry:${name}`, label: "Industry", name, name_zh: `${name}行业`, name_ja: `${name}業界`, aliases: [], sources: ["synthetic"] }), `industry:${name}`),
  );
  const rest = N - nodes.length;
  const policies = Array.from({ length: Math.max(0, rest) }, (_, i) => mk("Policy", "policy", i));

  const relationships: SeedRelationship[] = [];
  const seen = new Set<string>();
  const add = (type: RelType, from: string, to: string, date?: string, properties?: SeedRelationship["properties"]) => {
    if (relationships.length >= R || from === to) return false;
    const k = `${from}-${type}->${to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    relationships.push({ type, from, to, sources: ["synthetic"], date: date ?? dateIn(r, 2018), ...(properties ? { properties } : {}) });
    return true;
  };
  // Preferential attachment over companies: hubs get a big share of the partnerships.
  const pa: string[] = [...hubs, ...hubs, ...hubs];
  const hubModels = hubs.map((h, i) => models[i % models.length]);
  hubs.forEach((h, i) => add("DEVELOPED", h, hubModels[i]));
  // Models: developed by a company; some upgraded.
  for (let i = nHubs; i < models.length; i++) {
    add("DEVELOPED", r.pick(companies), models[i]);
    if (r.next() < 0.2) add("SUCCEEDED_BY", models[i - 1], models[i]);
  }
  // Products built on a model (hubs' models dominate), owned by a company.
  for (const p of products) {
    add("USES", p, r.next() < 0.6 ? r.pick(hubModels) : r.pick(models));
    add("OWNS", r.pick(companies), p);
  }
  // Ecosystem partners of the hubs: thousands per hub at M.
  const partnersPerHub = Math.round((R * 0.2) / nHubs);
  hubs.forEach((h, i) => {
    for (let j = 0; j < partnersPerHub; j++) if (!add("JOINED_ECOSYSTEM", r.pick(companies), hubModels[i])) add("PARTNERS_WITH", r.pick(companies), h);
  });
  // Founders and staff.
  for (const p of people) {
    add("FOUNDED", p, r.pick(companies));
    if (r.next() < 0.5) add("WORKED_AT", p, r.pick(companies));
  }
  // Industries.
  for (const c of companies) add("ACTIVE_IN", c, r.pick(industries));
  // Investors in syndicates: a lead and 2-5 co-investors in one round, with the round as a property.
  const rounds = ["seed", "angel", "a", "b", "c", "d", "strategic"];
  const syndicates = Math.round((R * 0.12) / 4);
  for (let s = 0; s < syndicates; s++) {
    const target = r.next() < 0.1 ? r.pick(hubs) : r.pick(companies);
    const date = dateIn(r, 2016);
    const round = r.pick(rounds);
    const size_ = 2 + r.int(5);
    const lead = r.pick(investors);
    add("INVESTED_IN", lead, target, date, { round, lead: true });
    for (let k = 1; k < size_; k++) add("INVESTED_IN", r.pick(investors), target, date, { round, lead: false });
  }
  for (const ins of institutes) add("PARTNERS_WITH", ins, r.pick(companies));
  // Policies regulate models and industries.
  for (const p of policies) add("REGULATES", p, r.next() < 0.5 ? r.pick(industries) : r.pick(models));
  // The rest: company partnerships by preferential attachment, bounded attempts.
  for (let tries = 0; relationships.length < R && tries < R * 5; tries++) {
    const a = r.pick(companies);
    const b = r.next() < 0.5 ? r.pick(pa) : r.pick(companies);
    if (add("PARTNERS_WITH", a, b)) {
      pa.push(a, b);
    }
  }

  const views: SeedView[] = [
    {
      slug: "bench-hub-partners",
      title: "A hub company and its partners",
      title_ja: "ハブ企業とそのパートナー",
      title_zh: "枢纽企业及其合作伙伴",
      description: "The first hub with up to 500 partners (benchmark view).",
      description_ja: "最初のハブ企業と最大500社のパートナー（ベンチマーク用ビュー）。",
      description_zh: "第一个枢纽企业及其最多500个合作伙伴（基准测试视图）。",
      query: "MATCH p = (h:Entity {id: $hub})<-[:PARTNERS_WITH]-(x)\nRETURN p LIMIT 500",
      params: { hub: hubs[0] },
    },
  ];
  const sampleIds = Array.from({ length: 200 }, (_, i) =>
    i % 20 === 0 ? r.pick(hubs) : i % 4 === 1 ? r.pick(models) : i % 4 === 2 ? r.pick(investors) : r.pick(companies),
  );
  const searchTerms = Array.from({ length: 100 }, (_, i) => {
    const n = nodes[nHubs + r.int(nodes.length - nHubs)];
    if (i % 3 === 0) return n.name_zh.slice(1, 3); // a CJK fragment
    if (i % 3 === 1) return n.name.split(" ")[0].toLowerCase(); // an English token
    return n.name; // a whole name
  });
  return { nodes, relationships, views, hubs, sampleIds, searchTerms };
}

/** Writes the set as a graph-seed file set (sources.json, views.json, data/*.json) in `dir`. */
export function writeSet(set: GeneratedSet, dir: string, perFile = 25_000): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "data"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "sources.json"),
    JSON.stringify({ synthetic: { kind: "public", title: "Synthetic benchmark data", as_of: "2023-07" } }),
  );
  fs.writeFileSync(path.join(dir, "views.json"), JSON.stringify(set.views, null, 1));
  let f = 0;
  for (let i = 0; i < set.nodes.length; i += perFile, f++)
    fs.writeFileSync(path.join(dir, "data", `nodes-${pad(f, 3)}.json`), JSON.stringify({ nodes: set.nodes.slice(i, i + perFile) }));
  for (let i = 0; i < set.relationships.length; i += perFile * 2, f++)
    fs.writeFileSync(
      path.join(dir, "data", `rels-${pad(f, 3)}.json`),
      JSON.stringify({ relationships: set.relationships.slice(i, i + perFile * 2) }),
    );
}
