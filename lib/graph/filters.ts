/**
 * Filters hide, they never drop data: these predicates decide what the canvas and the tables show.
 * Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD) and compared on their common prefix, so "2023" overlaps
 * a range starting "2023-06". The timeline's window (lib/graph/timeline.ts) hides what did not exist then.
 */
import { msg, type Message } from "../i18n/message";
import { exploreInEnglish } from "../explore/english";
import { existsDuring, isWindowOn, spanOf, type TimeWindow, type UndatedMode } from "./timeline";

export interface Filters {
  hiddenNodeTypes: readonly string[];
  hiddenRelTypes: readonly string[];
  dateFrom?: string;
  dateTo?: string;
  /** The timeline's window: what did not exist then is hidden (lib/graph/timeline.ts). */
  time?: TimeWindow;
  /** Undated items while a window is on: `hidden` hides them; `dimmed` is drawn faint (not a filter). */
  undated?: UndatedMode;
  /** `deck`: only what the July 2023 briefing's set holds (items of other seed sets hidden). */
  scope?: Scope;
}

/** What the explorer shows: everything, or only the deck's set. */
export type Scope = "all" | "deck";
/** The seed set of the deck (graph-seed/ecosystem). Items with no set (a database the seed did not write) pass. */
export const DECK_SET = "ecosystem";

/** What a seed set is, in words (the details panel says which set a fact comes from); `say` gives the language. */
export function setLabel(set: unknown, say: (m: Message) => string = exploreInEnglish): string | undefined {
  if (typeof set !== "string" || !set) return undefined;
  return say(set === DECK_SET ? msg("explore.sets.deck") : set === "since-2023" ? msg("explore.sets.since") : msg("explore.sets.other", { name: set }));
}

/** The deck's own title (a source's name, the same in every language). */
const DECK_TITLE = "NRI Media Forum #358, 中国における生成AI業界の現状と展望 (2023-07-25)";

/** The data a scope shows, in words, for an export's provenance; `say` gives the language. */
export function datasetOf(scope: Scope | undefined, say: (m: Message) => string = exploreInEnglish): string {
  return say(msg(scope === "deck" ? "explore.dataset.deck" : "explore.dataset.all", { deck: DECK_TITLE }));
}

export function inScope(attrs: Record<string, unknown>, f: Filters): boolean {
  return f.scope !== "deck" || typeof attrs.seed_set !== "string" || attrs.seed_set === DECK_SET;
}

/** False when the timeline's window says the item did not exist then (or is undated and undated items are hidden). */
export function inTime(attrs: Record<string, unknown>, f: Filters): boolean {
  if (!f.time || !isWindowOn(f.time)) return true;
  const e = existsDuring(spanOf(attrs), f.time);
  return e === undefined ? f.undated !== "hidden" : e;
}

function cmpPartial(a: string, b: string): number {
  const k = Math.min(a.length, b.length);
  const x = a.slice(0, k);
  const y = b.slice(0, k);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when a date (if any) lies in the range; undated things are always in range. */
export function dateInRange(date: unknown, from?: string, to?: string): boolean {
  if (typeof date !== "string" || !date) return true;
  if (from && cmpPartial(date, from) < 0) return false;
  if (to && cmpPartial(date, to) > 0) return false;
  return true;
}

export function nodePasses(attrs: Record<string, unknown>, f: Filters): boolean {
  if (f.hiddenNodeTypes.includes(String(attrs.type))) return false;
  return dateInRange(attrs.date, f.dateFrom, f.dateTo) && inTime(attrs, f) && inScope(attrs, f);
}

export function edgePasses(attrs: Record<string, unknown>, f: Filters): boolean {
  // `TYPE` hides the type; `TYPE.kind` only its relationships of that kind (lib/url/view-state.ts, `r=`).
  if (f.hiddenRelTypes.includes(String(attrs.type))) return false;
  if (typeof attrs.kind === "string" && f.hiddenRelTypes.includes(`${String(attrs.type)}.${attrs.kind}`)) return false;
  return dateInRange(attrs.date, f.dateFrom, f.dateTo) && inTime(attrs, f) && inScope(attrs, f);
}
