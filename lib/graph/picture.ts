/**
 * The picture of the current view as SVG: what sigma draws (after the reducers: colours, sizes, what is hidden),
 * in the canvas's pixels — circles, straight or curved lines with arrowheads, labels as text (searchable, any
 * script) — with the title, the legend and the link. The PNG export rasterises this SVG at 1x or 2x. Pure.
 * The caption's words come from the caller, in the page's language (`say`; English without one).
 */
import { escapeXml, FONT_STACK, sayExportInEnglish, type ExportSay } from "./export";

export interface PictureNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string;
}
export interface PictureEdge {
  from: string;
  to: string;
  color: string;
  width: number;
  /** Sigma's curvature (0: straight). */
  curvature: number;
  arrow: boolean;
}
export interface Picture {
  width: number;
  height: number;
  nodes: Map<string, PictureNode>;
  edges: PictureEdge[];
}
/** The caption: title, link and data set, and the legend's entries — all already in the page's language. */
export interface PictureCaption {
  title: string;
  link: string;
  dataset: string;
  legend: { color: string; label: string }[];
}

/** About how wide a legend label is at 11px: CJK (and other full-width) characters take about a square each. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 11 : 6.5;
  return w;
}
const HEADER = 44;
const FOOTER = 40;
/** What the title above and the legend and link below add to the canvas's height. */
export const CAPTION_HEIGHT = HEADER + FOOTER;

const n2 = (v: number) => Math.round(v * 10) / 10;

/** A curve's control point: the midpoint pushed sideways by curvature x length (as @sigma/edge-curve bends). */
function control(a: PictureNode, b: PictureNode, curvature: number): { x: number; y: number } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { x: mx - dy * curvature, y: my + dx * curvature };
}

export function toSvg(p: Picture, c: PictureCaption, say: ExportSay = sayExportInEnglish): string {
  const W = Math.round(p.width);
  const H = Math.round(p.height) + HEADER + FOOTER;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family='${FONT_STACK}'>`);
  out.push(`<title>${escapeXml(c.title)}</title>`);
  out.push(`<desc>${escapeXml(say("export.file.svgDescription", { link: c.link, dataset: c.dataset }))}</desc>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`);
  out.push(`<text x="12" y="28" font-size="18" font-weight="600" fill="#0f172a">${escapeXml(c.title)}</text>`);
  out.push(`<g transform="translate(0 ${HEADER})">`);
  for (const e of p.edges) {
    const a = p.nodes.get(e.from);
    const b = p.nodes.get(e.to);
    if (!a || !b) continue;
    // End the line at the target circle's edge, so the arrowhead shows.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const tx = b.x - (dx / len) * b.r;
    const ty = b.y - (dy / len) * b.r;
    const marker = e.arrow ? ' marker-end="url(#arrow)"' : "";
    if (e.curvature) {
      const k = control(a, b, e.curvature);
      out.push(`<path d="M${n2(a.x)},${n2(a.y)} Q${n2(k.x)},${n2(k.y)} ${n2(tx)},${n2(ty)}" fill="none" stroke="${e.color}" stroke-width="${n2(e.width)}"${marker}/>`);
    } else {
      out.push(`<line x1="${n2(a.x)}" y1="${n2(a.y)}" x2="${n2(tx)}" y2="${n2(ty)}" stroke="${e.color}" stroke-width="${n2(e.width)}"${marker}/>`);
    }
  }
  for (const n of p.nodes.values()) out.push(`<circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.r)}" fill="${n.color}"/>`);
  for (const n of p.nodes.values()) {
    if (!n.label) continue;
    out.push(
      `<text x="${n2(n.x + n.r + 3)}" y="${n2(n.y + 4)}" font-size="12" font-weight="600" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.label)}</text>`,
    );
  }
  out.push(`</g>`);
  // Footer: the legend, then the link and the data set.
  let x = 12;
  const y = H - FOOTER + 14;
  for (const l of c.legend.slice(0, 10)) {
    out.push(`<circle cx="${x + 5}" cy="${y - 4}" r="5" fill="${l.color}"/><text x="${x + 14}" y="${y}" font-size="11" fill="#334155">${escapeXml(l.label)}</text>`);
    x += 24 + labelWidth(l.label);
    if (x > W - 80) break;
  }
  out.push(`<text x="12" y="${H - 8}" font-size="10" fill="#64748b">${escapeXml(`${c.link} · ${c.dataset}`)}</text>`);
  out.push(`</svg>`);
  return out.join("\n");
}
