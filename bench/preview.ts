/**
 * Link-preview images (issue 18): `GET /api/preview?<an explorer link's query>` (app/api/preview/route.tsx) draws
 * the graph a link names as a 1200x630 PNG with next/og, and answers with an ETag (lib/api/http-cache.ts) and
 * `Cache-Control: public, max-age=600`. Time per image for distinct links, each asked once (the named view, the
 * whole-ecosystem link and the view in each language, node links, searches, paths), at 1 client and at a few; the same links again with their
 * ETag (If-None-Match → 304: what a revalidating browser or CDN gets) and again without it (whether the server keeps
 * anything: it does not, so the repeat is drawn again). The baseline is the plain picture (a link that does not
 * parse: the app's name and tagline through the same route, the same ImageResponse, fonts and validator, but no
 * graph and no database work beyond the validator's data version): next/og's floor in this server, so the ratio is
 * what the graph costs — its queries, the layout, the SVG and the larger picture to render and encode.
 */
import { BENCH_APP_PORT, log, ratio, round, summarize, type Summary } from "./common";
import type { SizeName } from "./generate";
import type { PathPair } from "./path-pairs";

/** A link that does not parse (a key given twice): the route answers with the plain picture (`l=` picks English). */
export const PLAIN_LINK = "l=en&l=en";
/** Clients of the concurrent round: a few link unfurlers or a CDN's misses at once (2 cores serve them). */
export const PREVIEW_CLIENTS = 4;
const NODE_LINKS = 12;
const SEARCH_LINKS = 4;
const PATH_LINKS = 4;
const PLAIN_REPEATS = 12;

export type PreviewKind = "plain" | "overview" | "view" | "node" | "search" | "path";

export interface PreviewTiming {
  kind: PreviewKind;
  query: string;
  status: number;
  ms: number;
  bytes: number;
  etag: string | null;
}

export interface PreviewRow {
  kind: PreviewKind | "all";
  /** "first": distinct links each asked once; "revalidated": again with If-None-Match; "repeat": again without. */
  round: "first" | "revalidated" | "repeat";
  clients: number;
  ms: Summary;
  /** Mean body size (a 304 has none). */
  bytes: number;
  statuses: Record<string, number>;
  /** This row's p50 / the plain picture's p50 (first at 1 client). */
  xPlain: number;
}

export interface PreviewResult {
  size: SizeName;
  /** The plain picture (PLAIN_LINK) asked PLAIN_REPEATS times at 1 client: the baseline. */
  plain: Summary;
  rows: PreviewRow[];
  /** revalidated / first and repeat / first at p50 (all links, 1 client); images per second at 1 and N clients. */
  ratio: { revalidated: number; repeat: number };
  throughput: { one: number; many: number; clients: number };
  /** How long this part took, warm-up included. */
  wallMs: number;
  error?: string;
}

const base = () => `http://127.0.0.1:${BENCH_APP_PORT}/api/preview`;

async function ask(kind: PreviewKind, query: string, etag?: string | null): Promise<PreviewTiming> {
  const t0 = performance.now();
  const res = await fetch(`${base()}?${query}`, { headers: etag ? { "if-none-match": etag } : {} });
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  return { kind, query, status: res.status, ms, bytes: body.byteLength, etag: res.headers.get("etag") };
}

