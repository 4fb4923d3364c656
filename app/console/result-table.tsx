"use client";
/**
 * The table tab: one column per returned column, cells readable — nodes by name (with their type), relationships
 * as `—TYPE→`, paths as a chain of names, dates and durations as ISO text, lists and maps inline. Long results are
 * paged in the browser (the server has already capped them).
 */
import { useState } from "react";
import { kindOf } from "@/lib/cypher/types";
import type { Json } from "@/lib/graph/model";

const PAGE = 200;

function nodeName(v: Record<string, Json>): string {
  const p = (v.properties ?? {}) as Record<string, Json>;
  for (const k of ["name", "name_zh", "title", "id"]) if (typeof p[k] === "string" && p[k]) return p[k] as string;
  return String(v.id ?? "node");
}

/** Plain text of a cell (also used for the title tooltip and copying). */
export function cellText(v: Json): string {
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(cellText).join(", ")}]`;
  const kind = kindOf(v);
  switch (kind) {
    case "node":
      return `(${nodeName(v)}:${String(v.type)})`;
    case "relationship":
      return `—${String(v.type)}→`;
    case "path": {
      const segs = (v.segments ?? []) as Record<string, Json>[];
      if (!segs.length) return "(empty path)";
      const first = segs[0].start as Record<string, Json>;
      return [nodeName(first), ...segs.map((s) => `${cellText(s.relationship)} ${nodeName(s.end as Record<string, Json>)}`)].join(" ");
    }
    case "point":
      return `point(${["x", "y", "z"].filter((k) => k in v).map((k) => `${k}: ${String(v[k])}`).join(", ")})`;
    case "bytes":
      return `<${String(v.length)} bytes>`;
    case undefined:
      return `{${Object.entries(v).map(([k, x]) => `${k}: ${cellText(x)}`).join(", ")}}`;
    default:
      return String((v as Record<string, Json>).value);
  }
}

function Cell({ v }: { v: Json }) {
  const kind = kindOf(v);
  const text = cellText(v);
  if (v === null) return <span className="text-slate-400 italic">null</span>;
  if (kind === "node") {
    const o = v as Record<string, Json>;
    return (
      <span title={String(o.id)}>
        <span className="font-medium">{nodeName(o)}</span> <span className="rounded bg-slate-100 px-1 text-xs text-slate-600">{String(o.type)}</span>
      </span>
    );
  }
  if (kind && ["date", "datetime", "localdatetime", "time", "localtime", "duration"].includes(kind)) {
    return (
      <span className="font-mono text-xs" title={kind}>
        {text}
      </span>
    );
  }
  if (typeof v === "number" || kind === "integer" || kind === "float") return <span className="font-mono">{text}</span>;
  return <span className="break-words whitespace-pre-wrap">{text.length > 2000 ? `${text.slice(0, 2000)}…` : text}</span>;
}

export function ResultTable({ columns, rows }: { columns: string[]; rows: Json[][] }) {
  const [page, setPage] = useState(0);
  if (!columns.length) return <p className="p-3 text-sm text-slate-500">The query returned no columns.</p>;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <div className="flex h-full flex-col">
      <div className="flex-1 overflow-auto">
        <table className="min-w-full border-collapse text-sm" data-testid="result-table">
          <thead className="sticky top-0 bg-slate-100 text-left">
            <tr>
              <th className="w-10 border-b border-slate-200 px-2 py-1 text-xs font-normal text-slate-500">#</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-mono text-xs font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={page * PAGE + i} className="odd:bg-white even:bg-slate-50">
                <td className="border-b border-slate-100 px-2 py-1 align-top text-xs text-slate-400">{page * PAGE + i + 1}</td>
                {row.map((v, j) => (
                  <td key={j} className="max-w-md border-b border-slate-100 px-2 py-1 align-top">
                    <Cell v={v} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="p-3 text-sm text-slate-500">No rows.</p>}
      </div>
      {pages > 1 && (
        <nav className="flex items-center gap-2 border-t border-slate-200 p-2 text-xs" aria-label="Table pages">
          <button className="rounded border px-2 py-0.5 disabled:opacity-40" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span>
            Rows {page * PAGE + 1}–{Math.min(rows.length, (page + 1) * PAGE)} of {rows.length}
          </span>
          <button className="rounded border px-2 py-0.5 disabled:opacity-40" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
