"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useSay } from "@/lib/i18n/use-say";
import { useVocabulary } from "@/lib/i18n/vocabulary";
import { useEffect, useId, useRef, useState } from "react";
import { api, ApiError, type SearchHit } from "@/lib/client/api";
import { SEARCH_BOX_LIMIT } from "@/lib/explore/limits";
import { MAX_SEARCH_CHARS } from "@/lib/patterns";
import { EMPTY_STATE, exploreHref } from "@/lib/url/view-state";
import { useGraphMode } from "@/lib/client/graph-mode";

/**
 * Search as you type, in any language; arrow keys move through the hits, Enter opens one.
 * An ARIA combobox: the list is announced and keyboard-navigable.
 */
export interface SearchBoxProps {
  onPick?: (hit: SearchHit) => void;
  autoFocus?: boolean;
  /** The field's accessible name and placeholder, in the page's language (the header's search by default). */
  label?: string;
  placeholder?: string;
  /** A small field (the path panel's ends). */
  compact?: boolean;
}

export function SearchBox({ onPick, autoFocus = false, label, placeholder, compact = false }: SearchBoxProps) {
  const router = useRouter();
  const locale = useLocale() as Locale;
  const t = useTranslations("panels");
  const graphMode = useGraphMode();
  const say = useSay();
  const vocabulary = useVocabulary();
  const listId = useId();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The last answer came from a scan of names (no full-text index in this database): slower, may miss some. */
  const [scanned, setScanned] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const term = q.trim();
    if (!term) {
      setHits([]);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const { results, method } = await api.searchWithMethod(term.slice(0, MAX_SEARCH_CHARS), SEARCH_BOX_LIMIT);
        if (mine !== seq.current) return;
        setError(null);
        setHits(results);
        setScanned(method === "scan");
        setActive(0);
        setOpen(true);
      } catch (e) {
        if (mine !== seq.current) return;
        setError(e instanceof ApiError && e.status !== 0 ? e.shownIn(locale, say) : t("search.unavailable"));
        setHits([]);
      } finally {
        if (mine === seq.current) setBusy(false);
      }
    }, 150);
    return () => clearTimeout(timer);
    // `say` and `t` change with the page's language only, which reloads the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const pick = (hit: SearchHit) => {
    setOpen(false);
    if (onPick) onPick(hit);
    else router.push(exploreHref({ ...EMPTY_STATE, locale, lang: locale, nodes: [hit.id] }));
  };

  return (
    <div className="relative w-full">
      <input
        type="search"
        role="combobox"
        aria-label={label ?? t("search.label")}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        autoFocus={autoFocus}
        value={q}
        placeholder={placeholder ?? (graphMode === "any" ? t("search.placeholderAny") : t("search.placeholder"))}
        className={`w-full rounded-lg border border-slate-300 bg-white shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 ${
          compact ? "px-2 py-1 text-sm" : "px-4 py-3 text-base"
        }`}
        onChange={(e) => setQ(e.target.value)}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && hits[active]) {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {busy && (
        <span className={`absolute right-4 text-xs text-slate-400 ${compact ? "top-1.5" : "top-3.5"}`}>
          {t("search.searching")}
        </span>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {open && hits.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("search.results")}
          className="absolute z-20 mt-1 max-h-96 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`flex cursor-pointer items-baseline gap-3 px-4 py-2 ${i === active ? "bg-indigo-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium" data-i18n-data>
                {h.name}
              </span>
              <span className="truncate text-sm text-slate-500" data-i18n-data>
                {h.names
                  .filter((n) => n !== h.name)
                  .slice(0, 3)
                  .join(" · ")}
              </span>
              <span className="ml-auto shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                {vocabulary.nodeType(h.type)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {scanned && q.trim() && !error && (
        <p className="mt-1 text-xs text-amber-800" data-testid="search-scan">
          {t("search.scan")}
        </p>
      )}
      {open && !busy && !error && q.trim() && hits.length === 0 && (
        <p className="mt-2 text-sm text-slate-500" role="status">
          {t("search.noMatch", { query: q.trim() })}
        </p>
      )}
    </div>
  );
}
