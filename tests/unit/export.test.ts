/**
 * Exports round-trip: each data format parses back, with the ecosystem's own libraries (graphology-gexf,
 * graphology-graphml, graphology's import), to the same nodes, relationships and attributes, CJK intact; CSV reads
 * back to the same cells.
 */
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { exportGraph, exportWords, fileStem, nodesCsv, relationshipsCsv, toGexf, toGraphml, toHtml, toJson, writeExport, type ExportGraph } from "@/lib/graph/export";
import { toSvg } from "@/lib/graph/picture";
import { emptySerializedGraph, type SerializedGraph } from "@/lib/graph/model";
import { translator } from "@/lib/i18n/messages";

const source: SerializedGraph = {
  ...emptySerializedGraph(),
  nodes: [
    { key: "company:baidu", attributes: { label: "Baidu", type: "Company", name: "Baidu", name_zh: "百度", name_ja: "百度（バイドゥ）", aliases: ["百度公司", "Baidu, Inc."], sources: ["NRI deck § 1-2"], date: "2000-01" } },
    { key: "model:ernie-bot", attributes: { label: "ERNIE Bot", type: "Model", name: "ERNIE Bot", name_zh: "文心一言", name_ja: "文心一言", parameters: 260000000000, open_source: false, sources: ["NRI deck § 1-2", "Baidu, 2023-03-16"] } },
    { key: "company:hidden", attributes: { label: "Hidden", type: "Company", sources: ["x"] } },
  ],
  edges: [
    { key: "company:baidu-DEVELOPED->model:ernie-bot", source: "company:baidu", target: "model:ernie-bot", attributes: { type: "DEVELOPED", date: "2023-03-16", sources: ["Baidu, 2023-03-16"], note: '=SUM(A1) "quoted", and\nnew line' } },
    { key: "company:hidden-OWNS->company:baidu", source: "company:hidden", target: "company:baidu", attributes: { type: "OWNS", sources: ["x"] } },
  ],
};

function build(): ExportGraph {
  return exportGraph(
    source,
    { nodes: (id) => id !== "company:hidden", edges: () => true },
    (id) => (id === "company:baidu" ? { x: 1.5, y: -2, size: 12, color: "#2563eb" } : { x: 3, y: 4, size: 8, color: "#db2777" }),
    { title: "Baidu and 文心一言", link: "https://example.org/explore?n=company:baidu", dataset: "the deck (2023-07-25)", exported: "2026-12-02" },
  );
}

describe("the graph an export holds", () => {
  it("is what is visible, as drawn, with the provenance and the sources of what is in it", () => {
    const g = build();
    expect(g.nodes()).toEqual(["company:baidu", "model:ernie-bot"]);
    expect(g.size).toBe(1); // the hidden node's relationship went with it
    expect(g.getNodeAttributes("company:baidu")).toMatchObject({ x: 1.5, y: -2, size: 12, color: "#2563eb", name_zh: "百度" });
    expect(g.getAttributes()).toMatchObject({ title: "Baidu and 文心一言", link: "https://example.org/explore?n=company:baidu", dataset: "the deck (2023-07-25)" });
    expect(g.getAttribute("sources")).toEqual(["Baidu, 2023-03-16", "NRI deck § 1-2"]);
  });
});

