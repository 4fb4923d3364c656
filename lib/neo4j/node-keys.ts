/**
 * Finding nodes by the keys the API hands out (lib/neo4j/mappers.ts nodeKey): the seed's stable id of our
 * entities (`company:baidu`: the `Entity.id` uniqueness index) or a node's element id (`element:4:…:12`: Neo4j's
 * element-id seek), so every lookup stays an index seek in both kinds of database (issue 17).
 */
const ELEMENT = "element:";

export const isElementKey = (key: string) => key.startsWith(ELEMENT);
export const elementIdOf = (key: string) => key.slice(ELEMENT.length);

/** The keys split by kind: `$ids` (our ids) and `$eids` (element ids, without the prefix). */
export function keyParams(keys: readonly string[]): { ids: string[]; eids: string[] } {
  return { ids: keys.filter((k) => !isElementKey(k)), eids: keys.filter(isElementKey).map(elementIdOf) };
}

/** `MATCH` of one node by `$key` into `v`, with its parameter. */
export function matchByKey(v: string, key: string): { cypher: string; params: { key: string } } {
  return isElementKey(key)
    ? { cypher: `MATCH (${v}) WHERE elementId(${v}) = $key`, params: { key: elementIdOf(key) } }
    : { cypher: `MATCH (${v}:Entity {id: $key})`, params: { key } };
}

/** A subquery yielding `v` for every node named in `$ids` / `$eids` (keyParams). */
export function nodesByKeys(v: string): string {
  return `CALL () {
  MATCH (${v}:Entity) WHERE ${v}.id IN $ids RETURN ${v}
  UNION
  MATCH (${v}) WHERE elementId(${v}) IN $eids RETURN ${v}
}`;
}
