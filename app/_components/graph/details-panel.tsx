"use client";
/**
 * Details of the selected node or relationship: every property, all names, its sources, and its relationships
 * grouped by type. Reusable: give it the data graph, the selection and where its actions go; `readOnly` leaves
 * the exploring buttons out (as the Cypher console wants: there, following a link only selects).
 */
import { useEffect, useState } from "react";
import { groupCounts, incidentByType, type DataGraph, type RelationshipGroup } from "@/lib/graph/data-graph";
import { allNames, nameIn, nodeColor, relLabel, typeLabel } from "@/lib/graph/style";
import { nodeDetails } from "@/lib/client/api";
import { BUSY } from "@/lib/explore/limits";
import type { Json, Lang } from "@/lib/graph/model";
import { UNVERIFIED_MARK } from "@/graph-seed/citation";
import { setLabel } from "@/lib/graph/filters";

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

function fmt(v: Json): string {
  if (Array.isArray(v)) return v.map(fmt).join(", ");
  if (typeof v === "number") return v.toLocaleString("en");
  if (v && typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function Props({ attrs, extra }: { attrs: Record<string, Json>; extra?: [string, string][] }) {
  const rows = [...(extra ?? []), ...Object.entries(attrs).filter(([k]) => !SHOWN_ELSEWHERE.has(k)).map(([k, v]) => [k, fmt(v)] as [string, string])];
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

/** A citation as the loader stores it (graph-seed/schema.ts renderCitation): the page it names is a link. */
function Citation({ text }: { text: string }) {
  const unverified = text.includes(UNVERIFIED_MARK);
  const shown = text.replace(UNVERIFIED_MARK, "").trim();
  const m = URL_AT_END.exec(shown);
  const body = m ? shown.slice(0, m.index) : shown;
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
        <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900" title="No readable public page was found that states this">
          unverified
        </span>
      )}
    </li>
  );
}

/** Which seed set the fact comes from (the deck, or what came after it). */
function FromSet({ attrs }: { attrs: Record<string, Json> }) {
  const label = setLabel(attrs.seed_set);
  return label ? (
    <p className="text-xs text-slate-600" data-testid="details-set">
      From {label}
    </p>
  ) : null;
}

