"use client";
/** What the explorer says above the canvas: a dismissable notice, errors, the link to copy, and the expansions that were cut. */
import { useTranslations } from "next-intl";
import { EXPAND_LIMIT } from "@/lib/explore/limits";
import type { Explorer } from "./use-explorer";

export function Notices({ ex }: { ex: Explorer }) {
  const { ui, data, dispatch } = ex;
  const t = useTranslations("explore.notice");
  return (
    <>
      {ui.notice && (
        <p
          role="status"
          data-testid="notice"
          className="flex items-start gap-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <span className="flex-1">{ui.notice}</span>
          <button className="text-xs underline" onClick={() => dispatch({ type: "notice", text: null })}>
            {t("dismiss")}
          </button>
        </p>
      )}
      {ex.errors.map((e) => (
        <p key={e} role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {e}
        </p>
      ))}
      {ui.link && (
        <input
          readOnly
          value={ui.link}
          aria-label={t("linkField")}
          data-testid="share-link"
          onFocus={(e) => e.target.select()}
          className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
        />
      )}
      {data.truncated.length > 0 && (
        <p role="status" className="text-xs text-slate-600">
          {t("truncated", { limit: EXPAND_LIMIT, names: data.truncated.map(ex.name).join(", ") })}
        </p>
      )}
    </>
  );
}
