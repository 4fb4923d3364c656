"use client";
/** A node's context menu (right-click on the canvas): expand, paths, connect, centre, remove. Esc or a click away closes it. */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Explorer, ExplorerCommand } from "./use-explorer";

export function NodeMenu({ ex }: { ex: Explorer }) {
  const at = ex.ui.menu;
  const ref = useRef<HTMLDivElement>(null);
  const { dispatch } = ex;
  const t = useTranslations("explore.menu");
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
    [t("expand"), { type: "requestExpand", id }],
    [t("pathFrom"), { type: "pathEnd", end: "from", id }],
    [t("pathTo"), { type: "pathEnd", end: "to", id }],
    [ex.ui.draft.connect.includes(id) ? t("takeOut") : t("add"), { type: "connectToggle", id }],
    [t("centre"), { type: "center", id }],
    [t("remove"), { type: "remove", id }],
  ];
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t("label", { name: ex.name(id) })}
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
