"use client";
/**
 * The URL is the explorer's state. Discrete steps `push` (so Back undoes them), the camera and the
 * selection `replace`. Undo / redo walk the browser history over the entries this page pushed.
 */
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { EMPTY_STATE, exploreHref, parseViewState, serializeViewState, type ViewState } from "@/lib/url/view-state";

export interface UrlState {
  state: ViewState;
  error?: string;
  push: (s: ViewState) => void;
  replace: (s: ViewState) => void;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** The absolute link to the current state. */
  href: () => string;
}

export function useUrlState(): UrlState {
  const sp = useSearchParams();
  const raw = sp.toString();
  const parsed = useMemo(() => parseViewState(raw), [raw]);
  const state = parsed.ok ? parsed.state : EMPTY_STATE;
  const key = parsed.ok ? serializeViewState(parsed.state) : raw;
  const trail = useRef<{ list: string[]; pos: number }>({ list: [], pos: -1 });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    // One state, one URL: a link written differently (escaped colons, another key order) is rewritten in place.
    if (parsed.ok && window.location.search.replace(/^\?/, "") !== key) {
      window.history.replaceState(window.history.state, "", exploreHref(parsed.state));
    }
    const t = trail.current;
    if (t.list[t.pos] === key) return;
    if (t.pos > 0 && t.list[t.pos - 1] === key) t.pos -= 1;
    else if (t.list[t.pos + 1] === key) t.pos += 1;
    else {
      t.list = [key];
      t.pos = 0;
    }
    rerender();
  }, [key, parsed]);

  const push = useCallback((s: ViewState) => {
    const k = serializeViewState(s);
    const t = trail.current;
    if (k === t.list[t.pos]) return;
    t.list = [...t.list.slice(0, t.pos + 1), k];
    t.pos += 1;
    window.history.pushState(null, "", exploreHref(s));
  }, []);
  const replace = useCallback((s: ViewState) => {
    const k = serializeViewState(s);
    const t = trail.current;
    if (k === t.list[t.pos]) return;
    t.list[t.pos] = k;
    window.history.replaceState(null, "", exploreHref(s));
  }, []);
  const t = trail.current;
  return {
    state,
    error: parsed.ok ? undefined : parsed.error,
    push,
    replace,
    canUndo: t.pos > 0,
    canRedo: t.pos < t.list.length - 1,
    undo: () => trail.current.pos > 0 && window.history.back(),
    redo: () => trail.current.pos < trail.current.list.length - 1 && window.history.forward(),
    href: () => `${window.location.origin}${exploreHref(current.current)}`,
  };
}
