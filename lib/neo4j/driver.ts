/**
 * The app's one driver per process. 'server-only' keeps it (and the credentials) out of client bundles;
 * in development the instance is cached on globalThis so hot reloads do not open new pools.
 */
import "server-only";
import type { Driver } from "neo4j-driver";
import { createDriverFromEnv, type DriverConfig } from "./create-driver";

const globalForDriver = globalThis as unknown as { __cngraphDriver?: { driver: Driver; config: DriverConfig } };

export function getDriver(): { driver: Driver; config: DriverConfig } {
  globalForDriver.__cngraphDriver ??= createDriverFromEnv();
  return globalForDriver.__cngraphDriver;
}
