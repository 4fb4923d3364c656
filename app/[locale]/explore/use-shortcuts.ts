"use client";
/** The explorer's keyboard shortcuts (listed in help-overlay.tsx); ignored while typing in a field. */
import { useEffect, useRef } from "react";

export interface ShortcutHandlers {
  help: () => void;
  escape: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  center: () => void;
  expand: () => void;
  collapse: () => void;
  remove: () => void;
  layout: () => void;
  lang: () => void;
  pathFrom: () => void;
  pathTo: () => void;
  undo: () => void;
  redo: () => void;
}

export function useShortcuts(h: ShortcutHandlers): void {
  const ref = useRef(h);
  ref.current = h;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      const k = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      let done = true;
      if (mod && e.key.toLowerCase() === "z") (e.shiftKey ? k.redo : k.undo)();
      else if (mod && e.key.toLowerCase() === "y") k.redo();
      else if (mod || e.altKey) done = false;
      else if (e.key === "?") k.help();
      else if (e.key === "Escape") k.escape();
      else if (e.key === "+" || e.key === "=") k.zoomIn();
      else if (e.key === "-" || e.key === "_") k.zoomOut();
      else if (e.key === "0") k.fit();
      else if (e.key === "c") k.center();
      else if (e.key === "e") k.expand();
      else if (e.key === "x") k.collapse();
      else if (e.key === "Delete" || e.key === "Backspace") k.remove();
      else if (e.key === " " && t?.tagName !== "BUTTON") k.layout();
      else if (e.key === "l") k.lang();
      else if (e.key === "p") k.pathFrom();
      else if (e.key === "P") k.pathTo();
      else done = false;
      if (done) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
