/**
 * The explorer's one store, framework-free. It holds the state the URL names (parsed here from the query string),
 * the data graph that state's data builds (lib/explore/load.ts), and the transient UI state
 * (lib/explore/ui-state.ts); it applies every action (lib/explore/actions.ts) and writes the URL through a
 * history port — a new entry for the steps of an exploration, a replacement for the selection and the camera —
 * so Back, Forward, undo and redo walk the same trail. React reads it with useSyncExternalStore
 * (app/explore/use-explorer.ts); tests drive it with an in-memory history.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { msg, type Message } from "../i18n/message";
import { exploreInEnglish } from "./english";
import { ApiError, nodeDetails as fetchNodeDetails, type NodeDetails } from "../client/api";
import { newDataGraph, type DataGraph } from "../graph/data-graph";
import { nameIn } from "../graph/style";
import {
  cleanViewState,
  dataKey,
  EMPTY_STATE,
  exploreHref,
  parseViewState,
  serializeViewState,
  type ViewState,
} from "../url/view-state";
import { applyAction, expandRequest, historyMode, type ExploreAction, type HistoryMode } from "./actions";
import { ExplorerLoader, type LoadReport } from "./load";
import { INITIAL_UI, uiReducer, type UiAction, type UiState } from "./ui-state";

/** Where the store writes and reads the location (the browser's history, or a list in tests). */
export interface HistoryPort {
  push(href: string): void;
  replace(href: string): void;
  back(): void;
  forward(): void;
  /** The current query string, without `?`. */
  search(): string;
}

/** The browser's history. Next's router follows pushState/replaceState, so its search params stay in step. */
export const windowHistory: HistoryPort = {
  push: (href) => window.history.pushState(null, "", href),
  replace: (href) => window.history.replaceState(window.history.state, "", href),
  back: () => window.history.back(),
  forward: () => window.history.forward(),
  search: () => window.location.search.replace(/^\?/, ""),
};

export interface ExplorerData extends LoadReport {
  /** Bumped on every rebuild of the data graph. */
  version: number;
  /** The data key the graph was built for (compare with `dataKey(state)`). */
  builtFor: string | null;
  /** What is loading, once a load takes longer than a blink. */
  loading: string | null;
}

export interface ExplorerSnapshot {
  state: ViewState;
  /** Why the link cannot be read (the page then leaves for the home page with this message). */
  error?: string;
  /** The same, as a message for the page's language. */
  problem?: Message;
  data: ExplorerData;
  ui: UiState;
  canUndo: boolean;
  canRedo: boolean;
}

/** What a component may ask of the store. */
export type StoreAction =
  ExploreAction | UiAction | { type: "requestExpand"; id: string } | { type: "undo" } | { type: "redo" };

export interface StoreOptions {
  loader?: ExplorerLoader;
  nodeDetails?: (id: string) => Promise<NodeDetails>;
  loadingDelayMs?: number;
  /** The page's own href for a state (the explorer's by default; the embed keeps its own path). */
  href?: (state: ViewState) => string;
  /** The page's interface language (its path's segment): the links' locale and the labels' default. */
  locale?: Locale;
  /** Says the store's notices, errors and loading words in the page's language (English by default). */
  say?: (m: Message) => string;
  /** Whose graph the links are read for (lib/url/view-state.ts parseViewState); ours by default. */
  graphMode?: "ours" | "any";
}

const EMPTY_DATA: ExplorerData = {
  version: 0,
  builtFor: null,
  loading: null,
  missing: new Set(),
  errors: [],
  truncated: [],
};

export class ExplorerStore {
  /** The one data graph: what the API returned for the state, rebuilt in place. */
  readonly graph: DataGraph = newDataGraph();
  private snap: ExplorerSnapshot;
  private readonly listeners = new Set<() => void>();
  /** The query strings of the history entries this page made, and where we stand among them. */
  private trail: { list: string[]; pos: number };
  private readonly loader: ExplorerLoader;
  private readonly details: (id: string) => Promise<NodeDetails>;
  private readonly loadingDelayMs: number;
  private readonly href: (state: ViewState) => string;
  private readonly locale: Locale;
  /** Whose graph: a database we did not design keeps relationship types as its links spell them. */
  private readonly graphMode: "ours" | "any";
  private readonly say: (m: Message) => string;
  private connected = false;
  private loadedKey: string | null = null;
  private loadSeq = 0;

