"use client";
/** The named views with their node and relationship counts (`GET /api/views`); missing fields are tolerated. */
import Link from "next/link";
import { useEffect, useState } from "react";
import { api, type ViewSummary } from "@/lib/client/api";

export function ViewGallery() {
  const [views, setViews] = useState<ViewSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .views()
      .then((views) => (Array.isArray(views) ? views : []).filter((v) => typeof v?.slug === "string"))
      .then((v) => live && setViews(v))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);

  if (error) return <p className="text-sm text-slate-600">Named views are unavailable right now: {error}</p>;
  if (!views) return <p className="text-sm text-slate-500" role="status">Loading the named views…</p>;
  if (!views.length) return <p className="text-sm text-slate-500">There are no named views yet.</p>;
  const n = (v: number | null | undefined) => (typeof v === "number" ? v.toLocaleString("en") : "–");
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="Named views">
      {views.map((v) => (
        <li key={v.slug}>
          <Link
            href={`/explore?v=${encodeURIComponent(v.slug)}`}
            className="flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-400 hover:shadow"
          >
            <span className="font-semibold">{v.title ?? v.slug}</span>
            {v.description && <span className="text-sm text-slate-600">{v.description}</span>}
            <span className="mt-auto pt-2 text-xs text-slate-500">
              {n(v.nodes)} nodes · {n(v.relationships)} relationships
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
