import { json, route } from "@/lib/api/handler";
import { clientKey, enforceRateLimit, limiter } from "@/lib/api/rate-limit";
import { consoleLimits, readConsoleRequest } from "@/lib/cypher/request";
import { runConsoleQuery } from "@/lib/cypher/runner";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getDriver } from "@/lib/neo4j/driver";
import { keysReady } from "@/lib/neo4j/graph-mode";

export const dynamic = "force-dynamic";

/** The Cypher console: read-only queries under the guard in lib/cypher (see lib/cypher/runner.ts). */
export const POST = route(async (req) => {
  const e = env();
  if (!e.CYPHER_CONSOLE) throw new AppError("console_disabled", "The Cypher console is switched off on this server.");
  enforceRateLimit(limiter("cypher", e.CYPHER_RATE_LIMIT_PER_MINUTE), clientKey(req.headers), "console queries");
  const { query, params } = await readConsoleRequest(req, e);
  const { driver, config } = getDriver();
  await keysReady({ driver, database: config.database });
  return json(await runConsoleQuery({ driver, database: config.database }, query, params, consoleLimits(e)));
});
