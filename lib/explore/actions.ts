/**
 * Every transition of the explorer's state, as named pure functions of a `ViewState` (gephi-lite's core, Excalidraw's
 * actions). A component dispatches an action; app/explore/use-explorer.ts applies it with `applyAction` and writes
 * the URL — a history entry for the steps of an exploration, a replacement for the selection and the camera.
 *
 * A new feature is: an action here (with its history mode), a URL key in lib/url/view-state.ts, and its rendering.
 */
import type { ColorBy, SizeBy } from "../graph/model";
import type { Filters, Scope } from "../graph/filters";
import { DEFAULT_PATH_OPTIONS, type PathOptions } from "../graph/paths";
import type { TimeWindow, UndatedMode } from "../graph/timeline";
import { LANGS, type Camera, type Lang } from "../graph/model";
import { EMPTY_STATE, type ViewState } from "../url/view-state";
import { BUSY } from "./limits";

export type ExploreAction =
  /** Expand a node: every neighbour, or one relationship type (`relType`). Selects the node. */
  | { type: "expand"; id: string; relType?: string }
  /** Undo the node's expansion steps: all of them, or the one of `relType`. */
  | { type: "collapse"; id: string; relType?: string }
  /** Take the node off the canvas (and out of the selection and the pins). */
  | { type: "remove"; id: string }
  /** Fix the node where it was dropped. */
  | { type: "pin"; id: string; x: number; y: number }
  | { type: "select"; id?: string }
  | { type: "filter"; filters: Filters }
  | { type: "lang"; lang: Lang }
  /** The next label language (the `l` shortcut). */
  | { type: "nextLang" }
  | { type: "camera"; camera: Camera }
  /** Start again from one node (a search hit not on the canvas), keeping the label language. */
  | { type: "startFrom"; id: string }
  /** Show the shortest path(s) between two entities, or joining several ("connect these"). */
  | { type: "path"; ids: string[]; options?: PathOptions }
  | { type: "pathOptions"; options: PathOptions }
  | { type: "clearPath" }
  | { type: "sizeBy"; by: SizeBy }
  | { type: "colorBy"; by: ColorBy }
  /** Show one community alone (named by a member), or every community again (no member). */
  | { type: "focusCommunity"; member?: string }
  /** Hide a community (named by a member), or show it again. */
  | { type: "toggleCommunity"; member: string }
  | { type: "showAllCommunities" }
  /** Set the timeline's window (empty: none). `time` is a step Back undoes; `timeMove` replaces (dragging, playing). */
  | { type: "time"; window: TimeWindow }
  | { type: "timeMove"; window: TimeWindow }
  | { type: "undated"; mode: UndatedMode }
  /** Compare two dates (or stop comparing). */
  | { type: "diff"; diff?: { from: string; to: string } }
  | { type: "layoutMode"; layout: "force" | "time" }
  | { type: "scope"; scope: Scope };

/** How an action is written to the browser's history: `push` (Back undoes it) or `replace`. */
export type HistoryMode = "push" | "replace";

const REPLACES: ReadonlySet<ExploreAction["type"]> = new Set(["select", "camera", "timeMove"]);

export function historyMode(a: ExploreAction): HistoryMode {
  return REPLACES.has(a.type) ? "replace" : "push";
}

/**
 * True when expanding `id` (by `relType`, or by every type when it is undefined) is one of the steps; a step an old
 * link narrowed to one kind of the type does not count (expanding by the whole type still adds the rest).
 */
export function isExpanded(s: ViewState, id: string, relType?: string): boolean {
  return s.steps.some((st) => st.op === "expand" && st.id === id && st.type === relType && !st.kind);
}

