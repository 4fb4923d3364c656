"use client";
/** The keyboard shortcuts (`?`). */
import { useEffect, useRef } from "react";

export const SHORTCUTS: [string, string][] = [
  ["?", "Show or hide this help"],
  ["+ / −", "Zoom in / out"],
  ["0", "Fit the graph in view"],
  ["c", "Centre on the selection"],
  ["e", "Expand the selected node"],
  ["x", "Collapse what the selected node's expansions added"],
  ["Delete", "Remove the selected node"],
  ["Esc", "Clear the selection / close"],
  ["Space", "Stop or resume the layout"],
  ["l", "Next label language (English, 中文, 日本語)"],
  ["p", "Path from the selected node"],
  ["Shift+P", "Path to the selected node"],
  ["Shift+click", "Add a node to the set to connect (or take it out)"],
  ["Right-click", "A node's menu: expand, paths, connect, centre, remove"],
  ["Ctrl+Z / Ctrl+Shift+Z", "Undo / redo an exploration step (as Back / Forward)"],
  ["Double-click", "Expand a node (a busy node offers its relationship types)"],
  ["Drag", "Move and pin a node"],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40" onClick={onClose}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        className="w-full max-w-md rounded-lg bg-white p-5 shadow-xl outline-none"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === "Escape" && onClose()}
      >
        <h2 id="help-title" className="mb-3 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <table className="w-full text-sm">
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k}>
                <td className="py-1 pr-4">
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{k}</kbd>
                </td>
                <td className="py-1">{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button className="mt-4 rounded bg-slate-800 px-3 py-1 text-sm text-white" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
