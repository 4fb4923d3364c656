"use client";
/**
 * "How is A connected to B?": the two ends (search boxes, or "path from / to here" on a node), the options, and
 * the answer as a step list under the canvas's highlighted path; "connect these" for a set of entities.
 */
import { useTranslations } from "next-intl";
import { SearchBox } from "@/app/_components/search-box";
import {
  DEFAULT_PATH_OPTIONS,
  describePathOptions,
  PATH_LIMITS,
  pathSteps,
  type PathOptions,
  type PathStep,
} from "@/lib/graph/paths";
import { useSay } from "@/lib/i18n/use-say";
import { useVocabulary } from "@/lib/i18n/vocabulary";
import type { Explorer } from "./use-explorer";

const b = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40";

function Steps({ steps, ex }: { steps: PathStep[]; ex: Explorer }) {
  const t = useTranslations("explore.path");
  const { relType } = useVocabulary();
  return (
    <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5 text-sm" aria-label={t("steps")}>
      {steps.map((s) => (
        <li key={`${s.via?.edge ?? ""}${s.node}`} className="flex items-center gap-1">
          {s.via && (
            <button
              className="font-mono text-xs text-slate-500 hover:text-indigo-700"
              onClick={() => ex.dispatch({ type: "select", id: s.via!.edge })}
              title={s.via.type}
            >
              {s.via.forward ? `—${relType(s.via.type)}→` : `←${relType(s.via.type)}—`}
            </button>
          )}
          <button
            className="font-medium text-indigo-700 hover:underline"
            onClick={() => ex.dispatch({ type: "focus", id: s.node })}
          >
            {ex.name(s.node)}
          </button>
        </li>
      ))}
    </ol>
  );
}

