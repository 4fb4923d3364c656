"use client";
/**
 * Restores the camera named by the link once the first layout is done (the picture's frame is then final),
 * and reports camera moves, debounced, so the URL can follow without flooding the history.
 */
import { useEffect, useRef } from "react";
import type { Camera } from "@/lib/graph/model";
import type { LayoutState } from "./layout-supervisor";
import { useSigma } from "./sigma-context";

export function CameraController({
  initial,
  layoutState,
  onChange,
}: {
  initial?: Camera;
  layoutState: LayoutState;
  onChange?: (c: Camera) => void;
}) {
  const sigma = useSigma();
  const restored = useRef(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const ready = useRef(false);

  useEffect(() => {
    if (restored.current || layoutState !== "done") return;
    restored.current = true;
    if (initial) sigma.getCamera().setState({ x: initial.x, y: initial.y, ratio: initial.ratio, angle: 0 });
    ready.current = true;
  }, [sigma, layoutState, initial]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let t: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      if (!ready.current) return;
      clearTimeout(t);
      t = setTimeout(() => {
        const s = camera.getState();
        onChangeRef.current?.({ x: s.x, y: s.y, ratio: s.ratio });
      }, 400);
    };
    camera.on("updated", handler);
    return () => {
      clearTimeout(t);
      camera.off("updated", handler);
    };
  }, [sigma]);
  return null;
}
