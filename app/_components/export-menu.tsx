"use client";
/**
 * "Export" for the explorer and the console: GEXF, GraphML, CSV (nodes, relationships), JSON — each file carries
 * the provenance (title, link, data set, sources). The export code (lib/graph/export.ts) loads on first use.
 */
import { useState } from "react";
import type { ExportGraph } from "@/lib/graph/export";

export type ExportFormat = "gexf" | "graphml" | "nodes.csv" | "relationships.csv" | "json";

const FORMATS: [ExportFormat, string, string][] = [
  ["gexf", "GEXF (Gephi, Gephi Lite)", "application/gexf+xml"],
  ["graphml", "GraphML", "application/graphml+xml"],
  ["nodes.csv", "CSV — nodes", "text/csv;charset=utf-8"],
  ["relationships.csv", "CSV — relationships", "text/csv;charset=utf-8"],
  ["json", "JSON (graphology)", "application/json"],
];

/** Saves `text` as a file (an object URL and a click; nothing leaves the browser). */
export function download(name: string, text: string | Blob, type: string): void {
  const blob = typeof text === "string" ? new Blob([text], { type }) : text;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({ title, build, className = "" }: { title: string; build: () => Promise<ExportGraph>; className?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (format: ExportFormat, type: string) => {
    setBusy(`Preparing ${format}…`);
    try {
      const m = await import("@/lib/graph/export");
      const g = await build();
      const text =
        format === "gexf" ? m.toGexf(g) : format === "graphml" ? m.toGraphml(g) : format === "nodes.csv" ? m.nodesCsv(g) : format === "relationships.csv" ? m.relationshipsCsv(g) : m.toJson(g);
      download(`${m.fileStem(title)}.${format}`, text, type);
      setBusy(null);
    } catch (e) {
      setBusy(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <details className={`relative ${className}`} data-testid="export-menu">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100">Export…</summary>
      <div role="menu" aria-label="Export formats" className="absolute right-0 z-30 mt-1 flex w-56 flex-col rounded border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {FORMATS.map(([f, label, type]) => (
          <button key={f} role="menuitem" className="px-3 py-1 text-left hover:bg-indigo-50" onClick={() => void run(f, type)}>
            {label}
          </button>
        ))}
        {busy && (
          <p role="status" className="px-3 py-1 text-xs text-slate-600">
            {busy}
          </p>
        )}
      </div>
    </details>
  );
}