export function PathPanel({ ex }: { ex: Explorer }) {
  const { state, data, ui, dispatch, graph } = ex;
  const t = useTranslations("explore.path");
  const say = useSay();
  const { relFilter } = useVocabulary();
  const path = state.path;
  const o: PathOptions = path?.options ?? DEFAULT_PATH_OPTIONS;
  const set = (patch: Partial<PathOptions>) => dispatch({ type: "pathOptions", options: { ...o, ...patch } });
  const types = [...new Set([...graph.mapEdges((_e, a) => a.type), ...o.ignore])].sort();
  const from = ui.draft.from ?? path?.ids[0];
  const to = ui.draft.to ?? (path?.ids.length === 2 ? path.ids[1] : undefined);
  const edgeInfo = (e: string) =>
    graph.hasEdge(e) ? { type: graph.getEdgeAttribute(e, "type"), source: graph.source(e) } : undefined;
  const answer = data.paths && path && data.builtFor !== null ? data.paths : undefined;
  return (
    <section
      aria-label={t("label")}
      data-testid="path-panel"
      className="flex flex-col gap-2 rounded border border-orange-200 bg-orange-50/40 p-3"
    >
      <div className="flex flex-wrap items-end gap-3">
        <h2 className="text-sm font-semibold">{t("heading")}</h2>
        <label className="flex min-w-56 flex-1 flex-col text-xs text-slate-600">
          {from ? t("fromNamed", { name: ex.name(from) }) : t("from")}
          <SearchBox
            compact
            label={t("fromSearch")}
            placeholder={t("fromPlaceholder")}
            onPick={(h) => dispatch({ type: "pathEnd", end: "from", id: h.id })}
          />
        </label>
        <label className="flex min-w-56 flex-1 flex-col text-xs text-slate-600">
          {to ? t("toNamed", { name: ex.name(to) }) : t("to")}
          <SearchBox
            compact
            label={t("toSearch")}
            placeholder={t("toPlaceholder")}
            onPick={(h) => dispatch({ type: "pathEnd", end: "to", id: h.id })}
          />
        </label>
        <button
          className={b}
          onClick={() => {
            dispatch({ type: "clearPath" });
            dispatch({ type: "draftClear" });
          }}
        >
          {t("clear")}
        </button>
        <button
          className={b}
          onClick={() => dispatch({ type: "pathPanel", open: false })}
          aria-label={t("close")}
        >
          ×
        </button>
      </div>
      <fieldset className="flex flex-wrap items-center gap-3 text-xs" disabled={!path}>
        <legend className="sr-only">{t("options")}</legend>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={o.all} onChange={(e) => set({ all: e.target.checked })} />{" "}
          {t("all", { max: PATH_LIMITS.pathsPerPair })}
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={o.directed} onChange={(e) => set({ directed: e.target.checked })} />{" "}
          {t("directed")}
        </label>
        <label
          className="flex items-center gap-1"
          title={t("conceptsTitle")}
        >
          <input type="checkbox" checked={o.concepts} onChange={(e) => set({ concepts: e.target.checked })} />{" "}
          {t("concepts")}
        </label>
        <label className="flex items-center gap-1">
          {t("upTo")}
          <select
            className="rounded border border-slate-300 bg-white px-1"
            value={o.maxHops}
            onChange={(e) => set({ maxHops: Number(e.target.value) })}
          >
            {Array.from({ length: PATH_LIMITS.maxHops }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {t("hops")}
        </label>
        <details className="relative">
          <summary className="cursor-pointer">{o.ignore.length ? t("ignoreCount", { count: o.ignore.length }) : t("ignore")}</summary>
          <div className="absolute z-20 mt-1 max-h-64 w-64 overflow-auto rounded border border-slate-200 bg-white p-2 shadow">
            {types.map((type) => (
              <label key={type} className="flex items-center gap-1" title={type}>
                <input
                  type="checkbox"
                  checked={o.ignore.includes(type)}
                  onChange={(e) =>
                    set({ ignore: e.target.checked ? [...o.ignore, type] : o.ignore.filter((x) => x !== type) })
                  }
                />
                {relFilter(type)}
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      {ui.draft.connect.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="connect-set">
          <span className="text-slate-600">{t("connectSet")}</span>
          {ui.draft.connect.map((id) => (
            <button
              key={id}
              className={b}
              onClick={() => dispatch({ type: "connectToggle", id })}
              aria-label={t("takeOut", { name: ex.name(id) })}
            >
              {ex.name(id)} ×
            </button>
          ))}
          <button
            className={`${b} border-orange-400`}
            disabled={ui.draft.connect.length < 2}
            onClick={() => dispatch({ type: "path", ids: ui.draft.connect })}
          >
            {t("connect", { count: ui.draft.connect.length })}
          </button>
        </div>
      )}
      {answer && (
        <div className="flex flex-col gap-1" data-testid="path-result">
          {answer.pairs.map((pair) => (
            <div key={`${pair.from}>${pair.to}`}>
              {answer.pairs.length > 1 && (
                <p className="text-xs text-slate-600">
                  {t("pair", { from: ex.name(pair.from), to: ex.name(pair.to) })}
                </p>
              )}
              {pair.paths.length === 0 ? (
                <p role="status" className="text-sm text-slate-700">
                  {t("none", { from: ex.name(pair.from), to: ex.name(pair.to), options: say(describePathOptions(answer.options)) })}
                </p>
              ) : (
                pair.paths.map((p) => <Steps key={p.edges.join()} steps={pathSteps(p, edgeInfo)} ex={ex} />)
              )}
            </div>
          ))}
          {answer.pairs.some((p) => p.paths.length > 0) && (
            <p className="text-xs text-slate-500">
              {answer.pairs.every((p) => p.paths.length)
                ? t("summaryShortest", {
                    hops: Math.min(...answer.pairs.map((p) => p.paths[0].edges.length)),
                    options: say(describePathOptions(answer.options)),
                  })
                : t("summary", { options: say(describePathOptions(answer.options)) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
