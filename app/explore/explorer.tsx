"use client";
/**
 * The explorer: composes the URL state, the data it names, the canvas and its panels. Every change goes
 * through the URL (use-url-state.ts): exploration steps, filters, pins and language push a history entry,
 * the selection and the camera replace it.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { nodeDetails } from "@/app/_components/graph/api-client";
import { DetailsPanel } from "@/app/_components/graph/details-panel";
import { GraphCanvas, type CanvasApi } from "@/app/_components/graph/graph-canvas";
import type { LayoutStatus } from "@/app/_components/graph/layout-supervisor";
import { ListView } from "@/app/_components/graph/list-view";
import { useCanvasModel } from "@/app/_components/graph/use-canvas-model";
import { SearchBox } from "@/app/_components/search-box";
import { ViewGallery } from "@/app/_components/view-gallery";
import { nameIn } from "@/lib/graph/style";
import { cleanViewState, dataKey, EMPTY_STATE, isEmptyStart, LANGS, type ViewState } from "@/lib/url/view-state";
import { FiltersPanel } from "./filters-panel";
import { HelpOverlay } from "./help-overlay";
import { Toolbar } from "./toolbar";
import { BUSY } from "@/lib/url/api-paths";
import { useExplorerData } from "./use-explorer-data";
import { useShortcuts } from "./use-shortcuts";
import { useUrlState } from "./use-url-state";

export function Explorer() {
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
  const filters = { hiddenNodeTypes: state.hiddenNodeTypes, hiddenRelTypes: state.hiddenRelTypes, dateFrom: state.dateFrom, dateTo: state.dateTo };
  const model = useCanvasModel(graph, data.version, state.lang, state.pins, filters);
  const [api, setApi] = useState<CanvasApi | null>(null);
  const [layout, setLayout] = useState<LayoutStatus>({ state: "idle", done: 0, total: 0 });
  const [help, setHelp] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [initialCamera] = useState(state.camera);
  const [link, setLink] = useState("");

  // Once the data for the current state is in: drop what no longer exists, and say so.
  useEffect(() => {
    const s = latest.current;
    if (data.builtFor !== dataKey(s)) return;
    const r = cleanViewState(s, {
      missing: data.missing,
      hasNode: (id) => graph.hasNode(id),
      hasRelationship: (id) => graph.hasEdge(id),
      viewExists: data.viewExists,
    });
    if (r.dropped.length) setNotice(`Some of what this link names no longer exists and was left out: ${r.dropped.join(", ")}.`);
    if (r.dropped.length || r.state.pins.length !== s.pins.length) url.replace(r.state);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.version]);

  const push = (patch: Partial<ViewState>) => url.push({ ...latest.current, ...patch });
  const select = useCallback((id: string | undefined) => url.replace({ ...latest.current, selected: id }), [url]);
  const isExpanded = (id: string, type?: string) => state.steps.some((s) => s.op === "expand" && s.id === id && s.type === type);
  const name = (id: string) => (graph.hasNode(id) ? nameIn(graph.getNodeAttributes(id), state.lang) : id);
  const expandAll = (id: string) => push({ steps: [...latest.current.steps, { op: "expand", id }], selected: id });
  const expandGroup = (id: string, type: string) => push({ steps: [...latest.current.steps, { op: "expand", id, type }], selected: id });
  const collapse = (id: string, type?: string) =>
    push({ steps: latest.current.steps.filter((s) => !(s.op === "expand" && s.id === id && (type === undefined || s.type === type))) });
  const remove = (id: string) => {
    const s = latest.current;
    push({ steps: [...s.steps, { op: "remove", id }], selected: s.selected === id ? undefined : s.selected, pins: s.pins.filter((p) => p.id !== id) });
  };
  /** Double-click / `e`: a quiet node expands at once, a busy one offers its relationship types instead. */
  const requestExpand = async (id: string) => {
    setActionError(null);
    try {
      const d = await nodeDetails(id);
      if (d.degree > BUSY) {
        url.replace({ ...latest.current, selected: id });
        setNotice(`${name(id)} has ${d.degree} relationships: expand one type at a time from the details panel.`);
      } else if (!isExpanded(id)) expandAll(id);
    } catch (e) {
      setActionError(`Could not expand ${name(id)}: ${(e as Error).message}`);
    }
  };
  const pin = (id: string, x: number, y: number) =>
    push({ pins: [...latest.current.pins.filter((p) => p.id !== id), { id, x, y }] });
  const focus = (id: string) => {
    select(id);
    api?.centerOn(id);
  };
  const copyLink = async () => {
    const href = url.href();
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setCopied("Link copied.");
    } catch {
      setCopied("Copy the link below.");
    }
    setTimeout(() => setCopied(null), 4000);
  };
  const onCamera = useCallback((c: { x: number; y: number; ratio: number }) => url.replace({ ...latest.current, camera: c }), [url]);

  useShortcuts({
    help: () => setHelp((h) => !h),
    escape: () => (help ? setHelp(false) : select(undefined)),
    zoomIn: () => api?.zoomIn(),
    zoomOut: () => api?.zoomOut(),
    fit: () => api?.fit(),
    center: () => state.selected && api?.centerOn(state.selected),
    expand: () => state.selected && graph.hasNode(state.selected) && void requestExpand(state.selected),
    collapse: () => state.selected && collapse(state.selected),
    remove: () => state.selected && graph.hasNode(state.selected) && remove(state.selected),
    layout: () => (layout.state === "running" ? api?.stopLayout() : api?.resumeLayout()),
    lang: () => push({ lang: LANGS[(LANGS.indexOf(state.lang) + 1) % LANGS.length] }),
    undo: url.undo,
    redo: url.redo,
  });

  const ready = !data.loading && data.builtFor === dataKey(state) && layout.key === model.layoutKey && layout.state === "done";
  const startNames = state.nodes.filter((id) => graph.hasNode(id)).map(name);
  const title = data.view?.title ?? (state.query ? `Search: ${state.query}` : startNames.length ? startNames.join(", ") : "Explore");
  const errors = [...data.errors, ...(actionError ? [actionError] : [])];
  return (
    <div className="flex flex-1 flex-col gap-3 p-3" data-testid="explorer" data-ready={ready ? "true" : "false"}>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-64 flex-1">
          <h1 className="text-xl font-semibold">{title}</h1>
          {data.view?.description && <p className="line-clamp-2 text-sm text-slate-600">{data.view.description}</p>}
        </div>
        <div className="w-full max-w-md">
          <SearchBox
            onPick={(hit) => (graph.hasNode(hit.id) ? focus(hit.id) : push({ ...EMPTY_STATE, lang: latest.current.lang, nodes: [hit.id] }))}
          />
        </div>
      </div>
      {notice && (
        <p role="status" data-testid="notice" className="flex items-start gap-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="flex-1">{notice}</span>
          <button className="text-xs underline" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {errors.map((e) => (
        <p key={e} role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {e}
        </p>
      ))}
      {data.truncated.length > 0 && (
        <p role="status" className="text-xs text-slate-600">
          Some expansions were cut at 200 neighbours: {data.truncated.map(name).join(", ")}.
        </p>
      )}
      {isEmptyStart(state) ? (
        <section className="mx-auto flex w-full max-w-3xl flex-col gap-4 py-8">
          <h2 className="text-lg font-semibold">Start from a search above, or a named view</h2>
          <ViewGallery />
        </section>
      ) : (
        <>
          <Toolbar
            api={api}
            layout={layout}
            selected={state.selected}
            canUndo={url.canUndo}
            canRedo={url.canRedo}
            onUndo={url.undo}
            onRedo={url.redo}
            lang={state.lang}
            onLang={(lang) => push({ lang })}
            onCopy={() => void copyLink()}
            copied={copied}
            onHelp={() => setHelp(true)}
          />
          {link && (
            <input readOnly value={link} aria-label="Link to this view" data-testid="share-link" onFocus={(e) => e.target.select()} className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" />
          )}
          <div className="grid h-[68vh] min-h-[420px] grid-cols-1 gap-3 md:grid-cols-[14rem_1fr_21rem]">
            <aside aria-label="Filters and legend" className="overflow-auto rounded border border-slate-200 bg-white p-3">
              <FiltersPanel graph={graph} version={data.version} filters={filters} onChange={(f) => push({ ...f, hiddenNodeTypes: [...f.hiddenNodeTypes], hiddenRelTypes: [...f.hiddenRelTypes] })} />
            </aside>
            <section aria-label="Graph" className="relative min-h-[360px] overflow-hidden rounded border border-slate-200 bg-white" data-loading={data.loading ? "true" : "false"}>
              <GraphCanvas
                {...model}
                selected={state.selected}
                initialCamera={initialCamera}
                onCameraChange={onCamera}
                onLayoutStatus={setLayout}
                onReady={setApi}
                onSelect={select}
                onExpand={(id) => void requestExpand(id)}
                onPin={pin}
                label={`Graph of ${graph.order} nodes and ${graph.size} relationships; the tables below list them`}
              />
              {data.loading && (
                <div role="status" className="absolute top-3 left-3 rounded bg-white/90 px-3 py-1.5 text-sm shadow">
                  {data.loading}
                </div>
              )}
              {!data.loading && data.builtFor && graph.order === 0 && (
                <p className="absolute inset-0 flex items-center justify-center text-sm text-slate-500">Nothing to show: the link names nothing that exists.</p>
              )}
            </section>
            <aside aria-label="Details" className="overflow-auto rounded border border-slate-200 bg-white p-3">
              <DetailsPanel
                graph={graph}
                version={data.version}
                selected={state.selected}
                lang={state.lang}
                busyThreshold={BUSY}
                onFocus={focus}
                onCenter={(id) => api?.centerOn(id)}
                onExpandAll={expandAll}
                onExpandGroup={expandGroup}
                onCollapse={collapse}
                onRemove={remove}
                isExpanded={isExpanded}
              />
            </aside>
          </div>
          <section aria-label="List view">
            <ListView graph={graph} version={data.version} hiddenNodes={model.hiddenNodes} hiddenEdges={model.hiddenEdges} selected={state.selected} lang={state.lang} onSelect={select} />
          </section>
        </>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
