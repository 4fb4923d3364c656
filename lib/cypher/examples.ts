/** Example console queries for this ecosystem, one click each. Pure data, read-only Cypher. */

export interface ConsoleExample {
  title: string;
  query: string;
  /** Parameters as JSON text (what the parameters editor shows). */
  params?: string;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    title: "Who developed which model",
    query: "MATCH p = (c:Entity)-[:DEVELOPED]->(m:Model)\nRETURN p\nLIMIT 200",
  },
  {
    title: "Around one company",
    query: "MATCH p = (c:Entity {id: $id})-[r]-(other)\nRETURN p",
    params: '{\n  "id": "company:baidu"\n}',
  },
  {
    title: "Regulators and their policies",
    query: "MATCH p = (g:GovernmentBody)-[:ISSUED]->(policy:Policy)\nRETURN p",
  },
  {
    title: "Money: investors and what they back",
    query: "MATCH p = (i:Entity)-[:INVESTED_IN|BACKS|FUNDS]->(x)\nRETURN p\nLIMIT 200",
  },
  {
    title: "Most connected entities",
    query:
      "MATCH (n:Entity)\nRETURN n.name AS name, n.name_zh AS zh,\n       [l IN labels(n) WHERE l <> 'Entity'][0] AS type,\n       COUNT { (n)--() } AS degree\nORDER BY degree DESC\nLIMIT 20",
  },
  {
    title: "Models by release date",
    query: "MATCH (m:Model)\nWHERE m.date IS NOT NULL\nRETURN m.name AS model, m.name_zh AS zh, m.date AS released\nORDER BY released",
  },
  {
    title: "Shortest path between two entities",
    query: "MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))\nRETURN p",
    params: '{\n  "from": "company:baidu",\n  "to": "company:alibaba"\n}',
  },
  {
    title: "Search names (full text, 中文 too)",
    query: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score\nRETURN node, score\nLIMIT 25",
    params: '{\n  "q": "文心"\n}',
  },
  {
    title: "Entities by type",
    query: "MATCH (n:Entity)\nRETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, count(*) AS entities\nORDER BY entities DESC",
  },
  {
    title: "Relationship types",
    query: "MATCH ()-[r]->()\nRETURN type(r) AS type, count(*) AS relationships\nORDER BY relationships DESC",
  },
  {
    title: "Schema of the graph",
    query: "CALL db.schema.visualization()",
  },
];