  constructor(
    private readonly history: HistoryPort,
    initialSearch: string,
    opts: StoreOptions = {},
  ) {
    this.locale = opts.locale ?? DEFAULT_LOCALE;
    this.say = opts.say ?? exploreInEnglish;
    this.loader = opts.loader ?? new ExplorerLoader(this.errorShown);
    this.details = opts.nodeDetails ?? fetchNodeDetails;
    this.loadingDelayMs = opts.loadingDelayMs ?? 120;
    this.href = opts.href ?? exploreHref;
    this.graphMode = opts.graphMode ?? "ours";
    const parsed = parseViewState(initialSearch, this.locale, { mode: this.graphMode });
    this.trail = { list: [parsed.ok ? serializeViewState(parsed.state) : initialSearch], pos: 0 };
    this.snap = { ...this.read(parsed), data: EMPTY_DATA, ui: INITIAL_UI, canUndo: false, canRedo: false };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ExplorerSnapshot => this.snap;

  /** Starts the store's work in the browser (rewriting the link in its canonical form, loading); returns the stop. */
  connect(): () => void {
    this.connected = true;
    if (!this.snap.error) this.canonicalise(this.snap.state);
    this.loadIfNeeded();
    return () => {
      this.connected = false;
      this.loadedKey = null;
      this.loadSeq++;
    };
  }

  /** The location changed (a link followed, Back, Forward): read the state from it. */
  locationChanged(search: string): void {
    const parsed = parseViewState(search, this.locale, { mode: this.graphMode });
    const key = parsed.ok ? serializeViewState(parsed.state) : search;
    if (parsed.ok) this.canonicalise(parsed.state);
    const t = this.trail;
    if (t.list[t.pos] === key) return;
    if (t.pos > 0 && t.list[t.pos - 1] === key) t.pos -= 1;
    else if (t.list[t.pos + 1] === key) t.pos += 1;
    else this.trail = { list: [key], pos: 0 };
    this.set(this.read(parsed));
    this.loadIfNeeded();
  }

  dispatch = (a: StoreAction): void => {
    switch (a.type) {
      case "notice":
      case "error":
      case "help":
      case "copied":
      case "connectToggle":
      case "draftClear":
      case "pathPanel":
      case "menu":
        return this.set({ ui: uiReducer(this.snap.ui, a) });
      case "pathEnd": {
        // Both ends known: ask for the path (the draft keeps them, so one end can be changed and asked again).
        const ui = uiReducer(this.snap.ui, a);
        this.set({ ui });
        const path = this.snap.state.path;
        const from = ui.draft.from ?? path?.ids[0];
        const to = ui.draft.to ?? (path?.ids.length === 2 ? path.ids[1] : undefined);
        if (from && to && from !== to)
          this.write(applyAction(this.snap.state, { type: "path", ids: [from, to] }), "push");
        return;
      }
      case "undo":
        return void (this.trail.pos > 0 && this.history.back());
      case "redo":
        return void (this.trail.pos < this.trail.list.length - 1 && this.history.forward());
      case "requestExpand":
        // A label of the schema view stands for no node of the database: nothing to expand (its details say so).
        if (this.graph.hasNode(a.id) && this.graph.getNodeAttribute(a.id, "schema") === true) return void this.dispatch({ type: "select", id: a.id });
        return this.requestExpand(a.id);
      default:
        return this.write(applyAction(this.snap.state, a), historyMode(a));
    }
  };

  /** The node's name in the labels' language (its id when it is not on the canvas). */
  name = (id: string): string =>
    this.graph.hasNode(id) ? nameIn(this.graph.getNodeAttributes(id), this.snap.state.lang) : id;

  /** What the page shows for a failed request: the API's message in English, the error code's message otherwise. */
  private errorShown = (e: Error): string => (e instanceof ApiError ? e.shownIn(this.locale, this.say) : e.message);

  private read(parsed: ReturnType<typeof parseViewState>): Pick<ExplorerSnapshot, "state" | "error" | "problem"> {
    return parsed.ok
      ? { state: parsed.state, error: undefined, problem: undefined }
      : { state: { ...EMPTY_STATE, locale: this.locale, lang: this.locale }, error: parsed.error, problem: parsed.problem };
  }

  private set(patch: Partial<ExplorerSnapshot>): void {
    const t = this.trail;
    this.snap = { ...this.snap, ...patch, canUndo: t.pos > 0, canRedo: t.pos < t.list.length - 1 };
    for (const l of this.listeners) l();
  }

  /** One state, one URL: a link written differently (escaped colons, another key order) is rewritten in place. */
  private canonicalise(state: ViewState): void {
    if (this.connected && this.history.search() !== serializeViewState(state)) this.history.replace(this.href(state));
  }

  private write(next: ViewState, mode: HistoryMode): void {
    const key = serializeViewState(next);
    const t = this.trail;
    if (key === t.list[t.pos]) return;
    if (mode === "push") {
      t.list = [...t.list.slice(0, t.pos + 1), key];
      t.pos += 1;
      this.history.push(this.href(next));
    } else {
      t.list[t.pos] = key;
      this.history.replace(this.href(next));
    }
    this.set({ state: next });
    this.loadIfNeeded();
  }

  private loadIfNeeded(): void {
    const s = this.snap.state;
    const key = dataKey(s);
    if (!this.connected || this.snap.error || key === this.loadedKey) return;
    this.loadedKey = key;
    const seq = ++this.loadSeq;
    const what = this.say(
      msg(s.steps.length ? "explore.loading.expanding" : s.view ? "explore.loading.view" : s.query ? "explore.loading.searching" : "explore.loading.data"),
    );
    const timer = setTimeout(
      () => seq === this.loadSeq && this.set({ data: { ...this.snap.data, loading: what } }),
      this.loadingDelayMs,
    );
    void this.loader
      .load(s, this.graph, () => seq !== this.loadSeq)
      .then((report) => {
        clearTimeout(timer);
        if (!report) return;
        this.set({ data: { ...report, version: this.snap.data.version + 1, builtFor: key, loading: null } });
        this.cleanUp();
      });
  }

  /** Once the data for the current state is in: drop what no longer exists, and say so. */
  private cleanUp(): void {
    const s = this.snap.state;
    const { data } = this.snap;
    if (data.builtFor !== dataKey(s)) return;
    const r = cleanViewState(s, {
      ...data,
      hasNode: (id) => this.graph.hasNode(id),
      hasRelationship: (id) => this.graph.hasEdge(id),
    });
    if (r.dropped.length) {
      this.dispatch({
        type: "notice",
        text: this.say(msg("explore.notice.dropped", { items: r.dropped.join(", ") })),
      });
    }
    if (r.dropped.length || r.state.pins.length !== s.pins.length) this.write(r.state, "replace");
  }

  /** Double-click or `e`: a quiet node expands at once, a busy one offers its relationship types instead. */
  private requestExpand(id: string): void {
    this.dispatch({ type: "error", text: null });
    this.details(id).then(
      (d) => {
        const r = expandRequest(this.snap.state, id, d.degree);
        if (r.busy)
          this.dispatch({
            type: "notice",
            text: this.say(msg("explore.notice.busy", { name: this.name(id), degree: d.degree })),
          });
        if (r.action) this.dispatch(r.action);
      },
      (e: Error) =>
        this.dispatch({ type: "error", text: this.say(msg("explore.notice.expandFailed", { name: this.name(id), reason: this.errorShown(e) })) }),
    );
  }
}
