/**
 * `GET /api/preview?<an explorer link's query>`: the link's og:image, 1200x630 PNG of the graph it names (see
 * lib/explore/preview-image.ts), cached for ten minutes. A link that does not parse, data that cannot be read in
 * time, or a link that names nothing gives the plain picture — never a 500.
 *
 * The picture speaks the page's language, `hl=en|ja|zh` (optional; not a view-state key), else the link's label
 * language `l=` (which a /ja or /zh page's link serialized in English carries), and draws Chinese and Japanese
 * with the preview fonts (lib/explore/preview-fonts.ts).
 */
import { ImageResponse } from "next/og";
import { withValidator } from "@/lib/api/http-cache";
import { appGraphMode, db } from "@/lib/neo4j/driver";
import type { NextRequest } from "next/server";
import { linkPreview } from "@/lib/explore/preview";
import { drawable, fontFamily, previewFonts } from "@/lib/explore/preview-fonts";
import { PREVIEW_SIZE, previewPicture, type PreviewPicture } from "@/lib/explore/preview-image";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { parseViewState } from "@/lib/url/view-state";

export const dynamic = "force-dynamic";

const TIME_LIMIT_MS = 4_000;

/** `labels`: the language of the graph's labels (the link's `l=`), whose font comes first for them. */
function picture(locale: Locale, title: string, subtitle: string, p: PreviewPicture | null, labels: string = locale): ImageResponse {
  const t = translator(locale);
  const fonts = previewFonts();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: fontFamily(locale) }}>
        <div style={{ display: "flex", flexDirection: "column", padding: "18px 32px 0 32px", height: 86 }}>
          {/* One line: CJK is twice as wide as Latin, so a long title ends in an ellipsis rather than wrapping. */}
          <div style={{ fontSize: 34, fontWeight: 700, color: "#0f172a", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>
            {drawable(title).slice(0, 70) || drawable(t("common.app.name"))}
          </div>
          <div style={{ fontSize: 18, color: "#475569" }}>{drawable(subtitle)}</div>
        </div>
        {p ? (
          <div style={{ display: "flex", position: "relative", width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height - 86, fontFamily: fontFamily(labels) }}>
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
            {drawable(t("home.previewImage.tagline"))}
          </div>
        )}
      </div>
    ),
    { ...PREVIEW_SIZE, ...(fonts.length ? { fonts } : {}), headers: { "Cache-Control": "public, max-age=600" } },
  );
}

/** The plain picture: the app's name and what it shows. */
function plain(locale: Locale): ImageResponse {
  const t = translator(locale);
  return picture(locale, t("common.app.name"), t("home.previewImage.subtitle"), null);
}

/** Pictures drawn because the data could not be read in time: sent, but never validated as the link's picture. */
const fallbacks = new WeakSet<Response>();

/**
 * With a validator (lib/api/http-cache.ts): a crawler or CDN that asks again gets a 304 without the picture being
 * drawn again; still cached ten minutes without asking.
 */
export async function GET(req: NextRequest) {
  return withValidator(req, db(), () => draw(req), { cacheControl: "public, max-age=600", cacheable: (r) => !fallbacks.has(r) });
}

async function draw(req: NextRequest): Promise<Response> {
  // The picture's language: `hl=` (the page's, when the link gives it), else the link's label language `l=`.
  const q = req.nextUrl.searchParams;
  const hl = q.get("hl");
  const parsed = parseViewState(q, isLocale(hl) ? hl : DEFAULT_LOCALE, { mode: await appGraphMode() });
  const l = q.get("l");
  if (!parsed.ok) return plain(isLocale(hl) ? hl : isLocale(l) ? l : DEFAULT_LOCALE);
  const s = parsed.state;
  const locale: Locale = isLocale(hl) ? hl : isLocale(s.lang) ? s.lang : DEFAULT_LOCALE;
  try {
    const within = <T,>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIME_LIMIT_MS))]);
    const [preview, pic] = await within(Promise.all([linkPreview(s, locale), previewPicture(s)]));
    const t = translator(locale);
    const app = t("common.app.name");
    const subtitle = pic ? t("home.previewImage.counts", { nodes: String(pic.nodes), relationships: String(pic.relationships), app }) : app;
    return picture(locale, preview.title, subtitle, pic, s.lang);
  } catch {
    const res = plain(locale);
    fallbacks.add(res);
    return res;
  }
}
