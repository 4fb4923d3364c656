/**
 * The explorer's URL state (Retina style): `parseViewState(searchParams) -> cleanViewState(state, data) ->
 * serializeViewState(state)`. Short keys in a fixed order, defaults left out, numbers clamped, ids that the
 * loaded data no longer has dropped with a notice. Pure: used by the server page, the client and the tests.
 *
 * Relationship types renamed since a link was made (graph-seed/vocabulary.ts) are read in today's words.
 *
 * Keys, in order:
 *   v  view slug                      v=ernie-partners
 *   n  start node ids                 n=company:baidu,model:ernie-bot
 *   q  start search                   q=百度
 *   x  exploration steps, in order:   x=company:baidu,model:ernie-bot~PARTNER_OF,!company:geely
 *        `id` expands every neighbour, `id~TYPE` one relationship type, `!id` removes the node
 *   t  hidden node types              t=Person,Investor
 *   r  hidden relationship types      r=PARTNER_OF,USES.integrates   (`TYPE.kind`: only that kind)
 *   d  date range, either end open    d=2020..2023-06
 *   a  path between / joining ids     a=company:huawei,institute:baai   (2..8 ids; 3+ is "connect these")
 *   o  path options                   o=all,directed,concepts,hops:4,-PARTNER_OF   (defaults: one shortest path,
 *        either direction, no concept nodes as stepping stones, 6 hops, every type; `-TYPE.kind`: only that kind)
 *   s  selected node or relationship  s=company:baidu
 *   l  label language                 l=zh   (default: the interface language, the path's /en, /ja or /zh)
 *   z  node size by                   z=pagerank   (degree default, pagerank, betweenness)
 *   k  node colour by                 k=community  (type, community, prop:<property>; default: community for the
 *        whole-ecosystem overview, type otherwise)
 *   f  focused community, named by a member      f=company:baidu
 *   h  hidden communities, named by members      h=company:alibaba,institute:baai
 *   w  time window: what existed then w=2023-01..2023-06 (either end open; one date: as of that date, w=2023-06)
 *   u  undated items while w is on    u=dimmed  (shown default, dimmed, hidden)
 *   y  what changed between D1 and D2 y=2022-12..2023-07
 *   g  layout                         g=time  (force default; time: dated nodes on a time axis)
 *   e  scope                          e=deck  (all default: the deck and what came after it; deck: the deck only)
 *   p  pinned positions               p=company:baidu~12.5~-3
 *   c  camera x,y,ratio               c=0.5,0.42,0.8
 */
import { currentRelType, RENAMED_REL_KINDS } from "../../graph-seed/vocabulary";
import type { Camera, Lang, Pin, Step } from "../graph/model";
import { LANGS } from "../graph/model";
import { isColorBy, isSizeBy, type ColorBy, type SizeBy } from "../graph/model";
import { DEFAULT_PATH_OPTIONS, PATH_LIMITS, type PathOptions } from "../graph/paths";
import { UNDATED_MODES, type TimeWindow, type UndatedMode } from "../graph/timeline";
import type { Scope } from "../graph/filters";
import { DEFAULT_LOCALE, localePath, type Locale } from "../i18n/locales";
import { msg, type Message, type MessageValues } from "../i18n/message";
import { sayInEnglish } from "../i18n/english";
import {
  hasControlChars,
  isNodeId,
  isNodeType,
  isPartialDate,
  isRelationshipId,
  isSlug,
  MAX_SEARCH_CHARS,
  isRelFilter,
} from "../patterns";

export interface ViewState {
  /** The interface language the link is in (its path's first segment, not a query key); labels default to it. */
  locale: Locale;
  view?: string;
  nodes: string[];
  query?: string;
  steps: Step[];
  hiddenNodeTypes: string[];
  hiddenRelTypes: string[];
  dateFrom?: string;
  dateTo?: string;
  /** The path (or "connect these") asked for: 2..8 ids, in order, and the options. */
  path?: { ids: string[]; options: PathOptions };
  selected?: string;
  lang: Lang;
  sizeBy: SizeBy;
  /** Undefined: the start's default (community for the overview, type otherwise). */
  colorBy?: ColorBy;
  /** The community shown alone, named by one of its members (its most central, as the legend offers it). */
  focus?: string;
  /** Communities hidden, each named by a member; sorted. */
  hiddenCommunities: string[];
  /** The timeline's window (what existed then); `from === to` is "as of". Empty: no window. */
  time: TimeWindow;
  undated: UndatedMode;
  /** "What changed between D1 and D2". */
  diff?: { from: string; to: string };
  layout: "force" | "time";
  scope: Scope;
  /** Sorted by id, one per node. */
  pins: Pin[];
  camera?: Camera;
}

