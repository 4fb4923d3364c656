/**
 * Writes a validated seed set to Neo4j in ONE transaction: all or nothing. After it commits, the database holds
 * exactly the set's records for that set (stale records of the set removed, other sets untouched); a failure or a
 * kill at any point leaves the previous state.
 */
import crypto from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { NODE_LABELS, RETIRED_LABELS } from "../../graph-seed/vocabulary";
import { buildSearchText } from "../search-text";
import { ensureSchema } from "./schema-setup";
import type { LoadedNode, LoadedRelationship, SeedSet } from "./validate";

export interface WriteSummary {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  deletedRelationships: number;
  ms: number;
}

const BATCH = 10_000;

type Props = Record<string, unknown>;

/** The properties a node is stored with (all of them: SET n = props replaces the previous ones). */
export function nodeProps(n: LoadedNode, set: string, version: string): Props {
  const props: Props = {
    ...(n.properties ?? {}),
    id: n.id,
    name: n.name,
    name_zh: n.name_zh,
    name_ja: n.name_ja,
    aliases: n.aliases,
    sources: n.citations,
    search_text: buildSearchText([n.name, n.name_zh, n.name_ja, ...n.aliases, n.id]),
    seed_set: set,
    seed_version: version,
  };
  if (n.date !== undefined) props.date = n.date;
  if (n.description !== undefined) props.description = n.description;
  return props;
}

export function relProps(r: LoadedRelationship, set: string, version: string): Props {
  const props: Props = { ...(r.properties ?? {}), id: r.id, sources: r.citations, seed_set: set, seed_version: version };
  if (r.date !== undefined) props.date = r.date;
  return props;
}

/** A hash of the set's content: re-seeding identical files writes identical properties. */
export function setVersion(set: SeedSet): string {
  const h = crypto.createHash("sha256");
  for (const n of set.nodes) h.update(JSON.stringify([n.id, n.label, nodeProps(n, set.name, "")]));
  for (const r of set.relationships) h.update(JSON.stringify([r.id, r.type, r.from, r.to, relProps(r, set.name, "")]));
  return h.digest("hex").slice(0, 16);
}

/*
 * One query text for all nodes (labels are dynamic, Neo4j 5.26+): the server plans it once instead of once per
 * label, which dominated the time of small sets.
 */
const WRITE_NODES = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
REMOVE n:$(row.others)
SET n:$(row.label)`;

/*
 * Relationships keep a static type per query text (one text per type). With a dynamic type, Neo4j 5.26 plans the
 * MERGE as a scan of ALL relationships per row (DirectedAllRelationshipsScan under LockingMerge) instead of
 * Expand(Into) between the two matched nodes: quadratic, minutes for 50k relationships (see bench/README.md).
 */
const writeRelationships = (type: string) => `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:\`${type}\` {id: row.id}]->(b)
SET r = row.props`;

/** A set that builds on others (set.json) writes only once their nodes its relationships end at are there. */
async function checkExternal(tx: ManagedTransaction, set: SeedSet): Promise<void> {
  if (!set.externalIds.length) return;
  const res = await tx.run("UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing", {
    ids: set.externalIds,
  });
  const missing = res.records[0].get("missing") as string[];
  if (missing.length)
    throw new Error(
      `The set "${set.name}" builds on ${set.extends.map((s) => `"${s}"`).join(", ")}, whose nodes are not all in the database ` +
        `(${missing.length} missing, e.g. ${missing.slice(0, 3).join(", ")}): seed ${set.extends.map((s) => `graph-seed/${s}`).join(", ")} first. Nothing was written.`,
    );
}

async function writeAll(tx: ManagedTransaction, set: SeedSet, version: string, labels: readonly string[]) {
  await checkExternal(tx, set);
  for (let i = 0; i < set.nodes.length; i += BATCH) {
    const rows = set.nodes.slice(i, i + BATCH).map((n) => ({
      id: n.id,
      label: n.label,
      others: labels.filter((l) => l !== n.label),
      props: nodeProps(n, set.name, version),
    }));
    await tx.run(WRITE_NODES, { rows });
  }
  const byType = new Map<string, LoadedRelationship[]>();
  for (const r of set.relationships) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  for (const [type, rels] of byType) {
    // type matches ^[A-Z][A-Z0-9_]*$ (validated): safe to place in the query text.
    const cypher = writeRelationships(type);
    for (let i = 0; i < rels.length; i += BATCH) {
      const rows = rels
        .slice(i, i + BATCH)
        .map((r) => ({ id: r.id, from: r.from, to: r.to, props: relProps(r, set.name, version) }));
      await tx.run(cypher, { rows });
    }
  }
  const delRels = await tx.run(
    `MATCH ()-[r]->() WHERE r.seed_set = $set AND r.seed_version <> $version
     DELETE r RETURN count(*) AS deleted`,
    { set: set.name, version },
  );
  const delNodes = await tx.run(
    `MATCH (n:Entity {seed_set: $set}) WHERE n.seed_version <> $version
     DETACH DELETE n RETURN count(*) AS deleted`,
    { set: set.name, version },
  );
  return {
    deletedRelationships: delRels.records[0].get("deleted").toNumber() as number,
    deletedNodes: delNodes.records[0].get("deleted").toNumber() as number,
  };
}

/** Validated set -> database, in one transaction. */
export async function writeSeedSet(driver: Driver, database: string, set: SeedSet): Promise<WriteSummary> {
  const started = Date.now();
  await ensureSchema(driver, database);
  const version = setVersion(set);
  const session = driver.session({ database });
  try {
    const deleted = await session.executeWrite((tx) => writeAll(tx, set, version, [...NODE_LABELS, ...RETIRED_LABELS]), {
      timeout: 600_000,
      metadata: { app: "cn-genai-graph", kind: "seed", set: set.name },
    });
    return { nodes: set.nodes.length, relationships: set.relationships.length, ...deleted, ms: Date.now() - started };
  } finally {
    await session.close();
  }
}
