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
    sigma.on("enterNode", ({ node }) => {
      ref.current.onHover(node);
      container.style.cursor = "pointer";
    });
    sigma.on("leaveNode", () => {
      ref.current.onHover(undefined);
      container.style.cursor = "";
    });
    sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
    sigma.on("leaveEdge", () => (container.style.cursor = ""));
    sigma.on("clickNode", ({ node, event }) => {
      if (moved) return;
      if (event.original.shiftKey && ref.current.onToggle) ref.current.onToggle(node);
      else ref.current.onSelect(node);
    });
    sigma.on("clickEdge", ({ edge }) => ref.current.onSelect(edge));
    sigma.on("clickStage", () => ref.current.onSelect(undefined));
    sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      ref.current.onExpand?.(e.node);
    });
    sigma.on("rightClickNode", ({ node, event }) => {
      if (!ref.current.onMenu) return;
      event.preventSigmaDefault();
      event.original.preventDefault();
      ref.current.onMenu(node, event.x, event.y);
    });
    sigma.on("downNode", ({ node }) => {
      if (!ref.current.onPin) return;
      dragged = node;
      moved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    sigma.on("moveBody", ({ event }) => {
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
    sigma.on("upNode", up);
    sigma.on("upStage", up);
    return () => {
      sigma.removeAllListeners();
    };
  }, [sigma]);
  return null;
}