export const EMPTY_STATE: ViewState = {
  locale: DEFAULT_LOCALE,
  nodes: [],
  steps: [],
  hiddenNodeTypes: [],
  hiddenRelTypes: [],
  lang: "en",
  sizeBy: "degree",
  hiddenCommunities: [],
  time: {},
  undated: "shown",
  layout: "force",
  scope: "all",
  pins: [],
};

/** Links longer than this (the query string, in characters) are refused. */
export const MAX_QUERY_CHARS = 8_192;
/** At most this many ids (start nodes, steps, selection and pins together). */
export const MAX_IDS = 500;
export const CAMERA_LIMITS = { xy: 50, minRatio: 0.01, maxRatio: 20 } as const;
export const PIN_LIMIT = 1_000_000;

const KEYS = ["v", "n", "q", "x", "a", "o", "t", "r", "d", "s", "l", "z", "k", "f", "h", "w", "u", "y", "g", "e", "p", "c"] as const;

/** A link that cannot be opened: `error` in English (API clients, logs), `problem` for the page to say in its language. */
export type ParseResult = { ok: true; state: ViewState } | { ok: false; error: string; problem: Message };
export type SearchParamsInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

function entriesOf(input: SearchParamsInput): [string, string][] | Message {
  if (typeof input === "string") return [...new URLSearchParams(input)];
  if (input instanceof URLSearchParams) return [...input];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length > 1) return problem("twice", { key: k });
      if (v.length === 1) out.push([k, v[0]]);
    } else out.push([k, v]);
  }
  return out;
}

// Keep `:` and `,` readable; encodeURIComponent already leaves `~ ! * ( ) ' - _ .` alone.
const enc = (s: string) => encodeURIComponent(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
const list = (s: string | undefined) => (s ? s.split(",").filter((x) => x.length > 0) : []);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Why a link cannot be opened: a key of the `link` messages (lib/i18n/messages/<locale>/link.json) and its values. */
function problem(key: string, values?: MessageValues): Message {
  return msg(`link.${key}`, values);
}
class Malformed extends Error {
  constructor(readonly problem: Message) {
    super(sayInEnglish(problem));
  }
}
function check(ok: boolean, why: Message): void {
  if (!ok) throw new Malformed(why);
}
function failed(why: Message): ParseResult {
  return { ok: false, error: sayInEnglish(why), problem: why };
}

type Rename = (type: string) => string;
const asWritten: Rename = (t) => t;

/**
 * `id`, `id~TYPE` or `id~TYPE.kind` (only relationships of that kind). In our graph an old type with a kind of its
 * own (`~INTEGRATES`) reads as today's type narrowed to it (`~USES.integrates`), so an old link opens what it did.
 */
function parseStep(raw: string, rename: Rename): Step {
  if (raw.startsWith("!")) {
    const id = raw.slice(1);
    check(isNodeId(id), problem("removeNotId", { value: short(id) }));
    return { op: "remove", id };
  }
  const [id, type, ...rest] = raw.split("~");
  check(rest.length === 0 && isNodeId(id), problem("expandNotId", { value: short(raw) }));
  if (type === undefined) return { op: "expand", id };
  check(isRelFilter(type), problem("expandNotType", { value: short(type) }));
  const [name, kind] = type.split(".");
  const oldKind = rename !== asWritten && Object.hasOwn(RENAMED_REL_KINDS, name) ? RENAMED_REL_KINDS[name] : undefined;
  const k = kind ?? oldKind;
  return { op: "expand", id, type: rename(name), ...(k ? { kind: k } : {}) };
}

/**
 * A hidden relationship type, `TYPE` or `TYPE.kind` (only relationships of that kind). In our graph an old type
 * with a kind of its own (`r=INTEGRATES`) hides today's type narrowed to it (`USES.integrates`), as steps read it.
 */
function parseRelFilter(raw: string, rename: Rename): string {
  const [name, kind] = raw.split(".");
  check(isRelFilter(raw), problem("relType", { value: short(raw) }));
  const oldKind = rename !== asWritten && Object.hasOwn(RENAMED_REL_KINDS, name) ? RENAMED_REL_KINDS[name] : undefined;
  const k = kind ?? oldKind;
  return k ? `${rename(name)}.${k}` : rename(name);
}

function parsePin(raw: string): Pin | null {
  const [id, xs, ys, ...rest] = raw.split("~");
  check(rest.length === 0 && isNodeId(id), problem("pinNotId", { value: short(raw) }));
  const x = Number(xs);
  const y = Number(ys);
  if (!xs || !ys || !Number.isFinite(x) || !Number.isFinite(y)) return null; // a pin without a position is no pin
  return { id, x: round(clamp(x, -PIN_LIMIT, PIN_LIMIT), 2), y: round(clamp(y, -PIN_LIMIT, PIN_LIMIT), 2) };
}

function parseCamera(raw: string): Camera | undefined {
  const parts = raw.split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x, y, ratio] = parts;
  const cam = {
    x: round(clamp(x, -CAMERA_LIMITS.xy, CAMERA_LIMITS.xy), 4),
    y: round(clamp(y, -CAMERA_LIMITS.xy, CAMERA_LIMITS.xy), 4),
    ratio: round(clamp(ratio, CAMERA_LIMITS.minRatio, CAMERA_LIMITS.maxRatio), 4),
  };
  return isDefaultCamera(cam) ? undefined : cam;
}

