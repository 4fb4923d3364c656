"use client";
/**
 * The WebGL canvas (sigma.js 3) over a derived sigma graph, with one controller per concern: layout (worker),
 * events (hover, select, expand, drag-to-pin), appearance (reducers) and camera. Load it through
 * `GraphCanvas` (graph-canvas.tsx), which keeps it out of server rendering.
 *
 * The caller owns the sigma graph (lib/graph/sigma-graph.ts: `newSigmaGraph` + `syncSigmaGraph`) and keeps
 * one instance per page; sigma is created once per graph instance and killed on unmount, and so is the worker.
 */
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { createEdgeArrowProgram } from "sigma/rendering";
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import { edgeLabelsEverywhere } from "@/lib/graph/edge-labels";
import { DIMMED_NODE } from "@/lib/graph/style";
import { createLabelPainter, type LabelFrame, type LabelPainter } from "@/lib/graph/label-painter";
import { labelSettings, PLACE_EVERY_LABEL } from "@/lib/graph/label-placement";
import type { LayoutInput } from "@/lib/graph/layout";
import type { Picture } from "@/lib/graph/picture";
import type { SigmaGraph } from "@/lib/graph/sigma-graph";
import type { Camera } from "@/lib/graph/model";
import { AppearanceController } from "./appearance-controller";
import { CameraController } from "./camera-controller";
import { EventsController, type CanvasEvents } from "./events-controller";
import { LayoutController, type LayoutControls } from "./layout-controller";
import { MoveFrameMeter } from "./move-frame-meter";
import { isLarge } from "@/lib/graph/lod";
import { makeReducers, type Emphasis } from "@/lib/graph/reducers";
import type { LayoutStatus } from "./layout-supervisor";
import { SigmaContext, useSigma, type AppSigma } from "./sigma-context";

export interface CanvasApi {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  centerOn: (node: string) => void;
  stopLayout: () => void;
  resumeLayout: () => void;
  /** What is drawn now, in the canvas's pixels (lib/graph/picture.ts turns it into SVG and PNG). */
  picture: () => Picture;
}

export interface GraphCanvasProps extends Omit<CanvasEvents, "onHover"> {
  graph: SigmaGraph;
  /** A new key starts a new layout run over `layoutInput`. */
  layoutKey: string;
  layoutInput: LayoutInput | null;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  selected?: string;
  /** Sizes, colours and a path that replace the graph's own (lib/explore/appearance.ts). */
  emphasis?: Emphasis;
  /** Camera to restore after the first layout (from a link). */
  initialCamera?: Camera;
  onCameraChange?: (c: Camera) => void;
  onLayoutStatus?: (s: LayoutStatus) => void;
  onReady?: (api: CanvasApi | null) => void;
  label?: string;
}

const NONE: ReadonlySet<string> = new Set();
/** Arrowheads long and wide enough to tell the direction at a glance (sigma's default: 2.5 x 2 the thickness). */
const ARROW_HEAD = { extremity: "target", lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 } as const;
const ArrowProgram = createEdgeArrowProgram(ARROW_HEAD);
const FONT =
  'ui-sans-serif, system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "Hiragino Sans", "Microsoft YaHei", sans-serif';

