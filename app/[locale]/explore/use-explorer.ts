"use client";
/**
 * The explorer's store in React: one ExplorerStore (lib/explore/store.ts) per page, fed the location Next's router
 * reports and read with useSyncExternalStore, plus what only the page has — the canvas and its layout, the
 * clipboard, the keyboard. Components get `ex` and `ex.dispatch`; a command is a store action or one of the few
 * below.
 */
import { useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useSay } from "@/lib/i18n/use-say";
import { useVocabulary } from "@/lib/i18n/vocabulary";
import { useGraphMode } from "@/lib/client/graph-mode";
import { viewDescription, viewTitle, type ViewTexts } from "@/lib/view-text";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { ExportSay } from "@/lib/graph/export";
import type { Camera } from "@/lib/graph/model";
import type { CanvasApi } from "@/app/_components/graph/graph-canvas";
import type { LayoutStatus } from "@/app/_components/graph/layout-supervisor";
import { useAnalysis } from "@/app/_components/graph/use-analysis";
import { useCanvasModel } from "@/app/_components/graph/use-canvas-model";
import { appearanceOf, needsAnalysis, type LegendEntry } from "@/lib/explore/appearance";
import { timePositions } from "@/lib/graph/time-layout";
import { datasetOf } from "@/lib/graph/filters";
import { filtersOf, isExpanded } from "@/lib/explore/actions";
import { ExplorerStore, windowHistory, type StoreAction } from "@/lib/explore/store";
import { dataKey, embedHref, embedSnippet, exploreHref, problemHref } from "@/lib/url/view-state";
import { useShortcuts } from "./use-shortcuts";

export type ExplorerCommand =
  | StoreAction
  /** Select and centre on a node. */
  | { type: "focus"; id: string }
  | { type: "center"; id: string }
  | { type: "canvas"; op: "zoomIn" | "zoomOut" | "fit" | "toggleLayout" }
  /** Copy the link (or, with `embed`, the <iframe> snippet of the embed). */
  | { type: "copyLink"; embed?: boolean }
  /** Esc: close the help, else clear the selection. */
  | { type: "escape" };

const COPIED_MS = 4000;

