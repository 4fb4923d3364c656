"use client";
/**
 * Runs the deterministic layout in a worker whenever `runKey` changes. The first run is drawn live (visible
 * progress); later runs (after an expansion or a pin) animate from the old picture to the new one.
 */
import { useEffect, useRef, type RefObject } from "react";
import { animateNodes } from "sigma/utils";
import type { LayoutInput } from "@/lib/graph/layout";
import { LayoutSupervisor, type LayoutStatus } from "./layout-supervisor";
import type { LayoutWorkerOut } from "./layout.worker";
import { useSigma } from "./sigma-context";

export interface LayoutControls {
  stop: () => void;
  resume: () => void;
}

export function LayoutController({
  input,
  runKey,
  onStatus,
  controls,
}: {
  input: LayoutInput | null;
  runKey: string;
  onStatus: (s: LayoutStatus) => void;
  controls: RefObject<LayoutControls | null>;
}) {
  const sigma = useSigma();
  const supervisor = useRef<LayoutSupervisor | null>(null);
  const laidOut = useRef(false);
  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;

  useEffect(() => {
    const graph = sigma.getGraph();
    let cancel: (() => void) | undefined;
    const apply = (m: LayoutWorkerOut, inp: LayoutInput) => {
      const live = !laidOut.current;
      if (m.kind === "progress" && !live) return;
      const targets: Record<string, { x: number; y: number }> = {};
      inp.ids.forEach((id, i) => {
        if (graph.hasNode(id)) targets[id] = { x: m.positions[i * 2], y: m.positions[i * 2 + 1] };
      });
      cancel?.();
      if (live) {
        graph.updateEachNodeAttributes((n, a) => (targets[n] ? { ...a, ...targets[n] } : a), { attributes: ["x", "y"] });
      } else {
        cancel = animateNodes(graph, targets, { duration: 450 });
      }
      if (m.kind === "done") laidOut.current = true;
    };
    const s = new LayoutSupervisor(apply, (st) => onStatusRef.current(st));
    supervisor.current = s;
    controls.current = { stop: () => s.stop(), resume: () => s.resume() };
    return () => {
      cancel?.();
      s.stop();
      s.kill();
      supervisor.current = null;
      controls.current = null;
    };
  }, [sigma, controls]);

  useEffect(() => {
    if (input && supervisor.current) supervisor.current.start(input, runKey);
    // The run key names the input; a new array with the same key is the same layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey, sigma]);

  return null;
}
