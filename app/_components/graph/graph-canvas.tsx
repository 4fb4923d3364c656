"use client";
/** The canvas, loaded in the browser only: sigma needs WebGL and a DOM. */
import dynamic from "next/dynamic";

const load = () => import("./GraphCanvas.client");
// Fetch the canvas chunk (sigma, graphology) while the page hydrates rather than after: the first drawn frame
// comes that much sooner (bench/README.md, "first frame").
if (typeof window !== "undefined") void load();

export const GraphCanvas = dynamic(load, {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-sm text-slate-500">Loading the canvas…</div>,
});
export type { CanvasApi, GraphCanvasProps } from "./GraphCanvas.client";
