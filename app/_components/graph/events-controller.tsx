"use client";
/** Pointer events: hover, select (node, relationship or nothing), double-click to expand, drag to pin, right-click for a menu. */
import { useEffect, useRef } from "react";
import { useSigma } from "./sigma-context";

export interface CanvasEvents {
  onSelect: (id: string | undefined) => void;
  onExpand?: (id: string) => void;
  onPin?: (id: string, x: number, y: number) => void;
  onHover: (id: string | undefined) => void;
  /** Shift+click on a node: add it to (or take it out of) a set, e.g. the entities to connect. */
  onToggle?: (id: string) => void;
  /** Right-click on a node: where (in the canvas's pixels) to open its menu. */
  onMenu?: (id: string, x: number, y: number) => void;
}

export function EventsController(props: CanvasEvents) {
  const sigma = useSigma();
  const ref = useRef(props);
  ref.current = props;

  useEffect(() => {
    const graph = sigma.getGraph();
    const container = sigma.getContainer();
    let dragged: string | null = null;
    let moved = false;
    // Only this controller's listeners come off on unmount (the canvas and the label painter have their own).
    const bound: (() => void)[] = [];
    const on = ((event: Parameters<typeof sigma.on>[0], fn: Parameters<typeof sigma.on>[1]) => {
      sigma.on(event, fn);
      bound.push(() => sigma.off(event, fn));
      return sigma;
    }) as typeof sigma.on;
    on("enterNode", ({ node }) => {
      ref.current.onHover(node);
      container.style.cursor = "pointer";
    });
    on("leaveNode", () => {
      ref.current.onHover(undefined);
      container.style.cursor = "";
    });
    on("enterEdge", () => (container.style.cursor = "pointer"));
    on("leaveEdge", () => (container.style.cursor = ""));
    on("clickNode", ({ node, event }) => {
      if (moved) return;
      if (event.original.shiftKey && ref.current.onToggle) ref.current.onToggle(node);
      else ref.current.onSelect(node);
    });
    on("clickEdge", ({ edge }) => ref.current.onSelect(edge));
    on("clickStage", () => ref.current.onSelect(undefined));
    on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      ref.current.onExpand?.(e.node);
    });
    on("rightClickNode", ({ node, event }) => {
      if (!ref.current.onMenu) return;
      event.preventSigmaDefault();
      event.original.preventDefault();
      ref.current.onMenu(node, event.x, event.y);
    });
    on("downNode", ({ node }) => {
      if (!ref.current.onPin) return;
      dragged = node;
      moved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    on("moveBody", ({ event }) => {
      if (!dragged) return;
      const p = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const up = () => {
      if (dragged && moved) {
        const { x, y } = graph.getNodeAttributes(dragged);
        ref.current.onPin?.(dragged, x, y);
      }
      if (dragged) {
        // The frame was frozen while dragging (so the view did not slide under the pointer); free it again.
        sigma.setCustomBBox(null);
        sigma.refresh();
      }
      dragged = null;
      // Keep `moved` until the click that follows the drag has been ignored.
      setTimeout(() => (moved = false), 0);
    };
    on("upNode", up);
    on("upStage", up);
    return () => {
      for (const off of bound) off();
    };
  }, [sigma]);
  return null;
}
