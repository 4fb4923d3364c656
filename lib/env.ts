/**
 * The environment, parsed once with zod. A bad value stops the process with a message naming the variable.
 * No secrets leave the server: this module is only imported by server code and scripts.
 */
import { z } from "zod";

const bool = z
  .enum(["on", "off", "true", "false", "1", "0", "yes", "no"])
  .transform((v) => ["on", "true", "1", "yes"].includes(v));
const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

const envSchema = z.object({
  /** Any Neo4j: bolt://, neo4j://, neo4j+s:// (Aura, clusters). Unset: the embedded server below. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "must be a bolt:// or neo4j:// URI (optionally +s / +ssc)")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  /** When unset, the embedded server uses a local development password (never used with NEO4J_URI). */
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/).default("neo4j"),
  /** Embedded server: port and data directory. */
  NEO4J_EMBEDDED_PORT: int(7687, 1, 65535),
  NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  NEO4J_EMBEDDED_HEAP: z.string().regex(/^\d+[mg]$/).default("3g"),
  /** Timeout of one API query, in ms (the embedded server also has a server-wide timeout). */
  API_QUERY_TIMEOUT_MS: int(10_000, 100, 300_000),
  /** Driver: how long to wait for a connection before answering 503. */
  NEO4J_CONNECTION_TIMEOUT_MS: int(2_000, 100, 60_000),
  NEO4J_MAX_POOL_SIZE: int(64, 1, 1000),
  /** The Cypher console (POST /api/cypher and /console). */
  CYPHER_CONSOLE: bool.default(true),
  CYPHER_TIMEOUT_MS: int(5_000, 100, 120_000),
  CYPHER_MAX_ROWS: int(5_000, 1, 100_000),
  CYPHER_MAX_QUERY_LENGTH: int(10_000, 100, 1_000_000),
  CYPHER_MAX_PARAMS_BYTES: int(65_536, 100, 10_000_000),
  /** Requests per minute per client for the console; 0 turns the limit off. */
  CYPHER_RATE_LIMIT_PER_MINUTE: int(60, 0, 1_000_000),
  /** Requests per minute per client for the rest of the API; 0 turns the limit off. */
  API_RATE_LIMIT_PER_MINUTE: int(1_200, 0, 10_000_000),
  /** Trust X-Forwarded-For / X-Real-IP to tell clients apart (only behind a proxy that sets them). */
  TRUST_PROXY: bool.default(false),
  /**
   * Which graph the database holds: `ours` (the seeded ecosystem: its ids, Entity label and full-text index), `any`
   * (a database we did not design: introspected, element ids, search without our index), or `auto` (ours when
   * the seed's full-text index `entity_names` exists, else any). lib/neo4j/graph-mode.ts.
   */
  GRAPH_MODE: z.enum(["ours", "any", "auto"]).default("auto"),
});

export type Env = z.infer<typeof envSchema> & {
  /** The URI the app will use (the embedded server's when NEO4J_URI is unset). */
  neo4jUri: string;
  embedded: boolean;
  neo4jPassword: string;
};

/** Used only for the embedded server on loopback when NEO4J_PASSWORD is unset. */
export const EMBEDDED_DEV_PASSWORD = "cngraph-local-dev";

export class EnvError extends Error {}

/** Parses an environment (process.env by default). Throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const embedded = !e.NEO4J_URI;
  if (!embedded && !e.NEO4J_PASSWORD) {
    throw new EnvError("Invalid environment:\n  NEO4J_PASSWORD: is required when NEO4J_URI points at your own Neo4j");
  }
  return {
    ...e,
    embedded,
    neo4jUri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_EMBEDDED_PORT}`,
    neo4jPassword: e.NEO4J_PASSWORD ?? EMBEDDED_DEV_PASSWORD,
  };
}

let cached: Env | undefined;
/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
