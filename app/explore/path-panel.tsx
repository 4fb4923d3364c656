"use client";
/**
 * "How is A connected to B?": the two ends (search boxes, or "path from / to here" on a node), the options, and
 * the answer as a step list under the canvas's highlighted path; "connect these" for a set of entities.
 */
import { SearchBox } from "@/app/_components/search-box";
import {
  DEFAULT_PATH_OPTIONS,
  describePathOptions,
  PATH_LIMITS,
  pathSteps,
  type PathOptions,
  type PathStep,
} from "@/lib/graph/paths";
import { relLabel } from "@/lib/graph/style";
import type { Explorer } from "./use-explorer";

const b = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40";

function Steps({ steps, ex }: { steps: PathStep[]; ex: Explorer }) {
  return (
    <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5 text-sm" aria-label="Path steps">
      {steps.map((s) => (
        <li key={`${s.via?.edge ?? ""}${s.node}`} className="flex items-center gap-1">
          {s.via && (
            <button
              className="font-mono text-xs text-slate-500 hover:text-indigo-700"
              onClick={() => ex.dispatch({ type: "select", id: s.via!.edge })}
              title={relLabel(s.via.type)}
            >
              {s.via.forward ? `—${s.via.type}→` : `←${s.via.type}—`}
            </button>
          )}
          <button
            className="font-medium text-indigo-700 hover:underline"
            onClick={() => ex.dispatch({ type: "focus", id: s.node })}
          >
            {ex.name(s.node)}
          </button>
        </li>
      ))}
    </ol>
  );
}

export function PathPanel({ ex }: { ex: Explorer }) {
  const { state, data, ui, dispatch, graph } = ex;
  const path = state.path;
  const o: PathOptions = path?.options ?? DEFAULT_PATH_OPTIONS;
  const set = (patch: Partial<PathOptions>) => dispatch({ type: "pathOptions", options: { ...o, ...patch } });
  const types = [...new Set([...graph.mapEdges((_e, a) => a.type), ...o.ignore])].sort();
  const from = ui.draft.from ?? path?.ids[0];
  const to = ui.draft.to ?? (path?.ids.length === 2 ? path.ids[1] : undefined);
  const edgeInfo = (e: string) =>
    graph.hasEdge(e) ? { type: graph.getEdgeAttribute(e, "type"), source: graph.source(e) } : undefined;
  const answer = data.paths && path && data.builtFor !== null ? data.paths : undefined;
  return (
    <section
      aria-label="Paths"
      data-testid="path-panel"
      className="flex flex-col gap-2 rounded border border-orange-200 bg-orange-50/40 p-3"
    >
      <div className="flex flex-wrap items-end gap-3">
        <h2 className="text-sm font-semibold">How are they connected?</h2>
        <label className="flex min-w-56 flex-1 flex-col text-xs text-slate-600">
          From{from ? `: ${ex.name(from)}` : ""}
          <SearchBox
            compact
            label="Path from"
            placeholder="From…"
            onPick={(h) => dispatch({ type: "pathEnd", end: "from", id: h.id })}
          />
        </label>
        <label className="flex min-w-56 flex-1 flex-col text-xs text-slate-600">
          To{to ? `: ${ex.name(to)}` : ""}
          <SearchBox
            compact
            label="Path to"
            placeholder="To…"
            onPick={(h) => dispatch({ type: "pathEnd", end: "to", id: h.id })}
          />
        </label>
        <button
          className={b}
          onClick={() => {
            dispatch({ type: "clearPath" });
            dispatch({ type: "draftClear" });
          }}
        >
          Clear
        </button>
        <button
          className={b}
          onClick={() => dispatch({ type: "pathPanel", open: false })}
          aria-label="Close the path panel"
        >
          ×
        </button>
      </div>
      <fieldset className="flex flex-wrap items-center gap-3 text-xs" disabled={!path}>
        <legend className="sr-only">Path options</legend>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={o.all} onChange={(e) => set({ all: e.target.checked })} /> All shortest paths
          (up to {PATH_LIMITS.pathsPerPair})
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={o.directed} onChange={(e) => set({ directed: e.target.checked })} /> Follow
          arrows only
        </label>
        <label
          className="flex items-center gap-1"
          title="Industries, trends, kinds of player or income, risks, statistics"
        >
          <input type="checkbox" checked={o.concepts} onChange={(e) => set({ concepts: e.target.checked })} /> Through
          concept nodes
        </label>
        <label className="flex items-center gap-1">
          Up to
          <select
            className="rounded border border-slate-300 bg-white px-1"
            value={o.maxHops}
            onChange={(e) => set({ maxHops: Number(e.target.value) })}
          >
            {Array.from({ length: PATH_LIMITS.maxHops }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          hops
        </label>
        <details className="relative">
          <summary className="cursor-pointer">Ignore types{o.ignore.length ? ` (${o.ignore.length})` : ""}</summary>
          <div className="absolute z-20 mt-1 max-h-64 w-64 overflow-auto rounded border border-slate-200 bg-white p-2 shadow">
            {types.map((t) => (
              <label key={t} className="flex items-center gap-1 font-mono">
                <input
                  type="checkbox"
                  checked={o.ignore.includes(t)}
                  onChange={(e) =>
                    set({ ignore: e.target.checked ? [...o.ignore, t] : o.ignore.filter((x) => x !== t) })
                  }
                />
                {t}
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      {ui.draft.connect.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="connect-set">
          <span className="text-slate-600">To connect:</span>
          {ui.draft.connect.map((id) => (
            <button
              key={id}
              className={b}
              onClick={() => dispatch({ type: "connectToggle", id })}
              aria-label={`Take ${ex.name(id)} out of the set`}
            >
              {ex.name(id)} ×
            </button>
          ))}
          <button
            className={`${b} border-orange-400`}
            disabled={ui.draft.connect.length < 2}
            onClick={() => dispatch({ type: "path", ids: ui.draft.connect })}
          >
            Connect these ({ui.draft.connect.length})
          </button>
        </div>
      )}
      {answer && (
        <div className="flex flex-col gap-1" data-testid="path-result">
          {answer.pairs.map((pair) => (
            <div key={`${pair.from}>${pair.to}`}>
              {answer.pairs.length > 1 && (
                <p className="text-xs text-slate-600">
                  {ex.name(pair.from)} and {ex.name(pair.to)}
                </p>
              )}
              {pair.paths.length === 0 ? (
                <p role="status" className="text-sm text-slate-700">
                  No path between {ex.name(pair.from)} and {ex.name(pair.to)} {describePathOptions(answer.options)}.
                </p>
              ) : (
                pair.paths.map((p) => <Steps key={p.edges.join()} steps={pathSteps(p, edgeInfo)} ex={ex} />)
              )}
            </div>
          ))}
          {answer.pairs.some((p) => p.paths.length > 0) && (
            <p className="text-xs text-slate-500">
              {answer.pairs.every((p) => p.paths.length)
                ? `Shortest: ${Math.min(...answer.pairs.map((p) => p.paths[0].edges.length))} hops; `
                : ""}
              {describePathOptions(answer.options)}.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