/** Every link once, `clients` at a time; the wall time of the round, for images per second. */
async function askAll(links: { kind: PreviewKind; query: string; etag?: string | null }[], clients: number) {
  const out: PreviewTiming[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < links.length) {
        const l = links[next++];
        out.push(await ask(l.kind, l.query, l.etag));
      }
    }),
  );
  return { timings: out, wallMs: performance.now() - t0 };
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A row per kind of link, and one for them all (`all`: false for the plain picture's round, of one kind). */
function rowsOf(timings: PreviewTiming[], round_: PreviewRow["round"], clients: number, plainP50: number, all = true): PreviewRow[] {
  const kinds: PreviewRow["kind"][] = [...new Set(timings.map((t) => t.kind))];
  return [...kinds, ...(all ? ["all" as const] : [])].map((kind) => {
    const ts = kind === "all" ? timings : timings.filter((t) => t.kind === kind);
    const statuses: Record<string, number> = {};
    for (const t of ts) statuses[t.status] = (statuses[t.status] ?? 0) + 1;
    const ms = summarize(ts.map((t) => t.ms));
    return {
      kind,
      round: round_,
      clients,
      ms,
      bytes: round(ts.reduce((a, t) => a + t.bytes, 0) / Math.max(1, ts.length), 0),
      statuses,
      xPlain: ratio(ms.p50, plainP50),
    };
  });
}

/**
 * The preview images on the app now running on BENCH_APP_PORT, over the bench's data: `ids` (node links), `terms`
 * (searches), `pairs` (paths), `view` (the named view's slug). Never throws: a failure is the result's `error`.
 */
export async function benchPreview(
  size: SizeName,
  pools: { ids: string[]; terms: string[]; pairs: PathPair[]; view: string },
): Promise<PreviewResult> {
  const started = performance.now();
  const result: PreviewResult = {
    size,
    plain: summarize([]),
    rows: [],
    ratio: { revalidated: NaN, repeat: NaN },
    throughput: { one: NaN, many: NaN, clients: PREVIEW_CLIENTS },
    wallMs: NaN,
  };
  try {
    const ids = [...new Set(pools.ids)];
    if (ids.length < 2 * NODE_LINKS + 1) throw new Error(`need ${2 * NODE_LINKS + 1} distinct ids, have ${ids.length}`);
    const terms = [...new Set(pools.terms)];
    // Two disjoint sets of links, so that the concurrent round asks for pictures not drawn before either.
    const linkSet = (i: number) => [
      ...ids.slice(i * NODE_LINKS, (i + 1) * NODE_LINKS).map((id) => ({ kind: "node" as const, query: q({ n: id }) })),
      ...terms.slice(i * SEARCH_LINKS, (i + 1) * SEARCH_LINKS).map((t) => ({ kind: "search" as const, query: q({ q: t }) })),
      ...pools.pairs.slice(i * PATH_LINKS, (i + 1) * PATH_LINKS).map((p) => ({ kind: "path" as const, query: q({ a: p.ids.join(",") }) })),
    ];
    // The whole ecosystem and the named view in each language (distinct links, the same drawing work).
    const langs: Record<string, string>[] = [{}, { hl: "ja" }, { hl: "zh" }];
    const first = [
      ...langs.map((l) => ({ kind: "overview" as const, query: q(l) })),
      ...langs.map((l) => ({ kind: "view" as const, query: q({ v: pools.view, ...l }) })),
      ...linkSet(0),
    ];
    const second = linkSet(1);
    log(`preview ${size}: warming up (the route, the fonts, next/og)…`);
    // Links outside both sets: the route's first call loads its module, the fonts and next/og's renderer.
    for (const query of [PLAIN_LINK, PLAIN_LINK, q({ n: ids[ids.length - 1] }), q({ n: ids[ids.length - 1], hl: "ja" })]) await ask("plain", query);

    const plain: PreviewTiming[] = [];
    for (let i = 0; i < PLAIN_REPEATS; i++) plain.push(await ask("plain", PLAIN_LINK));
    if (plain.some((p) => p.status !== 200)) throw new Error(`the plain picture answered ${plain.find((p) => p.status !== 200)?.status}`);
    result.plain = summarize(plain.map((p) => p.ms));
    const p50 = result.plain.p50;

    const one = await askAll(first, 1);
    const revalidated = await askAll(one.timings.map((t) => ({ ...t })), 1);
    const repeat = await askAll(one.timings.map((t) => ({ kind: t.kind, query: t.query })), 1);
    const many = await askAll(second, PREVIEW_CLIENTS);
    result.rows = [
      ...rowsOf(plain, "first", 1, p50, false),
      ...rowsOf(one.timings, "first", 1, p50),
      ...rowsOf(many.timings, "first", PREVIEW_CLIENTS, p50),
      ...rowsOf(revalidated.timings, "revalidated", 1, p50),
      ...rowsOf(repeat.timings, "repeat", 1, p50),
    ];
    const all = (rows: PreviewRow[], r: PreviewRow["round"]) => rows.find((x) => x.kind === "all" && x.round === r && x.clients === 1)!;
    const firstAll = all(result.rows, "first");
    result.ratio = {
      revalidated: ratio(all(result.rows, "revalidated").ms.p50, firstAll.ms.p50),
      repeat: ratio(all(result.rows, "repeat").ms.p50, firstAll.ms.p50),
    };
    result.throughput = {
      one: round(one.timings.length / (one.wallMs / 1000), 1),
      many: round(many.timings.length / (many.wallMs / 1000), 1),
      clients: PREVIEW_CLIENTS,
    };
  } catch (e) {
    result.error = (e as Error).message.split("\n")[0];
  }
  result.wallMs = round(performance.now() - started, 0);
  const row = (kind: string, r: string, c = 1) => result.rows.find((x) => x.kind === kind && x.round === r && x.clients === c);
  log(
    `preview ${size}: plain p50 ${round(result.plain.p50, 1)} ms; first p50 ${["overview", "view", "node", "search", "path"].map((k) => `${k} ${round(row(k, "first")?.ms.p50 ?? NaN, 0)}`).join(", ")} ms; ` +
      `x${PREVIEW_CLIENTS} p50 ${round(row("all", "first", PREVIEW_CLIENTS)?.ms.p50 ?? NaN, 0)} ms (${result.throughput.many}/s vs ${result.throughput.one}/s); ` +
      `revalidated p50 ${round(row("all", "revalidated")?.ms.p50 ?? NaN, 1)} ms ${JSON.stringify(row("all", "revalidated")?.statuses)}; repeat p50 ${round(row("all", "repeat")?.ms.p50 ?? NaN, 0)} ms` +
      `; ${round(result.wallMs / 1000, 1)} s` +
      (result.error ? ` — ${result.error}` : ""),
  );
  return result;
}
