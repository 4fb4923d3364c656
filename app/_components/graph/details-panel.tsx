"use client";
/**
 * Details of the selected node or relationship: every property, all names, its sources, and its relationships
 * grouped by type. Reusable: give it the data graph, the selection and where its actions go; `readOnly` leaves
 * the exploring buttons out (as the Cypher console wants: there, following a link only selects).
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { groupCounts, incidentByType, type DataGraph, type RelationshipGroup } from "@/lib/graph/data-graph";
import { allNames, nameIn, nodeColor } from "@/lib/graph/style";
import { ApiError, nodeDetails } from "@/lib/client/api";
import { consoleHref } from "@/lib/cypher/console-url";
import { BUSY } from "@/lib/explore/limits";
import type { Json, Lang } from "@/lib/graph/model";
import { UNVERIFIED_MARK } from "@/graph-seed/citation";
import { setLabel } from "@/lib/graph/filters";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useSay } from "@/lib/i18n/use-say";
import { useVocabulary } from "@/lib/i18n/vocabulary";

/** What the panel's buttons and links ask for (a subset of the explorer's commands). */
export type DetailsAction =
  | { type: "focus" | "center" | "remove"; id: string }
  | { type: "expand" | "collapse"; id: string; relType?: string }
  /** "Path from here" / "path to here" (lib/explore/ui-state.ts). */
  | { type: "pathEnd"; end: "from" | "to"; id: string }
  /** Add to (or take out of) the entities to connect. */
  | { type: "connectToggle"; id: string };

export interface DetailsPanelProps {
  graph: DataGraph;
  /** Changes when the graph does (re-renders the lists). */
  version?: number;
  selected?: string;
  lang: Lang;
  onAction: (a: DetailsAction) => void;
  /** No expand, collapse, centre or remove buttons. */
  readOnly?: boolean;
  /** True when that expansion is one of the steps (so it can be collapsed). */
  isExpanded?: (id: string, relType?: string) => boolean;
  /** Ask the API for the node's relationship counts by type (for expansion by group). Default true. */
  fetchCounts?: boolean;
  /** The entities set aside to connect (their button reads "Connected ✓"). */
  connecting?: readonly string[];
}

// Shown in their own sections, or loader bookkeeping (seed_set) rather than facts.
const SHOWN_ELSEWHERE = new Set(["label", "type", "name", "name_zh", "name_ja", "aliases", "sources", "description", "seed_set", "basis", "basis_note"]);
const btn = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40";

/** Properties holding a (partial) date: said in the page's language (lib/i18n/format.ts). */
const isDateKey = (k: string) => k === "date" || k === "as_of" || k === "published" || k.endsWith("_date");

