"use client";
/** Camera, layout, history, language, link and help controls above the canvas. */
import type { CanvasApi } from "@/app/_components/graph/graph-canvas";
import type { LayoutStatus } from "@/app/_components/graph/layout-supervisor";
import { LANG_NAMES } from "@/lib/graph/style";
import { LANGS, type Lang } from "@/lib/url/view-state";

const b = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40";

export interface ToolbarProps {
  api: CanvasApi | null;
  layout: LayoutStatus;
  selected?: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  lang: Lang;
  onLang: (l: Lang) => void;
  onCopy: () => void;
  copied: string | null;
  onHelp: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const running = p.layout.state === "running";
  return (
    <div role="toolbar" aria-label="Canvas controls" className="flex flex-wrap items-center gap-1.5">
      <button className={b} onClick={() => p.api?.zoomIn()} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button className={b} onClick={() => p.api?.zoomOut()} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button className={b} onClick={() => p.api?.fit()} title="Fit (0)">
        Fit
      </button>
      <button className={b} disabled={!p.selected} onClick={() => p.selected && p.api?.centerOn(p.selected)} title="Centre on the selection (c)">
        Centre
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button
        className={b}
        disabled={p.layout.state !== "running" && p.layout.state !== "paused"}
        onClick={() => (running ? p.api?.stopLayout() : p.api?.resumeLayout())}
        title="Stop or resume the layout (Space)"
      >
        {running ? "Stop layout" : "Resume layout"}
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button className={b} disabled={!p.canUndo} onClick={p.onUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button className={b} disabled={!p.canRedo} onClick={p.onRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <label className="flex items-center gap-1 text-sm">
        Labels
        <select className="rounded border border-slate-300 bg-white px-1 py-1 text-sm" value={p.lang} onChange={(e) => p.onLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button className={b} onClick={p.onCopy}>
        Copy link
      </button>
      <span role="status" className="text-xs text-emerald-700">
        {p.copied}
      </span>
      <button className={`${b} ml-auto`} onClick={p.onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
}