describe("round trips", () => {
  it("GEXF: graphology-gexf reads back the nodes, relationships, attributes, positions, sizes and colours", () => {
    const xml = toGexf(build());
    expect(xml).toContain("<description>");
    const back = parseGexf(Graph, xml);
    expect(back.order).toBe(2);
    expect(back.size).toBe(1);
    const baidu = back.getNodeAttributes("company:baidu");
    expect(baidu).toMatchObject({ label: "Baidu", name_zh: "百度", name_ja: "百度（バイドゥ）", aliases: "百度公司 | Baidu, Inc.", x: 1.5, y: -2, size: 12 });
    expect(String(baidu.color).toLowerCase()).toMatch(/#2563eb|rgb\(37,\s*99,\s*235\)/);
    expect(back.getNodeAttribute("model:ernie-bot", "parameters")).toBe(260000000000);
    expect(back.getNodeAttribute("model:ernie-bot", "open_source")).toBe(false);
    const e = back.edges()[0];
    expect(back.source(e)).toBe("company:baidu");
    expect(back.getEdgeAttributes(e)).toMatchObject({ type: "DEVELOPED", date: "2023-03-16" });
  });

  it("GraphML: graphology-graphml reads back every attribute, typed, and the provenance", () => {
    const xml = toGraphml(build());
    const back = parseGraphml(Graph, xml);
    expect(back.nodes().sort()).toEqual(["company:baidu", "model:ernie-bot"]);
    expect(back.getNodeAttributes("company:baidu")).toMatchObject({ name_zh: "百度", x: 1.5, y: -2, size: 12, color: "#2563eb", aliases: "百度公司 | Baidu, Inc." });
    expect(back.getNodeAttribute("model:ernie-bot", "parameters")).toBe(260000000000);
    expect(back.getNodeAttribute("model:ernie-bot", "open_source")).toBe(false);
    expect(back.getEdgeAttributes(back.edges()[0])).toMatchObject({ type: "DEVELOPED", note: '=SUM(A1) "quoted", and\nnew line' });
    expect(back.getAttribute("title")).toBe("Baidu and 文心一言");
  });

  it("JSON: graphology imports it back to the same graph", () => {
    const g = build();
    const back = Graph.from(JSON.parse(toJson(g)));
    expect(back.export()).toEqual(g.export());
  });

  it("CSV: a BOM, quoted cells, formulas defused, CJK intact", () => {
    const nodes = nodesCsv(build());
    expect(nodes.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(nodes.slice(1));
    expect(rows[0].slice(0, 3)).toEqual(["id", "aliases", "date"]);
    const baidu = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(baidu).toMatchObject({ id: "company:baidu", name_zh: "百度", aliases: "百度公司 | Baidu, Inc.", x: "1.5", color: "#2563eb" });
    const rels = parseCsv(relationshipsCsv(build()).slice(1));
    expect(rels[0].slice(0, 4)).toEqual(["id", "source", "target", "type"]);
    const dev = Object.fromEntries(rels[0].map((h, i) => [h, rels[1][i]]));
    expect(dev.note).toBe(`'=SUM(A1) "quoted", and\nnew line`);
  });

  it("names files after the title", () => {
    expect(fileStem("Path: Huawei → Beijing Academy")).toBe("path-huawei-beijing-academy");
    expect(fileStem("百度と文心一言")).toBe("百度と文心一言");
    expect(fileStem("→")).toBe("graph");
    expect(fileStem("グラフ・データ")).toBe("グラフ-データ");
    expect(fileStem("Café Résumé")).toBe("cafe-resume");
  });
});

/** RFC 4180 reading, enough for the test: quoted cells with "" escapes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("the self-contained HTML file", () => {
  it("inlines the graph and the viewer, safely, with the provenance and the link back", () => {
    const g = build();
    g.setNodeAttribute("company:baidu", "description", "</script><script>alert(1)</script>");
    const html = toHtml(g, "console.log('viewer')</script>");
    expect(html).toContain("<title>Baidu and 文心一言 · China GenAI Graph</title>");
    expect(html).toContain('<a href="https://example.org/explore?n=company:baidu">Open in the explorer</a>');
    expect(html).toContain("2 sources");
    expect(html).not.toMatch(/<\/script><script>alert/);
    expect(html).toContain("console.log('viewer')<\\/script>");
    const json = /window\.__GRAPH__ = (.*);<\/script>/.exec(html)![1];
    expect(JSON.parse(json).nodes.map((n: { key: string }) => n.key)).toEqual(["company:baidu", "model:ernie-bot"]);
  });

  it("carries the viewer built from lib/export-html/viewer.ts (run `npx tsx scripts/build-viewer.ts` after changing it)", async () => {
    const { buildViewer, VIEWER_OUT } = await import("../../scripts/build-viewer");
    expect(fs.readFileSync(VIEWER_OUT, "utf8")).toBe(await buildViewer());
  });
});

describe("the files' words, in the page's language", () => {
  it("are English without words, and the same English said through the en catalogue", () => {
    const g = build();
    const en = exportWords(g, translator("en"), "en");
    expect(toHtml(g, "", en)).toBe(toHtml(g, ""));
    expect(toGexf(g, en)).toBe(toGexf(g));
    const html = toHtml(g, "");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<span>2 entities, 1 relationships</span>");
    expect(html).toContain("Data: the deck (2023-07-25). Exported 2026-12-02.");
    expect(toGexf(g)).toContain("<description>Baidu and 文心一言. Data: the deck (2023-07-25). Sources: Baidu, 2023-03-16 ; NRI deck § 1-2</description>");
  });

  it("in Japanese and Chinese: the HTML file, its viewer's words, the GEXF description", () => {
    const g = build();
    const ja = exportWords(g, translator("ja"), "ja");
    const html = writeExport("html", g, "", ja);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain("エクスプローラーで開く</a>");
    expect(html).toContain("出典2件");
    expect(html).not.toContain("Open in the explorer");
    const words = JSON.parse(/window\.__WORDS__ = (.*);<\/script>/.exec(html)![1]);
    expect(words).toEqual({ hint: ja.viewer.hint, relationships: "リレーションシップ", sources: "出典" });
    const zh = exportWords(g, translator("zh"), "zh-Hans");
    expect(toGexf(g, zh)).toContain("数据：the deck (2023-07-25)");
    expect(toHtml(g, "", zh)).toContain('<html lang="zh-Hans">');
  });

  it("the SVG lists CJK fonts and says its caption in the language given", () => {
    const picture = { width: 200, height: 100, nodes: new Map([["a", { x: 10, y: 10, r: 4, color: "#000", label: "文心一言" }]]), edges: [] };
    const caption = { title: "百度", link: "https://example.org/ja/explore", dataset: "レポート", legend: [{ color: "#f00", label: "企業" }] };
    const svg = toSvg(picture, caption, translator("ja"));
    expect(svg).toMatch(/font-family='[^']*"Noto Sans CJK SC", "Noto Sans CJK JP", "PingFang SC", "Hiragino Sans", "Microsoft YaHei"/);
    expect(svg).toContain("<desc>https://example.org/ja/explore — データ: レポート</desc>");
    expect(toSvg(picture, caption)).toContain("<desc>https://example.org/ja/explore — data: レポート</desc>");
  });
});