/** `FROM..TO`, either end open, each a partial date; swapped when written the wrong way round. */
function parseRange(raw: string, what: "dates" | "window" | "comparison"): TimeWindow {
  const m = /^([0-9-]*)\.\.([0-9-]*)$/.exec(raw);
  check(!!m, problem("rangeForm", { what, value: short(raw) }));
  let [from, to] = [m![1] || undefined, m![2] || undefined];
  for (const d of [from, to]) if (d) check(isPartialDate(d), problem("notDate", { value: short(d) }));
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to };
}

/**
 * `o=all,directed,concepts,hops:4,-PARTNER_OF,-USES.integrates`: the path options; what is left out is the default.
 * An ignored `TYPE.kind` ignores only that kind; an old type with a kind of its own (`-INTEGRATES`) is read as
 * today's type narrowed to it, as `r=` reads it.
 */
function parsePathOptions(raw: string | undefined, rename: Rename): PathOptions {
  const o = { ...DEFAULT_PATH_OPTIONS, ignore: [] as string[] };
  for (const token of list(raw)) {
    if (token === "all" || token === "directed" || token === "concepts") o[token] = true;
    else if (/^hops:\d{1,2}$/.test(token)) {
      const n = Number(token.slice(5));
      check(n >= 1 && n <= PATH_LIMITS.maxHops, problem("hops", { max: PATH_LIMITS.maxHops, value: n }));
      o.maxHops = n;
    } else if (token.startsWith("-") && isRelFilter(token.slice(1))) o.ignore.push(parseRelFilter(token.slice(1), rename));
    else check(false, problem("pathOption", { value: short(token) }));
  }
  o.ignore = [...new Set(o.ignore)].sort();
  return o;
}

function pathOptionsToString(o: PathOptions): string {
  const out: string[] = [];
  if (o.all) out.push("all");
  if (o.directed) out.push("directed");
  if (o.concepts) out.push("concepts");
  if (o.maxHops !== PATH_LIMITS.defaultHops) out.push(`hops:${o.maxHops}`);
  for (const t of [...o.ignore].sort()) out.push(`-${t}`);
  return out.join(",");
}

