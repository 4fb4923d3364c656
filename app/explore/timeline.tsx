"use client";
/**
 * The timeline under the canvas: a histogram of what began when (nodes and relationships), a window to drag,
 * resize or step with the keyboard (the graph shows what existed then), play through time, what to do with undated
 * items, and "what changed between D1 and D2". Every change is URL state (w, u, y, g): a drag or a play is one
 * step Back undoes.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  bucketOf,
  changesBetween,
  histogram,
  nextWindow,
  spanOf,
  UNDATED_MODES,
  type Granularity,
  type Histogram,
  type TimeWindow,
  type UndatedMode,
} from "@/lib/graph/timeline";
import type { Explorer } from "./use-explorer";

const b = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 aria-pressed:bg-indigo-100";
const SPEEDS = [
  ["0.5 s", 500],
  ["1 s", 1000],
  ["2 s", 2000],
] as const;

/** The window's first and last bucket index in the histogram (the whole range when an end is open). */
function indexes(h: Histogram, w: TimeWindow): [number, number] | null {
  if (!h.buckets.length || (!w.from && !w.to)) return null;
  const keys = h.buckets.map((x) => x.key);
  const at = (d: string | undefined, dflt: number) => {
    if (!d) return dflt;
    const k = bucketOf(d, h.granularity);
    const i = keys.indexOf(k);
    return i >= 0 ? i : k < keys[0] ? 0 : keys.length - 1;
  };
  return [at(w.from, 0), at(w.to, keys.length - 1)];
}

function windowOf(h: Histogram, i: number, j: number): TimeWindow {
  const [lo, hi] = i <= j ? [i, j] : [j, i];
  return { from: h.buckets[lo].window.from, to: h.buckets[hi].window.to };
}

function label(w: TimeWindow): string {
  if (w.from && w.from === w.to) return `as of ${w.from}`;
  return `${w.from ?? "…"} – ${w.to ?? "…"}`;
}

