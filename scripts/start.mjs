/**
 * npm start: `next start` with an HTTP keep-alive timeout that outlasts the proxies in front of it.
 *
 * Node closes an idle keep-alive connection after 5 s. Proxies and load balancers keep idle upstream connections
 * open longer (nginx's client keepalive_timeout 75 s, AWS ALB 60 s): a request they send on a socket the app has
 * just closed fails with a reset. So the app's timeout must be the longer one. KEEP_ALIVE_TIMEOUT (milliseconds;
 * the variable Next's standalone server.js, the Docker image, reads too) sets it; default 75,000 ms.
 * Plain JavaScript, run by node itself: a loader (tsx) would sit under every module the server loads.
 * Any other arguments go to `next start` (-p 3199, -H 127.0.0.1).
 */
import { createRequire } from "node:module";

export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 75_000;
const MIN = 1_000;
const MAX = 3_600_000;

/** The keep-alive timeout in ms from KEEP_ALIVE_TIMEOUT; a message naming the variable when it is not one. */
export function keepAliveTimeoutMs(value) {
  if (value === undefined || value === "") return DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  if (!/^\d{1,7}$/.test(value) || Number(value) < MIN || Number(value) > MAX) {
    throw new Error(`KEEP_ALIVE_TIMEOUT must be a whole number of milliseconds from ${MIN} to ${MAX} (got ${JSON.stringify(value)}).`);
  }
  return Number(value);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let ms;
  try {
    ms = keepAliveTimeoutMs(process.env.KEEP_ALIVE_TIMEOUT);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  // Next's own CLI, in this process: `next start --keepAliveTimeout <ms> …the arguments given here`.
  process.argv.splice(2, 0, "start", "--keepAliveTimeout", String(ms));
  createRequire(import.meta.url)("next/dist/bin/next");
}
