"use client";
/** The keyboard shortcuts (`?`). */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * The shortcuts: the key (as written on the keyboard, or a message key for words such as "Space") and the message
 * key of what it does (`explore.help.*`).
 */
export const SHORTCUTS: [key: string | { say: string }, does: string][] = [
  ["?", "help.toggle"],
  ["+ / −", "help.zoom"],
  ["0", "help.fit"],
  ["c", "help.centre"],
  ["e", "help.expand"],
  ["x", "help.collapse"],
  ["Delete", "help.remove"],
  ["Esc", "help.escape"],
  [{ say: "help.spaceKey" }, "help.layout"],
  ["l", "help.lang"],
  ["p", "help.pathFrom"],
  ["Shift+P", "help.pathTo"],
  [{ say: "help.shiftClickKey" }, "help.shiftClick"],
  [{ say: "help.rightClickKey" }, "help.rightClick"],
  ["Ctrl+Z / Ctrl+Shift+Z", "help.undo"],
  [{ say: "help.doubleClickKey" }, "help.doubleClick"],
  [{ say: "help.dragKey" }, "help.drag"],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useTranslations("explore") as unknown as (key: string) => string;
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40" onClick={onClose}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        className="w-full max-w-md rounded-lg bg-white p-5 shadow-xl outline-none"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === "Escape" && onClose()}
      >
        <h2 id="help-title" className="mb-3 text-lg font-semibold">
          {t("help.title")}
        </h2>
        <table className="w-full text-sm">
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={v}>
                <td className="py-1 pr-4">
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">
                    {typeof k === "string" ? k : t(k.say)}
                  </kbd>
                </td>
                <td className="py-1">{t(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button className="mt-4 rounded bg-slate-800 px-3 py-1 text-sm text-white" onClick={onClose}>
          {t("help.close")}
        </button>
      </div>
    </div>
  );
}