export function Timeline({ ex }: { ex: Explorer }) {
  const { graph, data, state, dispatch } = ex;
  const [granularity, setGranularity] = useState<Granularity | undefined>();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1000);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ mode: "move" | "from" | "to" | "new"; start: number; orig: [number, number]; pushed: boolean } | null>(null);

  const h = useMemo(() => {
    const items = [
      ...graph.mapNodes((_n, a) => ({ kind: "node" as const, span: spanOf(a) })),
      ...graph.mapEdges((_e, a) => ({ kind: "relationship" as const, span: spanOf(a) })),
    ];
    return histogram(items, granularity);
    // `data.version` stands for the graph's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, data.version, granularity]);
  // Comparing without a window: the compared span is the window drawn.
  const shown = state.time.from || state.time.to ? state.time : (state.diff ?? {});
  const win = indexes(h, shown);
  const n = h.buckets.length;
  const max = Math.max(1, ...h.buckets.map((x) => x.nodes + x.relationships));

  // One step Back undoes a whole drag or a whole play: the first change pushes, the rest replace.
  const pushedRef = useRef(false);
  const setWindow = (w: TimeWindow, first: boolean) => dispatch({ type: first ? "time" : "timeMove", window: w });

  useEffect(() => {
    if (!playing) return;
    const t = setInterval(() => {
      const cur = ex.state.time.from || ex.state.time.to ? ex.state.time : n ? h.buckets[0].window : {};
      const next = nextWindow(h, cur);
      if (!next) {
        setPlaying(false);
        return;
      }
      setWindow(next, !pushedRef.current);
      pushedRef.current = true;
    }, speed);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, speed, h, ex.state.time]);

  if (!n) return null;
  const bucketAt = (clientX: number) => {
    const r = svg.current!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - r.left) / r.width) * n)));
  };
  const onDown = (e: React.PointerEvent, mode: "move" | "from" | "to" | "new") => {
    e.stopPropagation();
    (e.target as Element).setPointerCapture?.(e.pointerId);
    const i = bucketAt(e.clientX);
    drag.current = { mode, start: i, orig: win ?? [i, i], pushed: false };
    if (mode === "new") {
      setWindow(windowOf(h, i, i), true);
      drag.current.pushed = true;
    }
  };
  const onMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const i = bucketAt(e.clientX);
    const [a, z] = d.orig;
    const shift = Math.max(-a, Math.min(n - 1 - z, i - d.start));
    const next = d.mode === "move" ? windowOf(h, a + shift, z + shift) : d.mode === "from" ? windowOf(h, i, z) : d.mode === "to" ? windowOf(h, a, i) : windowOf(h, d.start, i);
    if (next.from === state.time.from && next.to === state.time.to) return;
    setWindow(next, !d.pushed);
    d.pushed = true;
  };
  const onUp = () => void (drag.current = null);
  const onKey = (e: React.KeyboardEvent) => {
    const [a, z] = win ?? [0, 0];
    let next: [number, number] | null = null;
    if (e.key === "ArrowRight") next = e.shiftKey ? [a, Math.min(n - 1, z + 1)] : z < n - 1 ? [a + 1, z + 1] : null;
    else if (e.key === "ArrowLeft") next = e.shiftKey ? [a, Math.max(a, z - 1)] : a > 0 ? [a - 1, z - 1] : null;
    else if (e.key === "Home") next = [0, z - a];
    else if (e.key === "End") next = [n - 1 - (z - a), n - 1];
    else return;
    e.preventDefault();
    e.stopPropagation();
    if (next) setWindow(windowOf(h, next[0], next[1]), true);
  };

  const x = (i: number) => (i / n) * 100;
  const on = !!win;
  const diff = state.diff ? changesBetween(graph.mapNodes((id, a) => ({ item: id, span: spanOf(a) })).concat(graph.mapEdges((id, a) => ({ item: id, span: spanOf(a) }))), state.diff.from, state.diff.to) : null;
  return (
    <section aria-label="Timeline" data-testid="timeline" className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <h2 className="font-semibold">Timeline</h2>
        <span className="text-slate-600" data-testid="timeline-window">
          {on ? `Showing what existed ${label(shown)}` : `Everything (${h.dated} dated items, ${h.undated} undated)`}
        </span>
        <button
          className={b}
          aria-pressed={playing}
          onClick={() => {
            pushedRef.current = false;
            if (!playing && !nextWindow(h, state.time.from || state.time.to ? state.time : h.buckets[0].window)) setWindow(h.buckets[0].window, true);
            setPlaying(!playing);
          }}
        >
          {playing ? "Pause" : "Play"}
        </button>
        <label className="flex items-center gap-1">
          Step
          <select className="rounded border border-slate-300 px-1" value={granularity ?? h.granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
            <option value="month">month</option>
            <option value="quarter">quarter</option>
            <option value="year">year</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          Speed
          <select className="rounded border border-slate-300 px-1" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map(([l, v]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1" title="What a window does with items that have no date">
          Undated ({h.undated})
          <select className="rounded border border-slate-300 px-1" value={state.undated} onChange={(e) => dispatch({ type: "undated", mode: e.target.value as UndatedMode })}>
            {UNDATED_MODES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <button
          className={b}
          aria-pressed={!!state.diff}
          disabled={!state.diff && !(state.time.from && state.time.to && state.time.from !== state.time.to)}
          title="Mark what was added and what ended between the window's two ends"
          onClick={() => dispatch({ type: "diff", diff: state.diff ? undefined : { from: state.time.from!, to: state.time.to! } })}
        >
          {state.diff ? "Stop comparing" : "Compare the window's ends"}
        </button>
        <button className={b} aria-pressed={state.layout === "time"} onClick={() => dispatch({ type: "layoutMode", layout: state.layout === "time" ? "force" : "time" })}>
          Time layout
        </button>
        {on && (
          <button className={b} onClick={() => dispatch({ type: "time", window: {} })}>
            Clear window
          </button>
        )}
      </div>
      <svg
        ref={svg}
        role="slider"
        tabIndex={0}
        aria-label="Time window (arrow keys move it, Shift+arrows resize it)"
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={win?.[1] ?? n - 1}
        aria-valuetext={on ? label(state.time) : "everything"}
        viewBox="0 0 100 33"
        preserveAspectRatio="none"
        className="h-14 w-full cursor-crosshair touch-none select-none focus:outline-2 focus:outline-indigo-400"
        onPointerDown={(e) => onDown(e, "new")}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onKeyDown={onKey}
      >
        {h.buckets.map((bk, i) => {
          const total = bk.nodes + bk.relationships;
          const hN = (30 * bk.nodes) / max;
          const hR = (30 * bk.relationships) / max;
          return (
            <g key={bk.key}>
              <title>{`${bk.key}: ${bk.nodes} nodes, ${bk.relationships} relationships began`}</title>
              {total > 0 && <rect x={x(i) + 0.1} width={100 / n - 0.2} y={32 - hN - hR} height={hR} fill="#94a3b8" />}
              {total > 0 && <rect x={x(i) + 0.1} width={100 / n - 0.2} y={32 - hN} height={hN} fill="#6366f1" />}
            </g>
          );
        })}
        <line x1={0} x2={100} y1={32} y2={32} stroke="#cbd5e1" strokeWidth={0.2} />
        {win && (
          <g>
            <rect x={x(win[0])} width={x(win[1] + 1) - x(win[0])} y={0} height={32} fill="#f97316" fillOpacity={0.15} stroke="#f97316" strokeWidth={0.3} className="cursor-grab" onPointerDown={(e) => onDown(e, "move")} />
            <rect x={x(win[0]) - 0.4} width={0.8} y={0} height={32} fill="#f97316" className="cursor-ew-resize" onPointerDown={(e) => onDown(e, "from")} />
            <rect x={x(win[1] + 1) - 0.4} width={0.8} y={0} height={32} fill="#f97316" className="cursor-ew-resize" onPointerDown={(e) => onDown(e, "to")} />
          </g>
        )}
      </svg>
      <div className="flex justify-between font-mono text-[10px] text-slate-500" aria-hidden>
        <span>{h.buckets[0].key}</span>
        {n > 2 && <span>{h.buckets[Math.floor(n / 2)].key}</span>}
        <span>{h.buckets[n - 1].key}</span>
      </div>
      {diff && state.diff && (
        <div data-testid="changes" className="max-h-40 overflow-auto text-xs">
          <p className="font-semibold">
            Between {state.diff.from} and {state.diff.to}: {diff.changes.filter((c) => c.kind === "added").length} added,{" "}
            {diff.changes.filter((c) => c.kind === "ended").length} ended, {diff.stayed} stayed
          </p>
          <ol aria-label="Changes in date order">
            {diff.changes.map((c) => (
              <Change key={`${c.kind}${c.item}`} ex={ex} id={c.item} kind={c.kind} date={c.date} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function Change({ ex, id, kind, date }: { ex: Explorer; id: string; kind: "added" | "ended"; date: string }) {
  const g = ex.graph;
  const isNode = g.hasNode(id);
  const attrs = isNode ? g.getNodeAttributes(id) : g.getEdgeAttributes(id);
  const what = isNode ? ex.name(id) : `${ex.name(g.source(id))} —${attrs.type}→ ${ex.name(g.target(id))}`;
  const sources = Array.isArray(attrs.sources) ? attrs.sources.filter((s): s is string => typeof s === "string") : [];
  return (
    <li className="flex gap-2 border-b border-slate-100 py-0.5">
      <span className="w-20 shrink-0 font-mono">{date}</span>
      <span className={kind === "added" ? "text-green-700" : "text-red-700"}>{kind}</span>
      <button className="text-left text-indigo-700 hover:underline" onClick={() => ex.dispatch(isNode ? { type: "focus", id } : { type: "select", id })}>
        {what}
      </button>
      {sources[0] && <span className="truncate text-slate-500" title={sources.join("\n")}>— {sources[0]}</span>}
    </li>
  );
}
