/**
 * Runs before every API route: a path that is not valid percent-encoding would otherwise get Next's HTML 400;
 * here it gets the API's JSON error like any other bad input.
 */
import { NextResponse, type NextRequest } from "next/server";

export function middleware(req: NextRequest) {
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

export const config = { matcher: "/api/:path*" };