function Sources({ sources }: { sources: Json | undefined }) {
  const list = Array.isArray(sources) ? sources.map(String) : [];
  if (!list.length) return null;
  return (
    <section>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Sources</h3>
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
  if (attrs.basis !== "inferred") return null;
  return (
    <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="inferred">
      Inferred: the sources imply this but do not state it{typeof attrs.basis_note === "string" ? ` — ${attrs.basis_note}` : "."}
    </p>
  );
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { graph, selected, lang } = props;
  if (!selected) return <p className="text-sm text-slate-500">Select a node or a relationship to see its details.</p>;
  if (graph.hasNode(selected)) return <NodeDetailsView {...props} id={selected} />;
  if (graph.hasEdge(selected)) {
    const a = graph.getEdgeAttributes(selected);
    const [s, t] = graph.extremities(selected);
    const end = (id: string) => (
      <button className="font-medium text-indigo-700 hover:underline" onClick={() => props.onAction({ type: "focus", id })}>
        {nameIn(graph.getNodeAttributes(id), lang)}
      </button>
    );
    return (
      <div className="flex flex-col gap-3" data-testid="details">
        <h2 className="text-lg font-semibold">{relLabel(a.type)}</h2>
        <p className="text-sm">
          {end(s)} <span className="font-mono text-xs text-slate-500">—{a.type}→</span> {end(t)}
        </p>
        <Basis attrs={a} />
        <Props attrs={a} extra={[["id", selected], ...(a.description ? [["description", String(a.description)] as [string, string]] : [])]} />
        <FromSet attrs={a} />
        <Sources sources={a.sources} />
      </div>
    );
  }
  return <p className="text-sm text-slate-500">The selection is not on the canvas.</p>;
}

function NodeDetailsView(props: DetailsPanelProps & { id: string }) {
  const { graph, id, lang, fetchCounts = true, onAction } = props;
  const editable = !props.readOnly;
  const a = graph.getNodeAttributes(id);
  const [groups, setGroups] = useState<RelationshipGroup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setGroups(null);
    setError(null);
    if (!fetchCounts || id.startsWith("element:")) return;
    let live = true;
    nodeDetails(id)
      .then((d) => live && setGroups(groupCounts(d.relationshipCounts)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, fetchCounts]);
  const onCanvas = incidentByType(graph, id);
  const total = groups?.reduce((n, g) => n + g.count, 0);
  const busy = total !== undefined && total > BUSY;
  const types = [...new Set([...(groups ?? []).map((g) => g.type), ...onCanvas.keys()])];
  const anyExpanded = props.isExpanded?.(id) || types.some((t) => props.isExpanded?.(id, t));

  return (
    <div className="flex flex-col gap-3" data-testid="details">
      <div>
        <span className="mr-2 inline-block h-3 w-3 rounded-full align-middle" style={{ background: nodeColor(a.type) }} aria-hidden />
        <span className="text-xs text-slate-600">{typeLabel(a.type)}</span>
        <h2 className="text-lg font-semibold" data-testid="details-name">
          {nameIn(a, lang)}
        </h2>
        <p className="text-sm text-slate-600">{allNames(a).filter((n) => n !== nameIn(a, lang)).join(" · ")}</p>
      </div>
      {typeof a.description === "string" && <p className="text-sm">{a.description}</p>}
      <div className="flex flex-wrap gap-1.5">
        {editable && (
          <>
            <button
              className={btn}
              disabled={busy || props.isExpanded?.(id)}
              onClick={() => onAction({ type: "expand", id })}
              title={busy ? "Busy node: expand one relationship type below" : undefined}
            >
              Expand all{total !== undefined ? ` (${total})` : ""}
            </button>
            {anyExpanded && (
              <button className={btn} onClick={() => onAction({ type: "collapse", id })}>
                Collapse
              </button>
            )}
            <button className={btn} onClick={() => onAction({ type: "center", id })}>
              Centre
            </button>
            <button className={btn} onClick={() => onAction({ type: "remove", id })}>
              Remove
            </button>
          </>
        )}
      </div>
      {editable && (
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Paths">
          <button className={btn} onClick={() => onAction({ type: "pathEnd", end: "from", id })} title="Shortest path from this entity (keyboard: p)">
            Path from here
          </button>
          <button className={btn} onClick={() => onAction({ type: "pathEnd", end: "to", id })} title="Shortest path to this entity (keyboard: Shift+P)">
            Path to here
          </button>
          <button className={btn} aria-pressed={props.connecting?.includes(id) ?? false} onClick={() => onAction({ type: "connectToggle", id })}>
            {props.connecting?.includes(id) ? "In the set to connect ✓" : "Add to connect"}
          </button>
        </div>
      )}
      <Props attrs={a} extra={[["id", id]]} />
      <FromSet attrs={a} />
      <Sources sources={a.sources} />
      <section>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Relationships</h3>
        {error && <p className="text-xs text-red-700">Counts unavailable: {error}</p>}
        {busy && editable && (
          <p className="mb-1 text-xs text-amber-800">A busy node: expand one relationship type at a time.</p>
        )}
        <ul className="flex flex-col gap-2" aria-label="Relationships by type">
          {types.map((t) => {
            const g = groups?.find((x) => x.type === t);
            const here = onCanvas.get(t) ?? [];
            const expanded = props.isExpanded?.(id, t);
            return (
              <li key={t} className="text-sm">
                <div className="flex items-center gap-2">
                  <span className="font-mono text-xs">
                    {t} ({g ? g.count : here.length})
                  </span>
                  <span className="text-xs text-slate-500">{here.length} shown</span>
                  {editable && g && !expanded && here.length < g.count && (
                    <button className={btn} onClick={() => onAction({ type: "expand", id, relType: t })} aria-label={`Expand ${t} (${g.count})`}>
                      Expand
                    </button>
                  )}
                  {editable && expanded && (
                    <button className={btn} onClick={() => onAction({ type: "collapse", id, relType: t })} aria-label={`Collapse ${t}`}>
                      Collapse
                    </button>
                  )}
                </div>
                {here.length > 0 && (
                  <ul className="mt-0.5 ml-3 flex flex-wrap gap-x-2 text-xs">
                    {here.slice(0, 40).map((r) => (
                      <li key={r.edge}>
                        <button className="text-indigo-700 hover:underline" onClick={() => onAction({ type: "focus", id: r.other })}>
                          {r.out ? "→" : "←"} {nameIn(graph.getNodeAttributes(r.other), lang)}
                        </button>
                      </li>
                    ))}
                    {here.length > 40 && <li className="text-slate-500">and {here.length - 40} more</li>}
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
