"use client";
/** Examples for this ecosystem (one click runs them) and the user's own history (kept in this browser). */
import type { ConsoleExample } from "@/lib/cypher/examples";
import type { HistoryEntry } from "./use-history";

export interface SidePanelProps {
  examples: readonly ConsoleExample[];
  history: HistoryEntry[];
  onPick: (query: string, params?: string) => void;
  onClear: () => void;
}

function firstLine(q: string): string {
  const line = q.trim().split("\n").join(" ");
  return line.length > 90 ? `${line.slice(0, 90)}…` : line;
}

export function SidePanel({ examples, history, onPick, onClear }: SidePanelProps) {
  return (
    <aside className="flex min-w-0 flex-col gap-4" aria-label="Examples and history">
      <section className="rounded border border-slate-200 bg-white p-3">
        <h2 className="mb-2 text-sm font-semibold">Examples</h2>
        <ul className="flex flex-col gap-1" data-testid="examples">
          {examples.map((e) => (
            <li key={e.title}>
              <button
                className="w-full rounded px-2 py-1 text-left text-sm text-indigo-700 hover:bg-indigo-50"
                title={e.query}
                onClick={() => onPick(e.query, e.params ?? "{}")}
              >
                {e.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded border border-slate-200 bg-white p-3">
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-sm font-semibold">Your history</h2>
          {history.length > 0 && (
            <button className="text-xs text-slate-500 hover:text-slate-900" onClick={onClear}>
              Clear
            </button>
          )}
        </div>
        {history.length === 0 ? (
          <p className="text-xs text-slate-500">Queries you run are kept here, in this browser only.</p>
        ) : (
          <ol className="flex max-h-96 flex-col gap-1 overflow-auto" data-testid="history">
            {history.map((h) => (
              <li key={`${h.at}-${h.query}`}>
                <button
                  className="w-full rounded px-2 py-1 text-left font-mono text-xs hover:bg-slate-100"
                  title={`${h.query}\n\nParameters: ${h.params}\n${new Date(h.at).toLocaleString()}`}
                  onClick={() => onPick(h.query, h.params)}
                >
                  {firstLine(h.query)}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
