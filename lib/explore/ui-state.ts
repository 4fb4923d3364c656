/**
 * The explorer's transient state: what the page says for a moment and forgets (a notice, an action's error, the
 * help overlay, "Link copied" and the link shown to copy). Never in the URL. One pure reducer, applied by
 * app/explore/use-explorer.ts.
 */

export interface UiState {
  /** A dismissable note (what a link named that no longer exists, a busy node). */
  notice: string | null;
  /** The last action that failed (an expansion the server could not answer). */
  error: string | null;
  help: boolean;
  /** "Link copied." or how to copy it by hand; cleared after a few seconds. */
  copied: string | null;
  /** The last link copied, shown in a field to copy by hand. */
  link: string;
  /** A path being put together: its ends ("path from here", "path to here") and the entities to connect. */
  draft: PathDraft;
  /** A node's menu, open where it was right-clicked (canvas pixels). */
  menu?: { id: string; x: number; y: number };
}

export interface PathDraft {
  /** The path panel is open (a path shown opens it too). */
  open?: boolean;
  from?: string;
  to?: string;
  connect: string[];
}

export const INITIAL_UI: UiState = {
  notice: null,
  error: null,
  help: false,
  copied: null,
  link: "",
  draft: { connect: [] },
};

export type UiAction =
  | { type: "notice"; text: string | null }
  | { type: "error"; text: string | null }
  | { type: "help"; open: boolean | "toggle" }
  | { type: "copied"; text: string | null; link?: string }
  /** Set (or clear) one end of the path being put together. */
  | { type: "pathEnd"; end: "from" | "to"; id?: string }
  /** Add an entity to the set to connect, or take it out. */
  | { type: "connectToggle"; id: string }
  | { type: "draftClear" }
  | { type: "pathPanel"; open: boolean }
  | { type: "menu"; at?: { id: string; x: number; y: number } };

export function uiReducer(s: UiState, a: UiAction): UiState {
  switch (a.type) {
    case "notice":
      return { ...s, notice: a.text };
    case "error":
      return { ...s, error: a.text };
    case "help":
      return { ...s, help: a.open === "toggle" ? !s.help : a.open };
    case "copied":
      return { ...s, copied: a.text, link: a.link ?? s.link };
    case "pathEnd":
      return { ...s, draft: { ...s.draft, open: true, [a.end]: a.id } };
    case "menu":
      return { ...s, menu: a.at };
    case "pathPanel":
      return { ...s, draft: { ...s.draft, open: a.open } };
    case "connectToggle":
      return {
        ...s,
        draft: {
          ...s.draft,
          open: true,
          connect: s.draft.connect.includes(a.id)
            ? s.draft.connect.filter((x) => x !== a.id)
            : [...s.draft.connect, a.id].slice(-8),
        },
      };
    case "draftClear":
      return { ...s, draft: { connect: [] } };
  }
}
