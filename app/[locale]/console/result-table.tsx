"use client";
/**
 * The table tab: one column per returned column, cells readable — nodes by name (with their type), relationships
 * as `—TYPE→`, paths as a chain of names, dates and durations as ISO text, lists and maps inline. Long results are
 * paged in the browser (the server has already capped them). Values are the data's own (Cypher's `null`, ISO
 * dates); the few words a cell adds ("empty path", "bytes") are in the page's language.
 */
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { kindOf } from "@/lib/cypher/types";
import type { Json } from "@/lib/graph/model";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The words a cell's text may need, in the page's language. */
export interface CellWords {
  emptyPath: string;
  bytes: (count: number) => string;
}

const PAGE = 200;

function nodeName(v: Record<string, Json>): string {
  const p = (v.properties ?? {}) as Record<string, Json>;
  for (const k of ["name", "name_zh", "title", "id"]) if (typeof p[k] === "string" && p[k]) return p[k] as string;
  return String(v.id ?? "node");
}

/** Plain text of a cell (also used for the title tooltip and copying). */
export function cellText(v: Json, w: CellWords): string {
  const text = (x: Json) => cellText(x, w);
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(text).join(", ")}]`;
  const kind = kindOf(v);
  switch (kind) {
    case "node":
      return `(${nodeName(v)}:${String(v.type)})`;
    case "relationship":
      return `—${String(v.type)}→`;
    case "path": {
      const segs = (v.segments ?? []) as Record<string, Json>[];
      if (!segs.length) return w.emptyPath;
      const first = segs[0].start as Record<string, Json>;
      return [nodeName(first), ...segs.map((s) => `${text(s.relationship)} ${nodeName(s.end as Record<string, Json>)}`)].join(" ");
    }
    case "point":
      return `point(${["x", "y", "z"].filter((k) => k in v).map((k) => `${k}: ${String(v[k])}`).join(", ")})`;
    case "bytes":
      return w.bytes(Number(v.length));
    case undefined:
      return `{${Object.entries(v).map(([k, x]) => `${k}: ${text(x)}`).join(", ")}}`;
    default:
      return String((v as Record<string, Json>).value);
  }
}

function Cell({ v, words }: { v: Json; words: CellWords }) {
  const kind = kindOf(v);
  const text = cellText(v, words);
  if (v === null) return <span className="text-slate-400 italic">null</span>;
  if (kind === "node") {
    const o = v as Record<string, Json>;
    return (
      <span title={String(o.id)}>
        <span className="font-medium">{nodeName(o)}</span> <span className="rounded bg-slate-100 px-1 text-xs text-slate-600">{String(o.type)}</span>
      </span>
    );
  }
  if (kind && ["date", "datetime", "localdatetime", "time", "localtime", "duration"].includes(kind)) {
    return (
      <span className="font-mono text-xs" title={kind}>
        {text}
      </span>
    );
  }
  if (typeof v === "number" || kind === "integer" || kind === "float") return <span className="font-mono">{text}</span>;
  return <span className="break-words whitespace-pre-wrap">{text.length > 2000 ? `${text.slice(0, 2000)}…` : text}</span>;
}

export function ResultTable({ columns, rows }: { columns: string[]; rows: Json[][] }) {
  const t = useTranslations("console");
  const locale = useLocale() as Locale;
  const [page, setPage] = useState(0);
  const words: CellWords = { emptyPath: t("table.emptyPath"), bytes: (n) => t("table.bytes", { count: formatNumber(n, locale) }) };
  if (!columns.length) return <p className="p-3 text-sm text-slate-500">{t("table.noColumns")}</p>;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <div className="flex h-full flex-col">
      <div className="flex-1 overflow-auto">
        <table className="min-w-full border-collapse text-sm" data-testid="result-table">
          <thead className="sticky top-0 bg-slate-100 text-left">
            <tr>
              <th className="w-10 border-b border-slate-200 px-2 py-1 text-xs font-normal text-slate-500">#</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-mono text-xs font-semibold" data-i18n-data>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={page * PAGE + i} className="odd:bg-white even:bg-slate-50">
                <td className="border-b border-slate-100 px-2 py-1 align-top text-xs text-slate-400">{page * PAGE + i + 1}</td>
                {row.map((v, j) => (
                  <td key={j} className="max-w-md border-b border-slate-100 px-2 py-1 align-top">
                    <Cell v={v} words={words} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="p-3 text-sm text-slate-500">{t("table.noRows")}</p>}
      </div>
      {pages > 1 && (
        <nav className="flex items-center gap-2 border-t border-slate-200 p-2 text-xs" aria-label={t("table.pages")}>
          <button className="rounded border px-2 py-0.5 disabled:opacity-40" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t("table.previous")}
          </button>
          <span>
            {t("table.range", {
              from: formatNumber(page * PAGE + 1, locale),
              to: formatNumber(Math.min(rows.length, (page + 1) * PAGE), locale),
              total: formatNumber(rows.length, locale),
            })}
          </span>
          <button className="rounded border px-2 py-0.5 disabled:opacity-40" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {t("table.next")}
          </button>
        </nav>
      )}
    </div>
  );
}
