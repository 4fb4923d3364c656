"use client";
/** Camera, layout, history, language, link and help controls above the canvas. */
import { LANGS, type Lang } from "@/lib/graph/model";
import type { Scope } from "@/lib/graph/filters";
import { LANG_NAMES } from "@/lib/graph/style";
import dynamic from "next/dynamic";
import type { Explorer } from "./use-explorer";

/** Loaded on first use of the page, not with it (first-load JavaScript). */
const ExportMenu = dynamic(() => import("@/app/_components/export-menu").then((m) => m.ExportMenu), { ssr: false });

const b = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40";

export function Toolbar({ ex }: { ex: Explorer }) {
  const { dispatch, layout, state } = ex;
  const running = layout.state === "running";
  const canvas = (op: "zoomIn" | "zoomOut" | "fit" | "toggleLayout") => () => dispatch({ type: "canvas", op });
  return (
    <div role="toolbar" aria-label="Canvas controls" className="flex flex-wrap items-center gap-1.5">
      <button className={b} onClick={canvas("zoomIn")} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button className={b} onClick={canvas("zoomOut")} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button className={b} onClick={canvas("fit")} title="Fit (0)">
        Fit
      </button>
      <button
        className={b}
        disabled={!state.selected}
        onClick={() => state.selected && dispatch({ type: "center", id: state.selected })}
        title="Centre on the selection (c)"
      >
        Centre
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button
        className={b}
        disabled={layout.state !== "running" && layout.state !== "paused"}
        onClick={canvas("toggleLayout")}
        title="Stop or resume the layout (Space)"
      >
        {running ? "Stop layout" : "Resume layout"}
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button className={b} disabled={!ex.canUndo} onClick={() => dispatch({ type: "undo" })} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button
        className={b}
        disabled={!ex.canRedo}
        onClick={() => dispatch({ type: "redo" })}
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <label className="flex items-center gap-1 text-sm">
        Labels
        <select
          className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
          value={state.lang}
          onChange={(e) => dispatch({ type: "lang", lang: e.target.value as Lang })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        className={b}
        aria-pressed={ex.ui.draft.open || !!state.path}
        onClick={() => dispatch({ type: "pathPanel", open: !ex.ui.draft.open })}
        title="How are two entities connected? (p / Shift+P on a node)"
      >
        Path…
      </button>
      <label className="flex items-center gap-1 text-sm" title="The deck is the July 2023 briefing; since 2023 is a separate set from public sources">
        Data
        <select
          className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
          value={state.scope}
          onChange={(e) => dispatch({ type: "scope", scope: e.target.value as Scope })}
        >
          <option value="all">the deck + since 2023</option>
          <option value="deck">the deck (July 2023)</option>
        </select>
      </label>
      <button className={b} onClick={() => dispatch({ type: "copyLink" })}>
        Copy link
      </button>
      <button className={b} onClick={() => dispatch({ type: "copyLink", embed: true })} title="Copy an <iframe> that embeds this view in a web page">
        Embed
      </button>
      <ExportMenu title={ex.title} build={ex.exportGraph} picture={ex.picture} />
      <span role="status" className="text-xs text-emerald-700">
        {ex.ui.copied}
      </span>
      <button
        className={`${b} ml-auto`}
        onClick={() => dispatch({ type: "help", open: true })}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </div>
  );
}
