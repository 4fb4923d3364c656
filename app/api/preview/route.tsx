/**
 * `GET /api/preview?<an explorer link's query>`: the link's og:image, 1200x630 PNG of the graph it names (see
 * lib/explore/preview-image.ts), cached for ten minutes. A link that does not parse, data that cannot be read in
 * time, or a link that names nothing gives the plain picture — never a 500.
 */
import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { linkPreview } from "@/lib/explore/preview";
import { PREVIEW_SIZE, previewPicture, type PreviewPicture } from "@/lib/explore/preview-image";
import { parseViewState } from "@/lib/url/view-state";

export const dynamic = "force-dynamic";

const TIME_LIMIT_MS = 4_000;

function picture(title: string, subtitle: string, p: PreviewPicture | null): ImageResponse {
  const latin = (s: string) => s.replace(/[^\u0020-\u024F\u2010-\u2027]/g, "").trim();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: "sans-serif" }}>
        <div style={{ display: "flex", flexDirection: "column", padding: "18px 32px 0 32px", height: 86 }}>
          <div style={{ fontSize: 34, fontWeight: 700, color: "#0f172a" }}>{latin(title).slice(0, 70) || "China GenAI Graph"}</div>
          <div style={{ fontSize: 18, color: "#475569" }}>{subtitle}</div>
        </div>
        {p ? (
          <div style={{ display: "flex", position: "relative", width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height - 86 }}>
            {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text */}
            <img src={`data:image/svg+xml;base64,${Buffer.from(p.svg).toString("base64")}`} width={PREVIEW_SIZE.width} height={PREVIEW_SIZE.height - 86} />
            {p.labels.map((l) => (
              <div key={`${l.x},${l.y},${l.text}`} style={{ position: "absolute", left: l.x, top: l.y, fontSize: 14, fontWeight: 600, color: "#0f172a" }}>
                {l.text}
              </div>
            ))}
          </div>
        ) : (
          <div style={{ display: "flex", flex: 1, alignItems: "center", justifyContent: "center", fontSize: 28, color: "#64748b" }}>
            Who builds, funds, partners with and regulates whom
          </div>
        )}
      </div>
    ),
    { ...PREVIEW_SIZE, headers: { "Cache-Control": "public, max-age=600" } },
  );
}

export async function GET(req: NextRequest) {
  const parsed = parseViewState(req.nextUrl.searchParams);
  if (!parsed.ok) return picture("China GenAI Graph", "China's generative-AI ecosystem as a graph", null);
  const s = parsed.state;
  try {
    const within = <T,>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIME_LIMIT_MS))]);
    const [preview, pic] = await within(Promise.all([linkPreview(s), previewPicture(s)]));
    const subtitle = pic ? `${pic.nodes} entities, ${pic.relationships} relationships — China GenAI Graph` : "China GenAI Graph";
    return picture(preview.title, subtitle, pic);
  } catch {
    return picture("China GenAI Graph", "China's generative-AI ecosystem as a graph", null);
  }
}
