"use client";
/** The legend doubles as the node-type filter; relationship types and a date range below it. Filters hide, never drop. */
import { useEffect, useState } from "react";
import { isPartialDate } from "@/lib/patterns";
import type { DataGraph } from "@/lib/graph/data-graph";
import { nodeColor, typeLabel } from "@/lib/graph/style";
import type { Filters } from "@/lib/graph/filters";

function countBy(items: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function FiltersPanel({
  graph,
  filters,
  onChange,
}: {
  graph: DataGraph;
  version: number;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const nodeTypes = countBy(graph.mapNodes((_n, a) => a.type));
  // Filtered-out types stay listed (so they can be turned back on) even when no node has them any more.
  for (const t of filters.hiddenNodeTypes) if (!nodeTypes.some(([x]) => x === t)) nodeTypes.push([t, 0]);
  const relTypes = countBy(graph.mapEdges((_e, a) => a.type));
  for (const t of filters.hiddenRelTypes) if (!relTypes.some(([x]) => x === t)) relTypes.push([t, 0]);
  const toggle = (list: readonly string[], t: string) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t].sort());

  return (
    <div className="flex flex-col gap-4 text-sm">
      <fieldset>
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Node types</legend>
        <ul data-testid="legend">
          {nodeTypes.map(([t, n]) => (
            <li key={t}>
              <label className="flex cursor-pointer items-center gap-2 py-0.5">
                <input
                  type="checkbox"
                  checked={!filters.hiddenNodeTypes.includes(t)}
                  onChange={() => onChange({ ...filters, hiddenNodeTypes: toggle(filters.hiddenNodeTypes, t) })}
                />
                <span className="inline-block h-3 w-3 shrink-0 rounded-full" style={{ background: nodeColor(t) }} aria-hidden />
                <span className="flex-1">{typeLabel(t)}</span>
                <span className="text-xs text-slate-500">{n}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Relationship types</legend>
        <ul>
          {relTypes.map(([t, n]) => (
            <li key={t}>
              <label className="flex cursor-pointer items-center gap-2 py-0.5">
                <input
                  type="checkbox"
                  checked={!filters.hiddenRelTypes.includes(t)}
                  onChange={() => onChange({ ...filters, hiddenRelTypes: toggle(filters.hiddenRelTypes, t) })}
                />
                <span className="flex-1 font-mono text-xs">{t}</span>
                <span className="text-xs text-slate-500">{n}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <DateRange filters={filters} onChange={onChange} />
    </div>
  );
}

function DateRange({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const [from, setFrom] = useState(filters.dateFrom ?? "");
  const [to, setTo] = useState(filters.dateTo ?? "");
  useEffect(() => {
    setFrom(filters.dateFrom ?? "");
    setTo(filters.dateTo ?? "");
  }, [filters.dateFrom, filters.dateTo]);
  const bad = (v: string) => v !== "" && !isPartialDate(v);
  const apply = () => {
    if (bad(from) || bad(to)) return;
    let [f, t] = [from || undefined, to || undefined];
    if (f && t && f > t) [f, t] = [t, f];
    if (f !== filters.dateFrom || t !== filters.dateTo) onChange({ ...filters, dateFrom: f, dateTo: t });
  };
  const input = (label: string, v: string, set: (s: string) => void) => (
    <label className="flex flex-col gap-0.5 text-xs">
      {label}
      <input
        value={v}
        onChange={(e) => set(e.target.value.trim())}
        onBlur={apply}
        onKeyDown={(e) => e.key === "Enter" && apply()}
        placeholder="YYYY-MM-DD"
        aria-invalid={bad(v)}
        className={`w-24 rounded border px-1.5 py-0.5 font-mono ${bad(v) ? "border-red-500" : "border-slate-300"}`}
      />
    </label>
  );
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Dates</legend>
      <p className="mb-1 text-xs text-slate-500">Release, founding and relationship dates; undated items stay.</p>
      <div className="flex gap-2">
        {input("From", from, setFrom)}
        {input("To", to, setTo)}
      </div>
      {(bad(from) || bad(to)) && <p className="mt-1 text-xs text-red-700">Write dates as YYYY, YYYY-MM or YYYY-MM-DD.</p>}
      {(filters.dateFrom || filters.dateTo) && (
        <button className="mt-1 text-xs text-indigo-700 hover:underline" onClick={() => onChange({ ...filters, dateFrom: undefined, dateTo: undefined })}>
          Clear dates
        </button>
      )}
    </fieldset>
  );
}