export default function GraphCanvasClient(props: GraphCanvasProps) {
  const { graph, onReady } = props;
  const t = useTranslations("panels");
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<AppSigma | null>(null);
  const [hovered, setHovered] = useState<string>();
  const [hoveredEdge, setHoveredEdge] = useState<string>();
  const [painter, setPainter] = useState<LabelPainter | null>(null);
  const hoveredRef = useRef<string>(undefined);
  hoveredRef.current = hovered;
  const [status, setStatus] = useState<LayoutStatus>({ state: "idle", done: 0, total: 0 });
  const layoutControls = useRef<LayoutControls | null>(null);
  const onStatus = useRef(props.onLayoutStatus);
  onStatus.current = props.onLayoutStatus;

  useEffect(() => {
    if (!container.current) return;
    // The level of detail and the reducers are known before the first frame: sigma's first render already uses them.
    const large = isLarge(graph);
    // Labels (lib/graph/label-painter.ts): sigma hands them over, the painter places them off each other.
    // sigma draws its first frame inside its constructor, before `s` exists: that frame is painted below.
    const made: { sigma?: AppSigma } = {};
    const painter = createLabelPainter({
      frame: () => labelFrame(made.sigma!),
      edgeLabelsEverywhere: () => edgeLabelsEverywhere(graph.order, made.sigma?.getCamera().getState().ratio ?? 1),
      hovered: () => hoveredRef.current,
    });
    const s: AppSigma = new Sigma(graph, container.current, {
      ...makeReducers(graph, { hiddenNodes: NONE, hiddenEdges: NONE }),
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      defaultNodeType: "circle",
      defaultEdgeType: "arrow",
      // Parallel relationships are curves (lib/graph/parallel-edges.ts); self-loops stay lines.
      edgeProgramClasses: {
        arrow: ArrowProgram,
        curved: createEdgeCurveProgram({ arrowHead: ARROW_HEAD, drawLabel: painter.drawEdgeLabel }),
      },
      labelFont: FONT,
      labelSize: 13,
      labelWeight: "600",
      labelColor: { color: "#0f172a" },
      ...labelSettings(graph.order),
      defaultDrawNodeLabel: painter.drawNodeLabel,
      renderEdgeLabels: true,
      defaultDrawEdgeLabel: painter.drawEdgeLabel,
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelWeight: "500",
      edgeLabelColor: { color: "#475569" },
      enableEdgeEvents: !large,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
    });
    // Level of detail (lib/graph/lod.ts): while the camera moves, edges and labels are hidden and restored at rest.
    // Always for large graphs (where edge hover/click, a costly picking pass, is off too); for smaller ones, as
    // soon as this device draws the graph too slowly to follow the mouse (software WebGL, a weak GPU).
    let slowDevice = false;
    const applyLevelOfDetail = () => {
      const big = isLarge(graph);
      const lod = big || slowDevice;
      if (s.getSetting("hideEdgesOnMove") !== lod) {
        s.setSetting("hideEdgesOnMove", lod);
        s.setSetting("hideLabelsOnMove", lod);
      }
      if (s.getSetting("enableEdgeEvents") === big) s.setSetting("enableEdgeEvents", !big);
      const labels = labelSettings(graph.order);
      if (s.getSetting("labelGridCellSize") !== labels.labelGridCellSize) {
        for (const [k, v] of Object.entries(labels) as [keyof typeof labels, number][]) s.setSetting(k, v);
      }
    };
    const meter = new MoveFrameMeter(() => {
      slowDevice = true;
      applyLevelOfDetail();
    });
    const onRender = () => {
      const captor = s.getMouseCaptor();
      meter.frame(
        performance.now(),
        s.getCamera().isAnimated() || captor.draggedEvents > 0 || !!captor.currentWheelDirection,
      );
    };
    const onGraphChange = () => {
      if (meter.rescale(graph.order + graph.size)) slowDevice = false;
      applyLevelOfDetail();
    };
    meter.rescale(graph.order + graph.size);
    applyLevelOfDetail();
    made.sigma = s;
    painter.endFrame();
    setPainter(painter);
    s.on("afterRender", onRender);
    graph.on("nodeAdded", onGraphChange);
    graph.on("edgeAdded", onGraphChange);
    graph.on("cleared", onGraphChange);
    setSigma(s);
    const camera = s.getCamera();
    onReady?.({
      zoomIn: () => void camera.animatedZoom({ duration: 250 }),
      zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
      fit: () => {
        s.setCustomBBox(null);
        s.refresh(); // setCustomBBox only schedules a render; the frame is recomputed on refresh
        void camera.animatedReset({ duration: 300 });
      },
      centerOn: (node) => {
        const d = s.getNodeDisplayData(node);
        if (d)
          void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 350 });
      },
      stopLayout: () => layoutControls.current?.stop(),
      resumeLayout: () => layoutControls.current?.resume(),
      picture: () => pictureOf(s),
    });
    return () => {
      onReady?.(null);
      setSigma(null);
      setPainter(null);
      graph.off("nodeAdded", onGraphChange);
      graph.off("edgeAdded", onGraphChange);
      graph.off("cleared", onGraphChange);
      s.kill();
    };
  }, [graph, onReady]);

  const pct = status.total ? Math.round((100 * status.done) / status.total) : 0;
  return (
    <div
      className="relative h-full w-full"
      data-testid="graph-canvas"
      data-layout-state={status.key === props.layoutKey ? status.state : "pending"}
      data-node-count={graph.order}
      data-edge-count={graph.size}
    >
      <div ref={container} className="absolute inset-0" role="img" aria-label={props.label ?? t("canvas.label")} />
      {sigma && (
        <SigmaContext.Provider value={sigma}>
          <LayoutController
            input={props.layoutInput}
            runKey={props.layoutKey}
            controls={layoutControls}
            onStatus={(st) => {
              setStatus(st);
              onStatus.current?.(st);
            }}
          />
          <EventsController
            onSelect={props.onSelect}
            onExpand={props.onExpand}
            onPin={props.onPin}
            onMenu={props.onMenu}
            onToggle={props.onToggle}
            onHover={setHovered}
          />
          {painter && <LabelFrames painter={painter} onHoverEdge={setHoveredEdge} />}
          <AppearanceController
            hiddenNodes={props.hiddenNodes}
            hiddenEdges={props.hiddenEdges}
            selected={props.selected}
            hovered={hovered}
            hoveredEdge={hoveredEdge}
            emphasis={props.emphasis}
          />
          <CameraController initial={props.initialCamera} layoutState={status.state} onChange={props.onCameraChange} />
        </SigmaContext.Provider>
      )}
      {(status.state === "running" || status.state === "paused") && (
        <div className="pointer-events-none absolute bottom-3 left-3 w-56 rounded bg-white/90 px-3 py-2 text-xs text-slate-700 shadow">
          <div className="flex justify-between">
            <span>{status.state === "paused" ? t("canvas.layoutPaused") : t("canvas.layingOut")}</span>
            <span>{pct}%</span>
          </div>
          <div
            className="mt-1 h-1.5 rounded bg-slate-200"
            role="progressbar"
            aria-label={t("canvas.layoutProgress")}
            aria-valuenow={pct}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div className="h-1.5 rounded bg-indigo-500" style={{ width: `${pct}%` }} />
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * The current frame as data: every visible node and relationship after the reducers, in viewport pixels. Labels:
 * every node's in a small graph (as the canvas labels them all), else the forced ones (hovered, selected, path, the
 * best-connected).
 */
function pictureOf(s: AppSigma): Picture {
  const { width, height } = s.getDimensions();
  const graph = s.getGraph();
  const nodes: Picture["nodes"] = new Map();
  const all = graph.order <= PLACE_EVERY_LABEL;
  graph.forEachNode((n) => {
    const d = s.getNodeDisplayData(n);
    if (!d || d.hidden) return;
    const p = s.framedGraphToViewport(d);
    nodes.set(n, { x: p.x, y: p.y, r: s.scaleSize(d.size), color: d.color, label: all || d.forceLabel ? (d.label ?? "") : "" });
  });
  const edges: Picture["edges"] = [];
  graph.forEachEdge((e, _a, source, target) => {
    const d = s.getEdgeDisplayData(e);
    if (!d || d.hidden || !nodes.has(source) || !nodes.has(target)) return;
    const curvature = (d as { curvature?: number }).curvature ?? 0;
    edges.push({ from: source, to: target, color: d.color, width: Math.max(0.5, s.scaleSize(d.size)), curvature, arrow: d.type !== "line" });
  });
  return { width, height, nodes, edges };
}

/**
 * What the label painter needs of the frame sigma is drawing: its size and, in graphs small enough, the node discs
 * (but the dimmed ones of a focus or a path, which a label may cover).
 */
function labelFrame(s: AppSigma): LabelFrame {
  const { width, height } = s.getDimensions();
  const graph = s.getGraph();
  const discs: { x: number; y: number; r: number }[] = [];
  if (graph.order <= PLACE_EVERY_LABEL) {
    graph.forEachNode((n) => {
      const d = s.getNodeDisplayData(n);
      if (!d || d.hidden || d.color === DIMMED_NODE) return;
      const p = s.framedGraphToViewport(d);
      discs.push({ x: p.x, y: p.y, r: s.scaleSize(d.size) });
    });
  }
  return { width, height, discs };
}

/**
 * Runs the label painter at sigma's frame boundaries and reports the relationship under the pointer. A component of
 * its own, like each controller, so its listeners live and die with it.
 */
function LabelFrames({
  painter,
  onHoverEdge,
}: {
  painter: LabelPainter;
  onHoverEdge: (edge: string | undefined) => void;
}) {
  const sigma = useSigma();
  useEffect(() => {
    const enter = ({ edge }: { edge: string }) => onHoverEdge(edge);
    const leave = () => onHoverEdge(undefined);
    sigma.on("beforeRender", painter.beginFrame);
    sigma.on("afterRender", painter.endFrame);
    sigma.on("enterEdge", enter);
    sigma.on("leaveEdge", leave);
    sigma.scheduleRender();
    return () => {
      sigma.off("beforeRender", painter.beginFrame);
      sigma.off("afterRender", painter.endFrame);
      sigma.off("enterEdge", enter);
      sigma.off("leaveEdge", leave);
    };
  }, [sigma, painter, onHoverEdge]);
  return null;
}