/** `embed`: the page is /embed (its links keep its path; "copy link" still gives the explorer's). */
/** `startView`: the link's named view's texts from the server, shown until its data arrives. */
export function useExplorer(opts: { embed?: boolean; startView?: ViewTexts } = {}) {
  const router = useRouter();
  const locale = useLocale() as Locale;
  const t = useTranslations("explore");
  const say = useSay();
  const vocabulary = useVocabulary();
  const search = useSearchParams().toString();
  const graphMode = useGraphMode();
  const [store] = useState(
    () => new ExplorerStore(windowHistory, search, opts.embed ? { href: embedHref, locale, say, graphMode } : { locale, say, graphMode }),
  );
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => store.connect(), [store]);
  useEffect(() => store.locationChanged(search), [store, search]);
  useEffect(() => {
    if (snap.error) router.replace(problemHref(locale, { error: snap.error, problem: snap.problem ?? { key: "link.unknown" } }));
  }, [snap.error, snap.problem, router, locale]);

  const { state, data, ui } = snap;
  const graph = store.graph;
  const filters = filtersOf(state);
  // The time layout pins dated nodes on a time axis; a node the user pinned stays where they put it.
  const pins = useMemo(() => {
    if (state.layout !== "time") return state.pins;
    const own = new Set(state.pins.map((p) => p.id));
    const axis = [...timePositions(graph.mapNodes((n, a) => [n, a] as [string, Record<string, unknown>]), graph.order)];
    return [...state.pins, ...axis.filter(([id]) => !own.has(id)).map(([id, p]) => ({ id, ...p }))];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.layout, state.pins, graph, data.version]);
  const model = useCanvasModel(graph, data.version, state.lang, pins, filters);
  const [canvas, setCanvas] = useState<CanvasApi | null>(null);
  const [layout, setLayout] = useState<LayoutStatus>({ state: "idle", done: 0, total: 0 });
  const [initialCamera] = useState(state.camera);
  // Who is central, which groups form (over what the filters leave), and what the state's choices make of it.
  const analysis = useAnalysis(graph, data.version, model.hiddenNodes, model.hiddenEdges);
  const appearance = useMemo(
    () => appearanceOf(state, graph, analysis.analysis, data.paths),
    // `data.version` stands for the graph's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, graph, data.version, analysis.analysis, data.paths],
  );
  const hiddenNodes = useMemo(
    () => (appearance.hidden.size ? new Set([...model.hiddenNodes, ...appearance.hidden]) : model.hiddenNodes),
    [model.hiddenNodes, appearance.hidden],
  );

  const dispatch = (c: ExplorerCommand): void => {
    switch (c.type) {
      case "focus":
        store.dispatch({ type: "select", id: c.id });
        return canvas?.centerOn(c.id);
      case "center":
        return canvas?.centerOn(c.id);
      case "canvas":
        if (c.op === "toggleLayout") return layout.state === "running" ? canvas?.stopLayout() : canvas?.resumeLayout();
        return canvas?.[c.op]();
      case "copyLink": {
        const s = store.getSnapshot().state;
        const link = c.embed ? embedSnippet(window.location.origin, s, title) : `${window.location.origin}${exploreHref(s)}`;
        navigator.clipboard.writeText(link).then(
          () => store.dispatch({ type: "copied", text: t("copied.done"), link }),
          () => store.dispatch({ type: "copied", text: t("copied.manual"), link }),
        );
        setTimeout(() => store.dispatch({ type: "copied", text: null }), COPIED_MS);
        return;
      }
      case "escape":
        return store.dispatch(
          store.getSnapshot().ui.help ? { type: "help", open: false } : { type: "select", id: undefined },
        );
      default:
        return store.dispatch(c);
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
    pathFrom: () => selectedNode && dispatch({ type: "pathEnd", end: "from", id: selectedNode }),
    pathTo: () => selectedNode && dispatch({ type: "pathEnd", end: "to", id: selectedNode }),
    undo: () => dispatch({ type: "undo" }),
    redo: () => dispatch({ type: "redo" }),
  });

  const anyGraph = useGraphMode() === "any";
  const startNames = state.nodes.filter((id) => graph.hasNode(id)).map(store.name);
  const shownView = data.view ?? (state.view && opts.startView?.slug === state.view ? opts.startView : undefined);
  const title = shownView
    ? viewTitle(shownView, locale)
    : state.query
      ? t("title.search", { query: state.query })
      : startNames.length
        ? // A console result can start with dozens of nodes: three names, then how many more (as link previews say).
          startNames.length > 4
          ? t("preview.more", { names: startNames.slice(0, 3).join(", "), count: startNames.length - 3 })
          : startNames.join(", ")
        : state.path
          ? t("title.path", { names: state.path.ids.map(store.name).join(" → ") })
          : t(anyGraph ? "title.wholeDatabase" : "title.whole");
  /** A legend entry's words in the page's language: a node type's name, "other values", or the data's own name. */
  const legendLabel = (e: LegendEntry): string =>
    e.type ? vocabulary.nodeType(e.type) : e.other ? t("legend.otherValues") : e.label;
  /** The picture of the current view as SVG, with the title, the legend and the link. */
  const picture = async (sayExport?: ExportSay) => {
    if (!canvas) throw new Error(t("explorer.canvasNotReady"));
    const { toSvg, CAPTION_HEIGHT } = await import("@/lib/graph/picture");
    const p = canvas.picture();
    const link = `${window.location.origin}${exploreHref(state)}`;
    const legend = appearance.legend.entries.map((e) => ({ color: e.color, label: legendLabel(e) }));
    return { svg: toSvg(p, { title, link, dataset: datasetOf(state.scope, say), legend }, sayExport), width: p.width, height: p.height + CAPTION_HEIGHT };
  };
  /** What is on the canvas, as drawn, with the provenance: what every export holds. */
  const exportGraph = async () => {
    const { exportGraph: build } = await import("@/lib/graph/export");
    const sg = model.graph;
    const { sizes, colors } = appearance.emphasis;
    return build(
      graph,
      { nodes: (id) => !hiddenNodes.has(id), edges: (id) => !model.hiddenEdges.has(id) },
      (id) => {
        if (!sg.hasNode(id)) return undefined;
        const a = sg.getNodeAttributes(id);
        return { x: a.x, y: a.y, size: sizes?.get(id) ?? a.size, color: colors?.get(id) ?? a.color };
      },
      { title, link: `${window.location.origin}${exploreHref(state)}`, dataset: datasetOf(state.scope, say), exported: new Date().toISOString().slice(0, 10) },
    );
  };
  return {
    ...snap,
    graph,
    filters,
    /** GraphCanvas's data props: the model with what the community choices hide, and the analysis's emphasis. */
    model: { ...model, hiddenNodes, emphasis: appearance.emphasis },
    analysis,
    appearance,
    layout,
    dispatch,
    name: store.name,
    locale,
    legendLabel,
    isExpanded: (id: string, relType?: string) => isExpanded(state, id, relType),
    /**
     * What every page's GraphCanvas takes from the store: the model, the selection, the camera it starts with and
     * reports back, and what the canvas reports (its controls once mounted, the layout's progress).
     */
    canvasProps: {
      ...model,
      hiddenNodes,
      emphasis: appearance.emphasis,
      selected: state.selected,
      initialCamera,
      onCameraChange: (camera: Camera) => dispatch({ type: "camera", camera }),
      onReady: setCanvas,
      onLayoutStatus: setLayout,
    },
    /**
     * True when the data for the URL is in, the layout has finished and, when the picture depends on it, the analysis
     * has answered for this graph (or given up): the link is drawn as it says. The e2e tests wait for it.
     */
    ready:
      !data.loading &&
      data.builtFor === dataKey(state) &&
      layout.key === model.layoutKey &&
      layout.state === "done" &&
      (!needsAnalysis(state) ||
        graph.order === 0 ||
        analysis.fresh ||
        analysis.status.state === "error" ||
        analysis.status.state === "cancelled"),
    title,
    exportGraph,
    picture,
    description: shownView
      ? viewDescription(shownView, locale)
      : data.overview
        ? data.overviewTotal && data.overviewTotal > graph.order
          ? t(anyGraph ? "description.overviewAnyCapped" : "description.overviewCapped", { shown: graph.order, total: data.overviewTotal })
          : t(anyGraph ? "description.overviewAny" : "description.overview")
        : undefined,
    errors: [...data.errors, ...(ui.error ? [ui.error] : [])],
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
