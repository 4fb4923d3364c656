"use client";
/**
 * The explorer's one store: the URL state (use-url-state.ts), the data it names (use-explorer-data.ts), the
 * clean-up once that data is in, the canvas model, and the transient UI state (lib/explore/ui-state.ts).
 * Components get `ex` — its state — and `ex.dispatch`. A command is an action of lib/explore/actions.ts (applied
 * and written to the URL), a UI action, or one of the few commands below that need the canvas, the network or
 * the clipboard.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { CanvasApi } from "@/app/_components/graph/graph-canvas";
import type { LayoutStatus } from "@/app/_components/graph/layout-supervisor";
import { useCanvasModel } from "@/app/_components/graph/use-canvas-model";
import { nodeDetails } from "@/lib/client/api";
import { applyAction, expandRequest, filtersOf, historyMode, isExpanded, type ExploreAction } from "@/lib/explore/actions";
import { INITIAL_UI, uiReducer, type UiAction } from "@/lib/explore/ui-state";
import { nameIn } from "@/lib/graph/style";
import { cleanViewState, dataKey } from "@/lib/url/view-state";
import { useExplorerData } from "./use-explorer-data";
import { useShortcuts } from "./use-shortcuts";
import { useUrlState } from "./use-url-state";

export type ExplorerCommand =
  | ExploreAction
  | UiAction
  /** Expand on double-click or `e`: at once for a quiet node, by relationship type for a busy one. */
  | { type: "requestExpand"; id: string }
  /** Select and centre on a node. */
  | { type: "focus"; id: string }
  | { type: "center"; id: string }
  | { type: "canvas"; op: "zoomIn" | "zoomOut" | "fit" | "toggleLayout" }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "copyLink" }
  /** Esc: close the help, else clear the selection. */
  | { type: "escape" };

const COPIED_MS = 4000;

export function useExplorer() {
  const router = useRouter();
  const url = useUrlState();
  const { state } = url;
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (url.error) router.replace(`/?error=${encodeURIComponent(url.error)}`);
  }, [url.error, router]);

  const data = useExplorerData(state);
  const { graph } = data;
  const filters = filtersOf(state);
  const model = useCanvasModel(graph, data.version, state.lang, state.pins, filters);
  const [canvas, setCanvas] = useState<CanvasApi | null>(null);
  const [layout, setLayout] = useState<LayoutStatus>({ state: "idle", done: 0, total: 0 });
  const [initialCamera] = useState(state.camera);
  const [ui, uiDispatch] = useReducer(uiReducer, INITIAL_UI);
  const name = (id: string) => (graph.hasNode(id) ? nameIn(graph.getNodeAttributes(id), state.lang) : id);

  const apply = useCallback(
    (a: ExploreAction) => (historyMode(a) === "push" ? url.push : url.replace)(applyAction(latest.current, a)),
    [url.push, url.replace],
  );

  // Once the data for the current state is in: drop what no longer exists, and say so.
  useEffect(() => {
    const s = latest.current;
    if (data.builtFor !== dataKey(s)) return;
    const r = cleanViewState(s, { ...data, hasNode: (id) => graph.hasNode(id), hasRelationship: (id) => graph.hasEdge(id) });
    if (r.dropped.length) uiDispatch({ type: "notice", text: `Some of what this link names no longer exists and was left out: ${r.dropped.join(", ")}.` });
    if (r.dropped.length || r.state.pins.length !== s.pins.length) url.replace(r.state);
    // Runs once per rebuild: `data.version` stands for the data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.version]);

  const dispatch = (c: ExplorerCommand): void => {
    const s = latest.current;
    switch (c.type) {
      case "notice":
      case "error":
      case "help":
      case "copied":
        return uiDispatch(c);
      case "requestExpand":
        uiDispatch({ type: "error", text: null });
        nodeDetails(c.id).then(
          (d) => {
            const r = expandRequest(latest.current, c.id, d.degree);
            if (r.busy) uiDispatch({ type: "notice", text: `${name(c.id)} has ${d.degree} relationships: expand one type at a time from the details panel.` });
            if (r.action) apply(r.action);
          },
          (e: Error) => uiDispatch({ type: "error", text: `Could not expand ${name(c.id)}: ${e.message}` }),
        );
        return;
      case "focus":
        apply({ type: "select", id: c.id });
        return canvas?.centerOn(c.id);
      case "center":
        return canvas?.centerOn(c.id);
      case "canvas":
        if (c.op === "toggleLayout") return layout.state === "running" ? canvas?.stopLayout() : canvas?.resumeLayout();
        return canvas?.[c.op]();
      case "undo":
        return url.undo();
      case "redo":
        return url.redo();
      case "copyLink": {
        const link = url.href();
        navigator.clipboard.writeText(link).then(
          () => uiDispatch({ type: "copied", text: "Link copied.", link }),
          () => uiDispatch({ type: "copied", text: "Copy the link below.", link }),
        );
        setTimeout(() => uiDispatch({ type: "copied", text: null }), COPIED_MS);
        return;
      }
      case "escape":
        return ui.help ? uiDispatch({ type: "help", open: false }) : apply({ type: "select", id: undefined });
      default:
        return apply(c);
    }
  };

  const selectedNode = state.selected && graph.hasNode(state.selected) ? state.selected : undefined;
  useShortcuts({
    help: () => dispatch({ type: "help", open: "toggle" }),
    escape: () => dispatch({ type: "escape" }),
    zoomIn: () => dispatch({ type: "canvas", op: "zoomIn" }),
    zoomOut: () => dispatch({ type: "canvas", op: "zoomOut" }),
    fit: () => dispatch({ type: "canvas", op: "fit" }),
    center: () => state.selected && dispatch({ type: "center", id: state.selected }),
    expand: () => selectedNode && dispatch({ type: "requestExpand", id: selectedNode }),
    collapse: () => state.selected && dispatch({ type: "collapse", id: state.selected }),
    remove: () => selectedNode && dispatch({ type: "remove", id: selectedNode }),
    layout: () => dispatch({ type: "canvas", op: "toggleLayout" }),
    lang: () => dispatch({ type: "nextLang" }),
    undo: () => dispatch({ type: "undo" }),
    redo: () => dispatch({ type: "redo" }),
  });

  const startNames = state.nodes.filter((id) => graph.hasNode(id)).map(name);
  return {
    state,
    data,
    graph,
    filters,
    model,
    ui,
    layout,
    initialCamera,
    canUndo: url.canUndo,
    canRedo: url.canRedo,
    dispatch,
    name,
    isExpanded: (id: string, relType?: string) => isExpanded(state, id, relType),
    /** What the canvas reports back: its controls once mounted, the layout's progress. */
    canvasEvents: { onReady: setCanvas, onLayoutStatus: setLayout },
    /** True when the data for the URL is in and the layout has finished (the e2e tests wait for it). */
    ready: !data.loading && data.builtFor === dataKey(state) && layout.key === model.layoutKey && layout.state === "done",
    title: data.view?.title ?? (state.query ? `Search: ${state.query}` : startNames.length ? startNames.join(", ") : "Explore"),
    errors: [...data.errors, ...(ui.error ? [ui.error] : [])],
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