/** The state after the action. Pure; an action that changes nothing returns an equal state. */
export function applyAction(s: ViewState, a: ExploreAction): ViewState {
  switch (a.type) {
    case "expand":
      return {
        ...s,
        steps: [...s.steps, a.relType ? { op: "expand", id: a.id, type: a.relType } : { op: "expand", id: a.id }],
        selected: a.id,
      };
    case "collapse":
      return {
        ...s,
        steps: s.steps.filter(
          (st) => !(st.op === "expand" && st.id === a.id && (a.relType === undefined || st.type === a.relType)),
        ),
      };
    case "remove":
      return {
        ...s,
        steps: [...s.steps, { op: "remove", id: a.id }],
        selected: s.selected === a.id ? undefined : s.selected,
        pins: s.pins.filter((p) => p.id !== a.id),
      };
    case "pin":
      return { ...s, pins: [...s.pins.filter((p) => p.id !== a.id), { id: a.id, x: a.x, y: a.y }] };
    case "select":
      return { ...s, selected: a.id };
    case "filter":
      return {
        ...s,
        hiddenNodeTypes: [...a.filters.hiddenNodeTypes],
        hiddenRelTypes: [...a.filters.hiddenRelTypes],
        dateFrom: a.filters.dateFrom,
        dateTo: a.filters.dateTo,
      };
    case "lang":
      return { ...s, lang: a.lang };
    case "nextLang":
      return { ...s, lang: LANGS[(LANGS.indexOf(s.lang) + 1) % LANGS.length] };
    case "camera":
      return { ...s, camera: a.camera };
    case "startFrom":
      return { ...EMPTY_STATE, locale: s.locale, lang: s.lang, nodes: [a.id] };
    case "path":
      return {
        ...s,
        path: { ids: [...new Set(a.ids)], options: a.options ?? s.path?.options ?? DEFAULT_PATH_OPTIONS },
      };
    case "pathOptions":
      return s.path
        ? { ...s, path: { ...s.path, options: { ...a.options, ignore: [...new Set(a.options.ignore)].sort() } } }
        : s;
    case "clearPath":
      return { ...s, path: undefined };
    case "sizeBy":
      return { ...s, sizeBy: a.by };
    case "colorBy":
      return { ...s, colorBy: a.by };
    case "focusCommunity":
      return {
        ...s,
        focus: a.member,
        hiddenCommunities: a.member ? s.hiddenCommunities.filter((m) => m !== a.member) : s.hiddenCommunities,
      };
    case "time":
    case "timeMove":
      return { ...s, time: { ...(a.window.from ? { from: a.window.from } : {}), ...(a.window.to ? { to: a.window.to } : {}) } };
    case "undated":
      return { ...s, undated: a.mode };
    case "diff":
      return { ...s, diff: a.diff };
    case "layoutMode":
      return { ...s, layout: a.layout };
    case "scope":
      return { ...s, scope: a.scope };
    case "showAllCommunities":
      return { ...s, focus: undefined, hiddenCommunities: [] };
    case "toggleCommunity":
      return {
        ...s,
        focus: s.focus === a.member ? undefined : s.focus,
        hiddenCommunities: s.hiddenCommunities.includes(a.member)
          ? s.hiddenCommunities.filter((m) => m !== a.member)
          : [...s.hiddenCommunities, a.member].sort(),
      };
  }
}

/** The filters a state applies (what the canvas and the tables hide). */
export function filtersOf(s: ViewState): Filters {
  // Comparing two dates without a window shows what existed between them (what ended then is still drawn, marked).
  const time = s.time.from || s.time.to ? s.time : s.diff;
  const f: Filters = { hiddenNodeTypes: s.hiddenNodeTypes, hiddenRelTypes: s.hiddenRelTypes, dateFrom: s.dateFrom, dateTo: s.dateTo };
  const scoped = s.scope === "deck" ? { ...f, scope: s.scope } : f;
  return time ? { ...scoped, time, undated: s.undated } : scoped;
}

/**
 * Double-click or `e` on a node with `degree` relationships: a quiet node expands at once (unless it already is);
 * a busy one is selected instead, so the details panel offers its relationship types one at a time.
 */
export function expandRequest(s: ViewState, id: string, degree: number): { action?: ExploreAction; busy: boolean } {
  if (degree > BUSY) return { action: { type: "select", id }, busy: true };
  return { action: isExpanded(s, id) ? undefined : { type: "expand", id }, busy: false };
}