function fmt(v: Json, locale: Locale, date = false): string {
  if (Array.isArray(v)) return v.map((x) => fmt(x, locale, date)).join(", ");
  if (typeof v === "number") return formatNumber(v, locale);
  if (typeof v === "string" && date) return formatDate(v, locale);
  if (v && typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function Props({ attrs, extra }: { attrs: Record<string, Json>; extra?: [string, string][] }) {
  const locale = useLocale() as Locale;
  const rows = [
    ...(extra ?? []),
    ...Object.entries(attrs)
      .filter(([k]) => !SHOWN_ELSEWHERE.has(k))
      .map(([k, v]) => [k, fmt(v, locale, isDateKey(k))] as [string, string]),
  ];
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[minmax(0,40%)_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="break-words text-slate-500">{k.replace(/_/g, "_\u200b")}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const URL_AT_END = /\s(https?:\/\/\S+)$/;
const PUBLIC_KNOWLEDGE = "Public knowledge:";
const AS_OF = /\s\[as of (\d{4}(?:-\d{2}){0,2})\]/;
const SLIDE = /\s— slide “([^”]*)”/;
/** A date closing the "(author, publisher, date)" or "(date)" part. */
const CITED_DATE = /(\(|, )(\d{4}(?:-\d{2}){0,2})\)/g;

/**
 * A stored citation's own words (graph-seed/schema.ts renderCitation writes them in English) in the page's
 * language, its dates formatted; the titles, authors and sections are the sources' own.
 */
function useCitationText(): (body: string) => string {
  const t = useTranslations("panels");
  const locale = useLocale() as Locale;
  return (body) => {
    let s = body;
    let lead = "";
    if (s.startsWith(PUBLIC_KNOWLEDGE)) {
      lead = `${t("details.citation.publicKnowledge")} `;
      s = s.slice(PUBLIC_KNOWLEDGE.length).trimStart();
    }
    s = s
      .replace(AS_OF, (_m, d: string) => ` ${t("details.citation.asOf", { date: formatDate(d, locale) })}`)
      .replace(SLIDE, (_m, title: string) => ` ${t("details.citation.slide", { title })}`)
      .replace(CITED_DATE, (_m, before: string, d: string) => `${before}${formatDate(d, locale)})`);
    return lead + s;
  };
}

/** A citation as the loader stores it (graph-seed/schema.ts renderCitation): the page it names is a link. */
function Citation({ text }: { text: string }) {
  const t = useTranslations("panels");
  const say = useCitationText();
  const unverified = text.includes(UNVERIFIED_MARK);
  const shown = text.replace(UNVERIFIED_MARK, "").trim();
  const m = URL_AT_END.exec(shown);
  const body = say(m ? shown.slice(0, m.index) : shown);
  return (
    <li>
      {m ? (
        <a href={m[1]} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline decoration-indigo-300 hover:decoration-indigo-700">
          {body}
        </a>
      ) : (
        body
      )}
      {unverified && (
        <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900" title={t("details.unverifiedTitle")}>
          {t("details.unverified")}
        </span>
      )}
    </li>
  );
}

/** Which seed set the fact comes from (the deck, or what came after it). */
function FromSet({ attrs }: { attrs: Record<string, Json> }) {
  const t = useTranslations("panels");
  const say = useSay();
  const label = setLabel(attrs.seed_set, say);
  return label ? (
    <p className="text-xs text-slate-600" data-testid="details-set">
      {t("details.fromSet", { set: label })}
    </p>
  ) : null;
}

function Sources({ sources }: { sources: Json | undefined }) {
  const t = useTranslations("panels");
  const list = Array.isArray(sources) ? sources.map(String) : [];
  if (!list.length) return null;
  return (
    <section>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("details.sources")}</h3>
      <ol className="list-decimal space-y-1 pl-5 text-xs text-slate-700" data-testid="sources">
        {list.map((s) => (
          <Citation key={s} text={s} />
        ))}
      </ol>
    </section>
  );
}

/** Says when the deck implies a relationship without stating it (`basis: "inferred"`). */
function Basis({ attrs }: { attrs: Record<string, Json> }) {
  const t = useTranslations("panels");
  if (attrs.basis !== "inferred") return null;
  return (
    <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="inferred">
      {typeof attrs.basis_note === "string" ? t("details.inferredNote", { note: attrs.basis_note }) : t("details.inferred")}
    </p>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { graph, selected, lang } = props;
  const t = useTranslations("panels");
  const vocabulary = useVocabulary();
  if (!selected) return <p className="text-sm text-slate-500">{t("details.empty")}</p>;
  if (graph.hasNode(selected))
    return graph.getNodeAttributes(selected).schema === true ? <SchemaLabelView {...props} id={selected} /> : <NodeDetailsView {...props} id={selected} />;
  if (graph.hasEdge(selected)) {
    const a = graph.getEdgeAttributes(selected);
    const [from, to] = graph.extremities(selected);
    const end = (id: string) => (
      <button className="font-medium text-indigo-700 hover:underline" data-i18n-data onClick={() => props.onAction({ type: "focus", id })}>
        {nameIn(graph.getNodeAttributes(id), lang)}
      </button>
    );
    return (
      <div className="flex flex-col gap-3" data-testid="details">
        <h2 className="text-lg font-semibold">{vocabulary.relType(a.type)}</h2>
        <p className="text-sm">
          {end(from)} <span className="font-mono text-xs text-slate-500">—{a.type}→</span> {end(to)}
        </p>
        <Basis attrs={a} />
        <Props attrs={a} extra={[["id", selected], ...(a.description ? [["description", String(a.description)] as [string, string]] : [])]} />
        <FromSet attrs={a} />
        <Sources sources={a.sources} />
      </div>
    );
  }
  return <p className="text-sm text-slate-500">{t("details.notOnCanvas")}</p>;
}

/** The Cypher that lists a label's nodes (the label quoted as Cypher quotes a name). */
const labelQuery = (label: string) => `MATCH (n:\`${label.replace(/`/g, "``")}\`) RETURN n LIMIT 25`;

/**
 * A node of the schema view (lib/views.ts schemaGraph) stands for a label, not for a node of the database: its
 * count, its properties, what names its nodes, and a way to its nodes (the console, whose result opens in the
 * explorer). No expansion or path: there is nothing in the database to expand.
 */
function SchemaLabelView({ graph, id }: DetailsPanelProps & { id: string }) {
  const t = useTranslations("panels");
  const locale = useLocale() as Locale;
  const a = graph.getNodeAttributes(id);
  const label = String(a.label ?? a.type);
  const props = Array.isArray(a.properties) ? a.properties.map(String) : [];
  const href = consoleHref(labelQuery(label), "", locale);
  return (
    <div className="flex flex-col gap-3" data-testid="details">
      <div>
        <span className="mr-2 inline-block h-3 w-3 rounded-full align-middle" style={{ background: nodeColor(a.type) }} aria-hidden />
        <h2 className="inline text-lg font-semibold" data-testid="details-name" data-i18n-data>
          {label}
        </h2>
      </div>
      {typeof a.count === "number" && <p className="text-sm">{t("details.schemaCount", { count: formatNumber(a.count, locale) })}</p>}
      <dl className="grid grid-cols-[minmax(0,40%)_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {typeof a.named_by === "string" && (
          <>
            <dt className="text-slate-500">{t("details.schemaNamedBy")}</dt>
            <dd className="font-mono text-xs break-words">{a.named_by}</dd>
          </>
        )}
        {typeof a.unique_key === "string" && (
          <>
            <dt className="text-slate-500">{t("details.schemaKey")}</dt>
            <dd className="font-mono text-xs break-words">{a.unique_key}</dd>
          </>
        )}
        {props.length > 0 && (
          <>
            <dt className="text-slate-500">{t("details.schemaProperties")}</dt>
            <dd className="font-mono text-xs break-words" data-i18n-data>
              {props.join(", ")}
            </dd>
          </>
        )}
      </dl>
      {href && (
        <a className="text-sm text-blue-700 underline hover:text-blue-900" href={href} data-testid="schema-label-query">
          {t("details.schemaQuery")}
        </a>
      )}
      <p className="text-xs text-slate-500">{t("details.schemaNote")}</p>
    </div>
  );
}

