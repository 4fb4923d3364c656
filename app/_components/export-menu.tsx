"use client";
/**
 * "Export" for the explorer and the console: GEXF, GraphML, CSV (nodes, relationships), JSON — each file carries
 * the provenance (title, link, data set, sources). The export code (lib/graph/export.ts) loads on first use.
 * Every file's words (captions, the HTML page, the GEXF description) are in the page's language.
 */
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { exportViewerScript } from "@/lib/client/api";
import type { ExportGraph, ExportSay, ExportWords } from "@/lib/graph/export";
import { formatNumber } from "@/lib/i18n/format";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { ExportWorkerOut } from "./export.worker";

export type ExportFormat = "gexf" | "graphml" | "nodes.csv" | "relationships.csv" | "json" | "html";

/**
 * The picture of the current view (the explorer has one; so has the console's result graph). `say` says the
 * caption's words in the page's language: pass it to lib/graph/picture.ts toSvg.
 */
export type PictureSource = (say: ExportSay) => Promise<{ svg: string; width: number; height: number }>;

/** The SVG drawn on a canvas at `scale` (1x, 2x) and saved as PNG; fonts are the browser's, CJK included. */
async function svgToPng(svg: string, width: number, height: number, scale: number, noPng: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(noPng))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Each data format: its name, its menu item's message (export namespace) and its MIME type. */
const FORMATS: [ExportFormat, string, string][] = [
  ["gexf", "menu.gexf", "application/gexf+xml"],
  ["graphml", "menu.graphml", "application/graphml+xml"],
  ["nodes.csv", "menu.nodesCsv", "text/csv;charset=utf-8"],
  ["relationships.csv", "menu.relationshipsCsv", "text/csv;charset=utf-8"],
  ["json", "menu.json", "application/json"],
  ["html", "menu.html", "text/html;charset=utf-8"],
];

/** Above this many nodes an export is written in a worker, with its stage shown (the page stays responsive; as the
 * analysis, measured in bench/README.md). */
const EXPORT_WORKER_ABOVE = 250;

function inWorker(
  format: string,
  g: ExportGraph,
  viewer: string | undefined,
  words: ExportWords,
  report: (stage: ExportWorkerOut & { kind: "progress" }) => void,
  failed: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./export.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<ExportWorkerOut>) => {
      const m = e.data;
      if (m.kind === "progress") {
        report(m);
        return;
      }
      w.terminate();
      if (m.kind === "done") resolve(m.text);
      else reject(new Error(m.message));
    };
    w.onerror = (e) => {
      w.terminate();
      reject(new Error(e.message || failed));
    };
    w.postMessage({ format, graph: g.export(), viewer, words });
  });
}

/** Saves `text` as a file (an object URL and a click; nothing leaves the browser). */
export function download(name: string, text: string | Blob, type: string): void {
  const blob = typeof text === "string" ? new Blob([text], { type }) : text;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({
  title,
  build,
  picture,
  className = "",
}: {
  title: string;
  build: () => Promise<ExportGraph>;
  picture?: PictureSource;
  className?: string;
}) {
  const t = useTranslations("export");
  const tAll = useTranslations();
  const locale = useLocale() as Locale;
  /** The export namespace by full key ("export.file.open"), as lib/graph/export.ts and picture.ts ask. */
  const say: ExportSay = (key, values) => (tAll as unknown as ExportSay)(key, values);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  /** A choice closes the menu; a failure opens it again to say why. */
  const done = (error?: string) => {
    setBusy(error ?? null);
    setProgress(null);
    if (menu.current) menu.current.open = !!error;
  };
  const image = async (kind: "svg" | "png" | "png2") => {
    setBusy(t("menu.preparingPicture", { format: kind === "svg" ? "SVG" : "PNG" }));
    try {
      const { fileStem } = await import("@/lib/graph/export");
      const p = await picture!(say);
      if (kind === "svg") download(`${fileStem(title)}.svg`, p.svg, "image/svg+xml");
      else
        download(
          `${fileStem(title)}${kind === "png2" ? "@2x" : ""}.png`,
          await svgToPng(p.svg, p.width, p.height, kind === "png2" ? 2 : 1, t("menu.noPng")),
          "image/png",
        );
      done();
    } catch (e) {
      done(t("menu.failed", { reason: (e as Error).message }));
    }
  };
  const run = async (format: ExportFormat, type: string) => {
    setBusy(t("menu.preparing", { format }));
    try {
      const m = await import("@/lib/graph/export");
      const g = await build();
      const words = m.exportWords(g, say, LOCALE_TAGS[locale]);
      const viewer = format === "html" ? await exportViewerScript() : undefined;
      const nodes = formatNumber(g.order, locale);
      const text =
        g.order > EXPORT_WORKER_ABOVE
          ? await inWorker(
              format,
              g,
              viewer,
              words,
              (p) => {
                const stage = p.stage === "reading" ? t("menu.stageReading") : t("menu.stageWriting", { format });
                setBusy(t("menu.exporting", { nodes, stage }));
                setProgress(p.done / p.of);
              },
              t("menu.workerFailed"),
            )
          : m.writeExport(format, g, viewer, words);
      download(`${m.fileStem(title)}.${format}`, text, type);
      done();
    } catch (e) {
      done(t("menu.failed", { reason: (e as Error).message }));
    }
  };
  return (
    <details ref={menu} className={`relative ${className}`} data-testid="export-menu">
      <summary className="cursor-pointer list-none rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100">
        {t("menu.export")}
      </summary>
      <div
        role="menu"
        aria-label={t("menu.formats")}
        className="absolute right-0 z-30 mt-1 flex w-56 flex-col rounded border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {picture && (
          <>
            <button
              role="menuitem"
              className="px-3 py-1 text-left hover:bg-indigo-50"
              onClick={() => void image("png")}
            >
              {t("menu.png1")}
            </button>
            <button
              role="menuitem"
              className="px-3 py-1 text-left hover:bg-indigo-50"
              onClick={() => void image("png2")}
            >
              {t("menu.png2")}
            </button>
            <button
              role="menuitem"
              className="px-3 py-1 text-left hover:bg-indigo-50"
              onClick={() => void image("svg")}
            >
              {t("menu.svg")}
            </button>
          </>
        )}
        {FORMATS.map(([f, label, type]) => (
          <button
            key={f}
            role="menuitem"
            className="px-3 py-1 text-left hover:bg-indigo-50"
            onClick={() => void run(f, type)}
          >
            {t(label)}
          </button>
        ))}
        {busy && (
          <p role="status" className="px-3 py-1 text-xs text-slate-600">
            {busy}
            {progress !== null && (
              <progress className="mt-1 block w-full" value={progress} max={1} aria-label={t("menu.progress")} />
            )}
          </p>
        )}
      </div>
    </details>
  );
}
