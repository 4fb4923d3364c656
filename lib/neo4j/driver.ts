/**
 * The app's one driver per process. 'server-only' keeps it (and the credentials) out of client bundles;
 * in development the instance is cached on globalThis so hot reloads do not open new pools.
 */
import "server-only";
import type { Driver } from "neo4j-driver";
import { env } from "../env";
import { createDriverFromEnv, type DriverConfig } from "./create-driver";
import { graphMode, type GraphMode } from "./graph-mode";
import type { Db } from "./run";

const globalForDriver = globalThis as unknown as { __cngraphDriver?: { driver: Driver; config: DriverConfig } };

export function getDriver(): { driver: Driver; config: DriverConfig } {
  globalForDriver.__cngraphDriver ??= createDriverFromEnv();
  return globalForDriver.__cngraphDriver;
}

/** The app's database handle: the one driver, its database and the API's query timeout. */
export function db(): Db {
  const { driver, config } = getDriver();
  return { driver, database: config.database, timeoutMs: env().API_QUERY_TIMEOUT_MS };
}

/** Whose graph the app's database holds, for a page or a link: ours when it cannot be told (the database down). */
export function appGraphMode(): Promise<GraphMode> {
  return graphMode(db()).catch(() => "ours" as const);
}
