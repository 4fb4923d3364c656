"use client";
/**
 * The timeline under the canvas: a histogram of what began when (nodes and relationships), a window to drag,
 * resize or step with the keyboard (the graph shows what existed then), play through time, what to do with undated
 * items, and "what changed between D1 and D2". Every change is URL state (w, u, y, g): a drag or a play is one
 * step Back undoes.
 */
import { useTranslations } from "next-intl";
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
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useVocabulary } from "@/lib/i18n/vocabulary";
import type { Explorer } from "./use-explorer";

const b = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 aria-pressed:bg-indigo-100";
/** Play's speeds: seconds per step. */
const SPEEDS = [0.5, 1, 2] as const;

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

type T = (key: string, values?: Record<string, string | number>) => string;

/** A histogram bucket in words: "2023", "Mar 2023" (formatDate), or a quarter ("2023-Q2"). */
function bucketLabel(key: string, t: T, locale: Locale): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  return q ? t("quarterLabel", { year: q[1], quarter: q[2] }) : formatDate(key, locale);
}

function label(w: TimeWindow, t: T, locale: Locale): string {
  if (w.from && w.from === w.to) return t("asOf", { date: formatDate(w.from, locale) });
  return t("range", { from: w.from ? formatDate(w.from, locale) : "…", to: w.to ? formatDate(w.to, locale) : "…" });
}

export function Timeline({ ex }: { ex: Explorer }) {
  const { graph, data, state, dispatch, locale } = ex;
  const t = useTranslations("explore.timeline");
  const undatedName: Record<UndatedMode, string> = { shown: t("undatedShown"), dimmed: t("undatedDimmed"), hidden: t("undatedHidden") };
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
    const timer = setInterval(() => {
      const cur = ex.state.time.from || ex.state.time.to ? ex.state.time : n ? h.buckets[0].window : {};
      const next = nextWindow(h, cur);
      if (!next) {
        setPlaying(false);
        return;
      }
      setWindow(next, !pushedRef.current);
      pushedRef.current = true;
    }, speed);
    return () => clearInterval(timer);
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
    <section aria-label={t("label")} data-testid="timeline" className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-2">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <h2 className="font-semibold">{t("label")}</h2>
        <span className="text-slate-600" data-testid="timeline-window">
          {on ? t("showing", { window: label(shown, t, locale) }) : t("everything", { dated: h.dated, undated: h.undated })}
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
          {playing ? t("pause") : t("play")}
        </button>
        <label className="flex items-center gap-1">
          {t("step")}
          <select className="rounded border border-slate-300 px-1" value={granularity ?? h.granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
            <option value="month">{t("month")}</option>
            <option value="quarter">{t("quarter")}</option>
            <option value="year">{t("year")}</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          {t("speed")}
          <select className="rounded border border-slate-300 px-1" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((sec) => (
              <option key={sec} value={sec * 1000}>
                {t("seconds", { n: sec })}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1" title={t("undatedTitle")}>
          {t("undated", { count: h.undated })}
          <select className="rounded border border-slate-300 px-1" value={state.undated} onChange={(e) => dispatch({ type: "undated", mode: e.target.value as UndatedMode })}>
            {UNDATED_MODES.map((m) => (
              <option key={m} value={m}>
                {undatedName[m]}
              </option>
            ))}
          </select>
        </label>
        <button
          className={b}
          aria-pressed={!!state.diff}
          disabled={!state.diff && !(state.time.from && state.time.to && state.time.from !== state.time.to)}
          title={t("compareTitle")}
          onClick={() => dispatch({ type: "diff", diff: state.diff ? undefined : { from: state.time.from!, to: state.time.to! } })}
        >
          {state.diff ? t("stopComparing") : t("compare")}
        </button>
        <button className={b} aria-pressed={state.layout === "time"} onClick={() => dispatch({ type: "layoutMode", layout: state.layout === "time" ? "force" : "time" })}>
          {t("timeLayout")}
        </button>
        {on && (
          <button className={b} onClick={() => dispatch({ type: "time", window: {} })}>
            {t("clearWindow")}
          </button>
        )}
      </div>
      <svg
        ref={svg}
        role="slider"
        tabIndex={0}
        aria-label={t("slider")}
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={win?.[1] ?? n - 1}
        aria-valuetext={on ? label(state.time, t, locale) : t("sliderEverything")}
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
              <title>{t("bucket", { bucket: bucketLabel(bk.key, t, locale), nodes: bk.nodes, relationships: bk.relationships })}</title>
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
        <span>{bucketLabel(h.buckets[0].key, t, locale)}</span>
        {n > 2 && <span>{bucketLabel(h.buckets[Math.floor(n / 2)].key, t, locale)}</span>}
        <span>{bucketLabel(h.buckets[n - 1].key, t, locale)}</span>
      </div>
      {diff && state.diff && (
        <div data-testid="changes" className="max-h-40 overflow-auto text-xs">
          <p className="font-semibold">
            {t("between", {
              from: formatDate(state.diff.from, locale),
              to: formatDate(state.diff.to, locale),
              added: diff.changes.filter((c) => c.kind === "added").length,
              ended: diff.changes.filter((c) => c.kind === "ended").length,
              stayed: diff.stayed,
            })}
          </p>
          <ol aria-label={t("changes")}>
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
  const t = useTranslations("explore.timeline");
  const { relType } = useVocabulary();
  const g = ex.graph;
  const isNode = g.hasNode(id);
  const attrs = isNode ? g.getNodeAttributes(id) : g.getEdgeAttributes(id);
  const what = isNode ? ex.name(id) : `${ex.name(g.source(id))} —${relType(String(attrs.type))}→ ${ex.name(g.target(id))}`;
  const sources = Array.isArray(attrs.sources) ? attrs.sources.filter((s): s is string => typeof s === "string") : [];
  return (
    <li className="flex gap-2 border-b border-slate-100 py-0.5">
      <span className="w-24 shrink-0 tabular-nums">{formatDate(date, ex.locale)}</span>
      <span className={kind === "added" ? "text-green-700" : "text-red-700"}>{kind === "added" ? t("added") : t("ended")}</span>
      <button className="text-left text-indigo-700 hover:underline" onClick={() => ex.dispatch(isNode ? { type: "focus", id } : { type: "select", id })}>
        {what}
      </button>
      {sources[0] && <span className="truncate text-slate-500" title={sources.join("\n")}>— {sources[0]}</span>}
    </li>
  );
}
