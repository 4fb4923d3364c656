/**
 * This server's own address as the request reached it ("https://graph.example.org"), behind a proxy too: for the
 * absolute URLs metadata needs (hreflang alternates, the link preview's picture). Server components only.
 */
import "server-only";
import { headers } from "next/headers";

export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
