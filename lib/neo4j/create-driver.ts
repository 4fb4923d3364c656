/**
 * Builds a neo4j-driver Driver from the parsed environment. Shared by the app (lib/neo4j/driver.ts, server-only)
 * and the scripts (seed, db, tests), which cannot import 'server-only'.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { env, type Env } from "../env";

export interface DriverConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  connectionTimeoutMs: number;
  maxPoolSize: number;
}

export function driverConfig(e: Env = env()): DriverConfig {
  return {
    uri: e.neo4jUri,
    user: e.NEO4J_USER,
    password: e.neo4jPassword,
    database: e.NEO4J_DATABASE,
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
    maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
  };
}

export function createDriver(config: DriverConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail fast when the database is down, so requests answer 503 quickly instead of hanging.
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: Math.max(config.connectionTimeoutMs * 2, 2_000),
    maxConnectionPoolSize: config.maxPoolSize,
    // One retry (after ~1 s) rides out a cluster leader switch; a longer budget would allow a second retry after
    // another ~2 s, and an outage must be answered within 2 s.
    maxTransactionRetryTime: 500,
    userAgent: "cn-genai-graph/0.1",
    logging: { level: "error", logger: (_level, message) => console.error(`[neo4j] ${message}`) },
  });
}

export function createDriverFromEnv(e: Env = env()): { driver: Driver; config: DriverConfig } {
  const config = driverConfig(e);
  return { driver: createDriver(config), config };
}

/** The URI without credentials, safe to show. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//");
}