function NodeDetailsView(props: DetailsPanelProps & { id: string }) {
  const { graph, id, lang, fetchCounts = true, onAction } = props;
  const t = useTranslations("panels");
  const locale = useLocale() as Locale;
  const say = useSay();
  const vocabulary = useVocabulary();
  /**
   * A relationship type as this list names it: its Cypher name on an English page (as the links' `x=` and the
   * console write it), the vocabulary's word in the other languages (the Cypher name as its tooltip).
   */
  const typeName = (type: string) => (locale === "en" ? type : vocabulary.relType(type));
  const editable = !props.readOnly;
  const a = graph.getNodeAttributes(id);
  const [groups, setGroups] = useState<RelationshipGroup[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setGroups(null);
    setError(null);
    // Element ids (a database we did not design, or a console result) are looked up like our ids (issue 17).
    if (!fetchCounts) return;
    let live = true;
    nodeDetails(id)
      .then((d) => live && setGroups(groupCounts(d.relationshipCounts)))
      .catch((e: Error) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, fetchCounts]);
  const onCanvas = incidentByType(graph, id);
  const total = groups?.reduce((n, g) => n + g.count, 0);
  const busy = total !== undefined && total > BUSY;
  const types = [...new Set([...(groups ?? []).map((g) => g.type), ...onCanvas.keys()])];
  const count = (n: number) => formatNumber(n, locale);
  const anyExpanded = props.isExpanded?.(id) || types.some((t) => props.isExpanded?.(id, t));

  return (
    <div className="flex flex-col gap-3" data-testid="details">
      <div>
        <span className="mr-2 inline-block h-3 w-3 rounded-full align-middle" style={{ background: nodeColor(a.type) }} aria-hidden />
        <span className="text-xs text-slate-600">{vocabulary.nodeType(a.type)}</span>
        <h2 className="text-lg font-semibold" data-testid="details-name" data-i18n-data>
          {nameIn(a, lang)}
        </h2>
        <p className="text-sm text-slate-600" data-i18n-data>
          {allNames(a).filter((n) => n !== nameIn(a, lang)).join(" · ")}
        </p>
      </div>
      {typeof a.description === "string" && <p className="text-sm">{a.description}</p>}
      <div className="flex flex-wrap gap-1.5">
        {editable && (
          <>
            <button
              className={btn}
              disabled={busy || props.isExpanded?.(id)}
              onClick={() => onAction({ type: "expand", id })}
              title={busy ? t("details.busyTitle") : undefined}
            >
              {total !== undefined ? t("details.expandAllCount", { count: count(total) }) : t("details.expandAll")}
            </button>
            {anyExpanded && (
              <button className={btn} onClick={() => onAction({ type: "collapse", id })}>
                {t("details.collapse")}
              </button>
            )}
            <button className={btn} onClick={() => onAction({ type: "center", id })}>
              {t("details.centre")}
            </button>
            <button className={btn} onClick={() => onAction({ type: "remove", id })}>
              {t("details.remove")}
            </button>
          </>
        )}
      </div>
      {editable && (
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={t("details.paths")}>
          <button className={btn} onClick={() => onAction({ type: "pathEnd", end: "from", id })} title={t("details.pathFromTitle")}>
            {t("details.pathFrom")}
          </button>
          <button className={btn} onClick={() => onAction({ type: "pathEnd", end: "to", id })} title={t("details.pathToTitle")}>
            {t("details.pathTo")}
          </button>
          <button className={btn} aria-pressed={props.connecting?.includes(id) ?? false} onClick={() => onAction({ type: "connectToggle", id })}>
            {props.connecting?.includes(id) ? t("details.inConnect") : t("details.addConnect")}
          </button>
        </div>
      )}
      <Props attrs={a} extra={[["id", id]]} />
      {id.startsWith("element:") && (
        <p className="text-xs text-slate-500" data-testid="element-id-note">
          {t("details.elementId")}
        </p>
      )}
      <FromSet attrs={a} />
      <Sources sources={a.sources} />
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("details.relationships")}</h3>
        {error && (
          <p className="text-xs text-red-700">
            {t("details.countsUnavailable", { error: error instanceof ApiError ? error.shownIn(locale, say) : error.message })}
          </p>
        )}
        {busy && editable && <p className="mb-1 text-xs text-amber-800">{t("details.busyNote")}</p>}
        <ul className="flex flex-col gap-2" aria-label={t("details.byType")}>
          {types.map((type) => {
            const g = groups?.find((x) => x.type === type);
            const here = onCanvas.get(type) ?? [];
            const expanded = props.isExpanded?.(id, type);
            const name = typeName(type);
            return (
              <li key={type} className="text-sm">
                <div className="flex items-center gap-2">
                  <span className={locale === "en" ? "font-mono text-xs" : "text-xs"} title={name === type ? undefined : type}>
                    {name} ({count(g ? g.count : here.length)})
                  </span>
                  <span className="text-xs text-slate-500">{t("details.shown", { count: count(here.length) })}</span>
                  {editable && g && !expanded && here.length < g.count && (
                    <button
                      className={btn}
                      onClick={() => onAction({ type: "expand", id, relType: type })}
                      aria-label={t("details.expandType", { type: name, count: count(g.count) })}
                    >
                      {t("details.expand")}
                    </button>
                  )}
                  {editable && expanded && (
                    <button
                      className={btn}
                      onClick={() => onAction({ type: "collapse", id, relType: type })}
                      aria-label={t("details.collapseType", { type: name })}
                    >
                      {t("details.collapse")}
                    </button>
                  )}
                </div>
                {here.length > 0 && (
                  <ul className="mt-0.5 ml-3 flex flex-wrap gap-x-2 text-xs">
                    {here.slice(0, 40).map((r) => (
                      <li key={r.edge}>
                        <button className="text-indigo-700 hover:underline" data-i18n-data onClick={() => onAction({ type: "focus", id: r.other })}>
                          {r.out ? "→" : "←"} {nameIn(graph.getNodeAttributes(r.other), lang)}
                        </button>
                      </li>
                    ))}
                    {here.length > 40 && <li className="text-slate-500">{t("details.more", { count: count(here.length - 40) })}</li>}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
