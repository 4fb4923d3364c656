"use client";
/**
 * Sizing, colouring and the legend that explains them. Communities are listed by size, each named by its most
 * central member, with one click to show it alone or hide it.
 */
import { useTranslations } from "next-intl";
import { colorableProperties, communityOf, type Legend } from "@/lib/explore/appearance";
import { SIZE_BY, type ColorBy, type SizeBy } from "@/lib/graph/model";
import { formatNumber } from "@/lib/i18n/format";
import { useSay } from "@/lib/i18n/use-say";
import type { Explorer } from "./use-explorer";
const b = "min-h-6 rounded border border-slate-300 bg-white px-1.5 text-[11px] hover:bg-slate-100 aria-pressed:bg-indigo-100";
const select = "w-full rounded border border-slate-300 bg-white px-1 py-0.5 text-sm";

export function AnalysisPanel({ ex }: { ex: Explorer }) {
  const { state, dispatch, analysis, graph, locale } = ex;
  const t = useTranslations("explore.analysis");
  const say = useSay();
  const SIZE_NAMES: Record<SizeBy, string> = { degree: t("sizeDegree"), pagerank: t("sizePagerank"), betweenness: t("sizeBetweenness") };  const legend: Legend = ex.appearance.legend;
  const props = colorableProperties(graph);
  const status = analysis.status;
  // Clicking a node of a cluster offers that cluster: the selected node's community, one click to focus it.
  const mine = legend.communities ? communityOf(analysis.analysis, state.selected) : undefined;
  return (
    <section aria-label={t("label")} className="flex flex-col gap-2 text-sm" data-testid="analysis-legend">
      <h2 className="font-semibold">{t("heading")}</h2>
      <label className="flex flex-col gap-0.5 text-xs text-slate-600">
        {t("sizeBy")}
        <select
          className={select}
          value={state.sizeBy}
          onChange={(e) => dispatch({ type: "sizeBy", by: e.target.value as SizeBy })}
        >
          {SIZE_BY.map((s) => (
            <option key={s} value={s}>
              {SIZE_NAMES[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 text-xs text-slate-600">
        {t("colourBy")}
        <select
          className={select}
          value={ex.appearance.colorBy}
          onChange={(e) => dispatch({ type: "colorBy", by: e.target.value as ColorBy })}
        >
          <option value="type">{t("colourType")}</option>
          <option value="community">{t("colourCommunity")}</option>
          {props.map((p) => (
            <option key={p} value={`prop:${p}`}>
              {t("colourProperty", { name: p })}
            </option>
          ))}
        </select>
      </label>
      {status.state === "running" && (
        <p role="status" className="flex items-center gap-2 text-xs text-slate-600">
          {t("computing", { stage: status.stage ?? "", percent: Math.round(status.progress * 100) })}
          <button className={b} onClick={analysis.cancel}>
            {t("cancel")}
          </button>
        </p>
      )}
      {status.state === "cancelled" && (
        <p className="text-xs text-slate-600">{t("cancelled")}</p>
      )}
      <p className="text-xs text-slate-700" data-testid="legend-size">
        {say(legend.size)}
      </p>
      <p className="text-xs text-slate-700" data-testid="legend-color">
        {say(legend.color)}
      </p>
      {legend.communities && (state.focus || state.hiddenCommunities.length > 0) && (
        <button className={`${b} self-start`} onClick={() => dispatch({ type: "showAllCommunities" })}>
          {t("showAll")}
        </button>
      )}
      {mine && state.focus !== mine.name && (
        <p className="flex items-center gap-1.5 text-xs" data-testid="selected-community">
          <span className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: mine.color }} aria-hidden />
          <span className="flex-1">
            {t("selectedIn", { name: ex.name(state.selected!), member: ex.name(mine.name), size: mine.size })}
          </span>
          <button className={b} onClick={() => dispatch({ type: "focusCommunity", member: mine.name })}>
            {t("focusIt")}
          </button>
        </p>
      )}
      <ul className="flex flex-col gap-0.5" aria-label={t("legend")}>
        {legend.entries.map((e) => (
          <li key={`${e.member ?? ""}${e.type ?? ""}${e.other ? "…" : ""}${e.label}`} className="flex items-center gap-1.5 text-xs" data-member={e.member}>
            <span
              className="inline-block h-2.5 w-2.5 shrink-0 rounded-full"
              style={{ background: e.color }}
              aria-hidden
            />
            <span className="min-w-0 flex-1 truncate" title={ex.legendLabel(e)}>
              {ex.legendLabel(e)}
            </span>
            <span className="text-slate-500">{formatNumber(e.count, locale)}</span>
            {e.member && (
              <>
                <button
                  className={b}
                  aria-pressed={state.focus === e.member}
                  aria-label={t("focusLabel", { name: e.label })}
                  onClick={() =>
                    dispatch({ type: "focusCommunity", member: state.focus === e.member ? undefined : e.member })
                  }
                >
                  {t("focus")}
                </button>
                <button
                  className={b}
                  aria-pressed={state.hiddenCommunities.includes(e.member)}
                  aria-label={t("hideLabel", { name: e.label })}
                  onClick={() => dispatch({ type: "toggleCommunity", member: e.member! })}
                >
                  {t("hide")}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
