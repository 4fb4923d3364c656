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
    // Progress arrives faster than software WebGL draws (a slice every ~30 ms): keep only the newest positions
    // and write them once per animation frame, so a frame never re-processes the graph twice (bench/README.md).
    let pending: { m: LayoutWorkerOut; inp: LayoutInput } | null = null;
    let frame: number | null = null;
    // Node id -> position in the worker's arrays, built once per layout input (not once per frame).
    let indexed: { inp: LayoutInput; index: Map<string, number> } | null = null;
    const write = (m: LayoutWorkerOut, inp: LayoutInput) => {
      if (indexed?.inp !== inp) indexed = { inp, index: new Map(inp.ids.map((id, i) => [id, i])) };
      const { index } = indexed;
      graph.updateEachNodeAttributes(
        (n, a) => {
          const i = index.get(n);
          if (i === undefined) return a;
          a.x = m.positions[i * 2];
          a.y = m.positions[i * 2 + 1];
          return a;
        },
        { attributes: ["x", "y"] },
      );
    };
    const flush = () => {
      frame = null;
      if (pending) write(pending.m, pending.inp);
      pending = null;
    };
    const apply = (m: LayoutWorkerOut, inp: LayoutInput) => {
      const live = !laidOut.current;
      if (m.kind === "progress" && !live) return;
      cancel?.();
      cancel = undefined;
      if (live && m.kind === "progress") {
        pending = { m, inp };
        frame ??= requestAnimationFrame(flush);
      } else {
        if (frame !== null) cancelAnimationFrame(frame);
        frame = null;
        pending = null;
        if (live) write(m, inp);
        else {
          const targets: Record<string, { x: number; y: number }> = {};
          inp.ids.forEach((id, i) => {
            if (graph.hasNode(id)) targets[id] = { x: m.positions[i * 2], y: m.positions[i * 2 + 1] };
          });
          cancel = animateNodes(graph, targets, { duration: 450 });
        }
      }
      if (m.kind === "done") laidOut.current = true;
    };
    const s = new LayoutSupervisor(apply, (st) => onStatusRef.current(st));
    supervisor.current = s;
    controls.current = { stop: () => s.stop(), resume: () => s.resume() };
    return () => {
      cancel?.();
      if (frame !== null) cancelAnimationFrame(frame);
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
