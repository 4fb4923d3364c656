/**
 * Two jobs, each on its own paths (the matcher below, tested against the raw path):
 * - Pages: next-intl's locale routing. Every page lives under its locale (`/ja/explore?…`); a path without one
 *   (today's links, `/explore?v=…`, and `/`) is redirected to the same path in the visitor's language (the
 *   NEXT_LOCALE cookie, then Accept-Language, then English), query kept. lib/i18n/locales.ts.
 * - API paths that contain a "%": a path that is not valid percent-encoding would otherwise get Next's HTML 400;
 *   here it gets the API's JSON error like any other bad input. Running it on every API request cost ~0.5 ms
 *   each, a third of a node lookup (bench/README.md); the explorer's ids need no escapes (lib/url/path-segment.ts),
 *   so its requests never come here.
 * Next 16 renamed the middleware file convention to proxy (proxy.ts, export `proxy`); it runs on Node.js.
 */
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";

const pages = createMiddleware(routing);

export function proxy(req: NextRequest) {
  if (!req.nextUrl.pathname.startsWith("/api/")) return pages(req);
  try {
    decodeURIComponent(req.nextUrl.pathname);
  } catch {
    return NextResponse.json(
      { error: { code: "bad_request", message: "The URL path is not valid percent-encoding." } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.next();
}

export const config = {
  // Pages: everything but the API, Next's own files, the bench's page and files with an extension (icons, the
  // export viewer). API: only paths with a "%".
  matcher: ["/api/:path(.*%.*)", "/((?!api/|api$|_next/|_vercel/|bench-canvas|.*\\..*).*)"],
};
