"use client";
/** The user's own queries, newest first, kept in this browser (localStorage) and nowhere else. */
import { useCallback, useEffect, useState } from "react";

export interface HistoryEntry {
  query: string;
  params: string;
  at: number;
}

const KEY = "cngraph.console.history.v1";
const MAX_ENTRIES = 50;
const MAX_QUERY_CHARS = 10_000;

function load(): HistoryEntry[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((e): e is HistoryEntry => !!e && typeof e.query === "string" && typeof e.params === "string" && typeof e.at === "number")
      .slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

export function useHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  useEffect(() => setEntries(load()), []);

  const add = useCallback((query: string, params: string) => {
    if (!query.trim() || query.length > MAX_QUERY_CHARS) return;
    setEntries(() => {
      const next = [{ query, params, at: Date.now() }, ...load().filter((e) => e.query !== query || e.params !== params)].slice(0, MAX_ENTRIES);
      try {
        window.localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        /* storage full or blocked: keep it for this page only */
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(KEY);
    } catch {
      /* ignore */
    }
    setEntries([]);
  }, []);

  return { entries, add, clear };
}
