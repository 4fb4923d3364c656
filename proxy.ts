/**
 * A path that is not valid percent-encoding would otherwise get Next's HTML 400; here it gets the API's JSON error
 * like any other bad input. It runs only for API paths that contain a "%" (the matcher below, tested against the
 * raw path): running it on every API request cost ~0.5 ms each, a third of a node lookup (bench/README.md). The
 * explorer's ids need no escapes (lib/url/path-segment.ts), so its requests never come here. Next 16 renamed the
 * middleware file convention to proxy (proxy.ts, export `proxy`); a proxy always runs on the Node.js runtime.
 */
import { NextResponse, type NextRequest } from "next/server";

export function proxy(req: NextRequest) {
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

export const config = { matcher: "/api/:path(.*%.*)" };
