"use client";
/**
 * The canvas, loaded in the browser only: sigma needs WebGL and a DOM. Its chunk (sigma, graphology, the
 * controllers) starts downloading as soon as this module runs, while the page hydrates.
 *
 * Not `next/dynamic`: that suspends, and React holds a revealed Suspense boundary back until 300 ms after its
 * fallback appeared (its fallback throttle), which delayed the first drawn frame by ~250 ms (bench/README.md).
 * Here the server and hydration render the placeholder, and the canvas replaces it as soon as the chunk is there.
 */
import { useTranslations } from "next-intl";
import { useSyncExternalStore, type ComponentType } from "react";
import type { GraphCanvasProps } from "./graph-canvas.client";

let Loaded: ComponentType<GraphCanvasProps> | null = null;
let failed = false;
const loading: Promise<void> | null =
  typeof window === "undefined"
    ? null
    : import("./graph-canvas.client").then(
        (m) => void (Loaded = m.default),
        () => void (failed = true),
      );

const subscribe = (onChange: () => void) => {
  let live = true;
  void loading?.then(() => live && onChange());
  return () => void (live = false);
};
const snapshot = () => Loaded;
const serverSnapshot = () => null;

export function GraphCanvas(props: GraphCanvasProps) {
  const Canvas = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const t = useTranslations("panels");
  if (Canvas) return <Canvas {...props} />;
  return (
    <div className="flex h-full items-center justify-center text-sm text-slate-500">
      {failed ? t("canvas.loadFailed") : t("canvas.loading")}
    </div>
  );
}
export type { CanvasApi, GraphCanvasProps } from "./graph-canvas.client";
