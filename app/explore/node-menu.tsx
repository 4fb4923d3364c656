"use client";
/** A node's context menu (right-click on the canvas): expand, paths, connect, centre, remove. Esc or a click away closes it. */
import { useEffect, useRef } from "react";
import type { Explorer, ExplorerCommand } from "./use-explorer";

export function NodeMenu({ ex }: { ex: Explorer }) {
  const at = ex.ui.menu;
  const ref = useRef<HTMLDivElement>(null);
  const { dispatch } = ex;
  useEffect(() => {
    if (!at) return;
    ref.current?.querySelector("button")?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !ref.current?.contains(e.target as Node)) dispatch({ type: "menu" });
    };
    window.addEventListener("keydown", close);
    window.addEventListener("pointerdown", close);
    return () => {
      window.removeEventListener("keydown", close);
      window.removeEventListener("pointerdown", close);
    };
  }, [at, dispatch]);
  if (!at || !ex.graph.hasNode(at.id)) return null;
  const id = at.id;
  const items: [string, ExplorerCommand][] = [
    ["Expand", { type: "requestExpand", id }],
    ["Path from here", { type: "pathEnd", end: "from", id }],
    ["Path to here", { type: "pathEnd", end: "to", id }],
    [ex.ui.draft.connect.includes(id) ? "Take out of the set to connect" : "Add to connect", { type: "connectToggle", id }],
    ["Centre", { type: "center", id }],
    ["Remove", { type: "remove", id }],
  ];
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={`Actions for ${ex.name(id)}`}
      className="absolute z-30 flex min-w-44 flex-col rounded border border-slate-200 bg-white py-1 text-sm shadow-lg"
      style={{ left: at.x, top: at.y }}
    >
      <p className="truncate px-3 py-1 text-xs font-semibold text-slate-600">{ex.name(id)}</p>
      {items.map(([label, command]) => (
        <button
          key={label}
          role="menuitem"
          className="px-3 py-1 text-left hover:bg-indigo-50 focus:bg-indigo-50 focus:outline-none"
          onClick={() => {
            dispatch({ type: "menu" });
            if (command.type !== "requestExpand" && command.type !== "center" && command.type !== "remove") dispatch({ type: "select", id });
            dispatch(command);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
