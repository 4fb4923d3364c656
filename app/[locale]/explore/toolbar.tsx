"use client";
/** Camera, layout, history, language, link and help controls above the canvas. */
import { LANGS, type Lang } from "@/lib/graph/model";
import type { Scope } from "@/lib/graph/filters";
import { LANG_NAMES } from "@/lib/graph/style";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { Explorer } from "./use-explorer";
import { useGraphMode } from "@/lib/client/graph-mode";

/** Loaded on first use of the page, not with it (first-load JavaScript). */
const b = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40";

/** Loaded on first use of the page, not with it (first-load JavaScript); its button's place kept until then. */
const ExportMenu = dynamic(() => import("@/app/_components/export-menu").then((m) => m.ExportMenu), {
  ssr: false,
  loading: ExportPlaceholder,
});

function ExportPlaceholder() {
  const t = useTranslations("export");
  return (
    <span className={b} aria-hidden>
      {t("menu.export")}
    </span>
  );
}

export function Toolbar({ ex }: { ex: Explorer }) {
  const { dispatch, layout, state } = ex;
  const t = useTranslations("explore.toolbar");
  const graphMode = useGraphMode();
  const running = layout.state === "running";
  const canvas = (op: "zoomIn" | "zoomOut" | "fit" | "toggleLayout") => () => dispatch({ type: "canvas", op });
  return (
    <div role="toolbar" aria-label={t("label")} className="flex flex-wrap items-center gap-1.5">
      <button className={b} onClick={canvas("zoomIn")} aria-label={t("zoomIn")} title={t("zoomInTitle")}>
        +
      </button>
      <button className={b} onClick={canvas("zoomOut")} aria-label={t("zoomOut")} title={t("zoomOutTitle")}>
        −
      </button>
      <button className={b} onClick={canvas("fit")} title={t("fitTitle")}>
        {t("fit")}
      </button>
      <button
        className={b}
        disabled={!state.selected}
        onClick={() => state.selected && dispatch({ type: "center", id: state.selected })}
        title={t("centreTitle")}
      >
        {t("centre")}
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button
        className={b}
        disabled={layout.state !== "running" && layout.state !== "paused"}
        onClick={canvas("toggleLayout")}
        title={t("layoutTitle")}
      >
        {running ? t("stopLayout") : t("resumeLayout")}
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <button className={b} disabled={!ex.canUndo} onClick={() => dispatch({ type: "undo" })} title={t("undoTitle")}>
        {t("undo")}
      </button>
      <button className={b} disabled={!ex.canRedo} onClick={() => dispatch({ type: "redo" })} title={t("redoTitle")}>
        {t("redo")}
      </button>
      <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden />
      <label className="flex items-center gap-1 text-sm">
        {t("labels")}
        <select
          className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
          value={state.lang}
          onChange={(e) => dispatch({ type: "lang", lang: e.target.value as Lang })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === "ja" ? t("langDeck") : LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        className={b}
        aria-pressed={ex.ui.draft.open || !!state.path}
        onClick={() => dispatch({ type: "pathPanel", open: !ex.ui.draft.open })}
        title={t("pathTitle")}
      >
        {t("path")}
      </button>
      {graphMode === "ours" && (
        <label className="flex items-center gap-1 text-sm" title={t("dataTitle")}>
          {t("data")}
          <select
            className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
            value={state.scope}
            onChange={(e) => dispatch({ type: "scope", scope: e.target.value as Scope })}
          >
            <option value="all">{t("scopeAll")}</option>
            <option value="deck">{t("scopeDeck")}</option>
          </select>
        </label>
      )}
      <button className={b} onClick={() => dispatch({ type: "copyLink" })}>
        {t("copyLink")}
      </button>
      <button className={b} onClick={() => dispatch({ type: "copyLink", embed: true })} title={t("embedTitle")}>
        {t("embed")}
      </button>
      <ExportMenu title={ex.title} build={ex.exportGraph} picture={ex.picture} />
      <span role="status" className="text-xs text-emerald-700">
        {ex.ui.copied}
      </span>
      <button
        className={`${b} ml-auto`}
        onClick={() => dispatch({ type: "help", open: true })}
        aria-label={t("help")}
        title={t("helpTitle")}
      >
        ?
      </button>
    </div>
  );
}