/** The camera sigma starts with (the whole graph in view): left out of the URL. */
export function isDefaultCamera(c: Camera): boolean {
  return c.x === 0.5 && c.y === 0.5 && c.ratio === 1;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Reads the state from a query string or Next's searchParams. Malformed or oversized links give a message
 * meant for people; unknown keys are ignored (tracking parameters), soft values (camera, pins) are clamped.
 */
/** `locale`: the interface language of the page the link opens (the path's segment), the labels' default. */
/**
 * `mode`: whose graph the link is read for. Our own (the default) reads relationship types renamed since a link was
 * made in today's words; a database we did not design keeps every type as written (its ACQUIRED or WORKS_AT is its
 * own, not our old name).
 */
export function parseViewState(input: SearchParamsInput, locale: Locale = DEFAULT_LOCALE, opts: { mode?: "ours" | "any" } = {}): ParseResult {
  const rename: Rename = opts.mode === "any" ? asWritten : currentRelType;
  const entries = entriesOf(input);
  if (!Array.isArray(entries)) return failed(entries);
  const size = entries.reduce((n, [k, v]) => n + k.length + enc(v).length + 2, 0);
  if (size > MAX_QUERY_CHARS) {
    return failed(problem("tooLong", { size, max: MAX_QUERY_CHARS }));
  }
  const p: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const [k, v] of entries) {
    if (!(KEYS as readonly string[]).includes(k)) continue;
    if (k in p) return failed(problem("twice", { key: k }));
    p[k as (typeof KEYS)[number]] = v;
  }
  try {
    const state: ViewState = { ...EMPTY_STATE, locale, lang: locale };
    if (p.v) {
      check(isSlug(p.v), problem("view", { value: short(p.v) }));
      state.view = p.v;
    }
    state.nodes = [...new Set(list(p.n))];
    for (const id of state.nodes) check(isNodeId(id), problem("nodeId", { value: short(id) }));
    if (p.q !== undefined && p.q.trim()) {
      check(p.q.length <= MAX_SEARCH_CHARS, problem("searchLong", { max: MAX_SEARCH_CHARS }));
      check(!hasControlChars(p.q), problem("searchControl"));
      state.query = p.q.trim();
    }
    state.steps = list(p.x).map((x) => parseStep(x, rename));
    state.hiddenNodeTypes = [...new Set(list(p.t))].sort();
    for (const t of state.hiddenNodeTypes) check(isNodeType(t), problem("nodeType", { value: short(t) }));
    state.hiddenRelTypes = [...new Set(list(p.r).map((t) => parseRelFilter(t, rename)))].sort();
    if (p.d) {
      const r = parseRange(p.d, "dates");
      state.dateFrom = r.from;
      state.dateTo = r.to;
    }
    if (p.w) state.time = /^[0-9-]+$/.test(p.w) && isPartialDate(p.w) ? { from: p.w, to: p.w } : parseRange(p.w, "window");
    if (p.u !== undefined) {
      check((UNDATED_MODES as readonly string[]).includes(p.u), problem("undated", { value: short(p.u) }));
      state.undated = p.u as UndatedMode;
    }
    if (p.y) {
      const r = parseRange(p.y, "comparison");
      check(!!r.from && !!r.to && r.from !== r.to, problem("comparison", { value: short(p.y) }));
      state.diff = { from: r.from!, to: r.to! };
    }
    if (p.g !== undefined) {
      check(p.g === "force" || p.g === "time", problem("layout", { value: short(p.g) }));
      state.layout = p.g as "force" | "time";
    }
    if (p.e !== undefined) {
      check(p.e === "all" || p.e === "deck", problem("scope", { value: short(p.e) }));
      state.scope = p.e as Scope;
    }
    if (p.a) {
      const ids = list(p.a);
      for (const id of ids) check(isNodeId(id), problem("pathNotId", { value: short(id) }));
      check(new Set(ids).size === ids.length, problem("pathTwice"));
      check(ids.length >= 2 && ids.length <= PATH_LIMITS.maxIds, problem("pathSize", { max: PATH_LIMITS.maxIds, count: ids.length }));
      state.path = { ids, options: parsePathOptions(p.o, rename) };
    }
    if (p.s) {
      check(isNodeId(p.s) || isRelationshipId(p.s), problem("selection", { value: short(p.s) }));
      state.selected = isNodeId(p.s) ? p.s : currentRelationshipId(p.s, rename);
    }
    if (p.l !== undefined) {
      check((LANGS as readonly string[]).includes(p.l), problem("lang", { value: short(p.l) }));
      state.lang = p.l as Lang;
    }
    if (p.z !== undefined) {
      check(isSizeBy(p.z), problem("size", { value: short(p.z) }));
      state.sizeBy = p.z as SizeBy;
    }
    if (p.k !== undefined) {
      check(isColorBy(p.k), problem("color", { value: short(p.k) }));
      state.colorBy = p.k as ColorBy;
    }
    if (p.f) {
      check(isNodeId(p.f), problem("focus", { value: short(p.f) }));
      state.focus = p.f;
    }
    state.hiddenCommunities = [...new Set(list(p.h))].sort();
    for (const id of state.hiddenCommunities) check(isNodeId(id), problem("hiddenCommunity", { value: short(id) }));
    const pins = new Map<string, Pin>();
    for (const raw of list(p.p)) {
      const pin = parsePin(raw);
      if (pin) pins.set(pin.id, pin);
    }
    state.pins = [...pins.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (p.c) state.camera = parseCamera(p.c);
    const ids =
      state.nodes.length + state.steps.length + state.pins.length + (state.selected ? 1 : 0) + (state.path?.ids.length ?? 0) + state.hiddenCommunities.length;
    check(ids <= MAX_IDS, problem("tooMany", { count: ids, max: MAX_IDS }));
    return { ok: true, state };
  } catch (e) {
    if (e instanceof Malformed) return failed(e.problem);
    throw e;
  }
}

/** A relationship id written with a type of the first data model (`a-INTEGRATES->b`) in today's words. */
function currentRelationshipId(id: string, rename: Rename): string {
  return id.replace(/-([A-Z][A-Z0-9_]*)->/, (m, type: string) => `-${rename(type)}->`);
}

/** What the explorer loaded, for `cleanViewState`. */
export interface LoadedData {
  /** Node ids the server no longer knows (404 on start nodes and expansions). */
  missing: ReadonlySet<string>;
  /** True when the node is on the canvas (after every step). */
  hasNode: (id: string) => boolean;
  hasRelationship: (id: string) => boolean;
  /** False when the named view no longer exists. */
  viewExists?: boolean;
}

/** Drops what the loaded data does not have; `dropped` lists it, for a notice. */
export function cleanViewState(state: ViewState, data: LoadedData): { state: ViewState; dropped: string[] } {
  const dropped = new Set<string>();
  const keep = (id: string) => {
    if (data.missing.has(id)) dropped.add(id);
    return !data.missing.has(id);
  };
  const next: ViewState = { ...state };
  if (state.view && data.viewExists === false) {
    dropped.add(`view ${state.view}`);
    next.view = undefined;
  }
  next.nodes = state.nodes.filter(keep);
  next.steps = state.steps.filter((s) => keep(s.id));
  if (state.path) {
    const ids = state.path.ids.filter(keep);
    next.path = ids.length >= 2 ? { ...state.path, ids } : undefined;
  }
  if (state.selected && !data.hasNode(state.selected) && !data.hasRelationship(state.selected)) {
    dropped.add(state.selected);
    next.selected = undefined;
  }
  next.pins = state.pins.filter((p) => data.hasNode(p.id));
  return { state: next, dropped: [...dropped] };
}

const num = (n: number) => String(n);

function stepToString(s: Step): string {
  return s.op === "remove" ? `!${s.id}` : s.type ? `${s.id}~${s.type}${s.kind ? `.${s.kind}` : ""}` : s.id;
}

/** The query string (without `?`) for a state: fixed key order, defaults left out. */
export function serializeViewState(state: ViewState): string {
  const out: string[] = [];
  const put = (k: string, v: string | undefined) => {
    if (v) out.push(`${k}=${v}`);
  };
  put("v", state.view);
  put("n", state.nodes.map(enc).join(","));
  put("q", state.query ? encodeURIComponent(state.query) : undefined);
  put("x", state.steps.map((s) => enc(stepToString(s))).join(","));
  if (state.path) {
    put("a", state.path.ids.map(enc).join(","));
    put("o", pathOptionsToString(state.path.options));
  }
  put("t", [...state.hiddenNodeTypes].sort().join(","));
  put("r", [...state.hiddenRelTypes].sort().join(","));
  if (state.dateFrom || state.dateTo) put("d", `${state.dateFrom ?? ""}..${state.dateTo ?? ""}`);
  put("s", state.selected ? enc(state.selected) : undefined);
  put("l", state.lang === state.locale ? undefined : state.lang);
  put("z", state.sizeBy === "degree" ? undefined : state.sizeBy);
  put("k", state.colorBy ? enc(state.colorBy) : undefined);
  put("f", state.focus ? enc(state.focus) : undefined);
  put("h", [...state.hiddenCommunities].sort().map(enc).join(","));
  const { from, to } = state.time;
  put("w", from && from === to ? from : from || to ? `${from ?? ""}..${to ?? ""}` : undefined);
  put("u", state.undated === "shown" ? undefined : state.undated);
  put("y", state.diff ? `${state.diff.from}..${state.diff.to}` : undefined);
  put("g", state.layout === "force" ? undefined : state.layout);
  put("e", state.scope === "all" ? undefined : state.scope);
  const pins = [...state.pins].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  put("p", pins.map((p) => enc(`${p.id}~${num(round(p.x, 2))}~${num(round(p.y, 2))}`)).join(","));
  if (state.camera && !isDefaultCamera(state.camera)) {
    const c = state.camera;
    put("c", [c.x, c.y, c.ratio].map((n) => num(round(n, 4))).join(","));
  }
  return out.join("&");
}

/** The part of the state that decides which data is loaded (start + steps): a cache key for the loader. */
export function dataKey(state: ViewState): string {
  return serializeViewState({
    ...EMPTY_STATE,
    view: state.view,
    nodes: state.nodes,
    query: state.query,
    steps: state.steps,
    path: state.path,
    // The path is asked within the scope, so the scope is part of what is loaded when there is one.
    scope: state.path ? state.scope : "all",
  });
}

/** The state's href on /explore. */
export function exploreHref(state: ViewState): string {
  const qs = serializeViewState(state);
  return localePath(state.locale, qs ? `/explore?${qs}` : "/explore");
}

/** The state's href on /embed (the minimal-chrome page other sites may frame). */
export function embedHref(state: ViewState): string {
  const qs = serializeViewState(state);
  return localePath(state.locale, qs ? `/embed?${qs}` : "/embed");
}

/** The <iframe> snippet that embeds the state. */
export function embedSnippet(origin: string, state: ViewState, title: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${esc(`${origin}${embedHref(state)}`)}" title="${esc(title)}" width="800" height="520" style="border:0" loading="lazy"></iframe>`;
}

/** True when the state names no starting point: the explorer then shows the whole ecosystem (the overview). */
export function isEmptyStart(state: ViewState): boolean {
  return !state.view && state.nodes.length === 0 && !state.query && !state.path;
}

/**
 * Where a link that cannot be opened lands: the home page of its language, saying why — `error` in English (as
 * before) and `why`, the same problem as a message key and values, which the page says in its own language.
 */
export function problemHref(locale: Locale, result: { error: string; problem: Message }): string {
  const why = JSON.stringify(result.problem);
  return localePath(locale, `/?error=${encodeURIComponent(result.error)}&why=${encodeURIComponent(why)}`);
}

/** The `why` of a problem link, read back as hostile input: a `link.*` key and short text or number values. */
export function readProblem(raw: unknown): Message | null {
  if (typeof raw !== "string" || raw.length > 1_000) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== "object") return null;
  const { key, values } = v as { key?: unknown; values?: unknown };
  if (typeof key !== "string" || !/^link\.[A-Za-z]{1,40}$/.test(key)) return null;
  if (values === undefined) return { key };
  if (!values || typeof values !== "object" || Array.isArray(values)) return null;
  const out: MessageValues = {};
  for (const [k, x] of Object.entries(values as Record<string, unknown>)) {
    if (!/^[a-z]{1,20}$/i.test(k)) return null;
    if (typeof x === "number" && Number.isFinite(x)) out[k] = x;
    else if (typeof x === "string" && x.length <= 200) out[k] = x;
    else return null;
  }
  return { key, values: out };
}
