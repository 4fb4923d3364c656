"use client";
/** The canvas, loaded in the browser only: sigma needs WebGL and a DOM. */
import dynamic from "next/dynamic";

export const GraphCanvas = dynamic(() => import("./GraphCanvas.client"), {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-sm text-slate-500">Loading the canvas…</div>,
});
export type { CanvasApi, GraphCanvasProps } from "./GraphCanvas.client";
