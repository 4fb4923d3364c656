/** Constraints and indexes, created idempotently before any seed write (schema commands run in their own tx). */
import type { Driver } from "neo4j-driver";
import { NODE_LABELS } from "../../graph-seed/vocabulary";

export const SCHEMA_STATEMENTS: string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  // Full-text over every name with the CJK analyzer (bigrams: Chinese and Japanese names are tokenised).
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.name_zh, n.name_ja, n.search_text] " +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}",
  // Substrings of any name (a single CJK character, the middle of a word): trigram text index for CONTAINS.
  "CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.search_text)",
  "CREATE INDEX entity_seed_set IF NOT EXISTS FOR (n:Entity) ON (n.seed_set)",
  "CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.date)",
];

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
