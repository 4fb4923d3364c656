/**
 * Example console queries for this ecosystem, one click each. Pure data, read-only Cypher; each title is a message
 * of the console namespace (the side panel says it in the page's language).
 */
import { msg, type Message } from "../i18n/message";

export interface ConsoleExample {
  title: Message;
  query: string;
  /** Parameters as JSON text (what the parameters editor shows). */
  params?: string;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    title: msg("console.examples.developed"),
    query: "MATCH p = (c:Entity)-[:DEVELOPED]->(m:Model)\nRETURN p\nLIMIT 200",
  },
  {
    title: msg("console.examples.aroundCompany"),
    query: "MATCH p = (c:Entity {id: $id})-[r]-(other)\nRETURN p",
    params: '{\n  "id": "company:baidu"\n}',
  },
  {
    title: msg("console.examples.regulators"),
    query: "MATCH p = (g:GovernmentBody)-[:ISSUED]->(policy:Policy)\nRETURN p",
  },
  {
    title: msg("console.examples.money"),
    query: "MATCH p = (i:Entity)-[:INVESTED_IN|BACKS|FUNDS]->(x)\nRETURN p\nLIMIT 200",
  },
  {
    title: msg("console.examples.mostConnected"),
    query:
      "MATCH (n:Entity)\nRETURN n.name AS name, n.name_zh AS zh,\n       [l IN labels(n) WHERE l <> 'Entity'][0] AS type,\n       COUNT { (n)--() } AS degree\nORDER BY degree DESC\nLIMIT 20",
  },
  {
    title: msg("console.examples.modelsByDate"),
    query: "MATCH (m:Model)\nWHERE m.date IS NOT NULL\nRETURN m.name AS model, m.name_zh AS zh, m.date AS released\nORDER BY released",
  },
  {
    title: msg("console.examples.shortestPath"),
    query: "MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))\nRETURN p",
    params: '{\n  "from": "company:baidu",\n  "to": "company:alibaba"\n}',
  },
  {
    title: msg("console.examples.searchNames"),
    query: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score\nRETURN node, score\nLIMIT 25",
    params: '{\n  "q": "文心"\n}',
  },
  {
    title: msg("console.examples.entitiesByType"),
    query: "MATCH (n:Entity)\nRETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, count(*) AS entities\nORDER BY entities DESC",
  },
  {
    title: msg("console.examples.relationshipTypes"),
    query: "MATCH ()-[r]->()\nRETURN type(r) AS type, count(*) AS relationships\nORDER BY relationships DESC",
  },
  {
    title: msg("console.examples.schema"),
    query: "CALL db.schema.visualization()",
  },
];

/** Examples for a database we did not design (issue 17): nothing in them names our labels or ids. */
export const ANY_GRAPH_EXAMPLES: readonly ConsoleExample[] = [
  { title: msg("console.examples.someNodes"), query: "MATCH p = (n)-[r]-(m)\nRETURN p\nLIMIT 50" },
  {
    title: msg("console.examples.labelsCounted"),
    query: "MATCH (n)\nUNWIND labels(n) AS label\nRETURN label, count(*) AS nodes\nORDER BY nodes DESC",
  },
  {
    title: msg("console.examples.mostConnectedAny"),
    query: "MATCH (n)\nRETURN n, COUNT { (n)--() } AS degree\nORDER BY degree DESC\nLIMIT 20",
  },
  {
    title: msg("console.examples.relationshipTypes"),
    query: "MATCH ()-[r]->()\nRETURN type(r) AS type, count(*) AS relationships\nORDER BY relationships DESC",
  },
  { title: msg("console.examples.schema"), query: "CALL db.schema.visualization()" },
];
