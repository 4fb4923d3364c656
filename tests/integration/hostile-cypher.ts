/**
 * The console guard's hostile corpus: inputs that must all be refused (a 4xx, nothing run). Data only; used by
 * tests/integration/cypher-guard.test.ts (over HTTP and against lib/cypher with a real driver) and by the unit
 * tests of the text guard. Each entry names what it tries.
 */

export interface HostileInput {
  /** What the input tries, for test names. */
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** True when the point is the parameters, not the text (the text guard alone lets the text through). */
  paramsAttack?: boolean;
  /** Refused by the console's policy, though Neo4j's plan alone shows nothing harmful (USE of this same database). */
  policyOnly?: boolean;
}

/** Entries whose plan is a harmless read: the text guard refuses them as a matter of policy. */
const POLICY_ONLY = new Set(["database: use in a subquery", "prefix: lower case explain"]);

const writes: [string, string][] = [
  ["create node", "CREATE (n:Hostile {id: 'hostile:1'}) RETURN n"],
  ["create relationship", "MATCH (a), (b) WITH a, b LIMIT 1 CREATE (a)-[:HOSTILE]->(b)"],
  ["merge node", "MERGE (n:Hostile {id: 'hostile:2'}) RETURN n"],
  ["merge on match set", "MERGE (a:Company {id: 'company:baidu'}) ON MATCH SET a.name = 'pwned' RETURN a"],
  ["set property", "MATCH (n) SET n.hacked = true RETURN count(n)"],
  ["set label", "MATCH (n) SET n:Hacked RETURN count(n)"],
  ["set += map", "MATCH (n) SET n += {hacked: 1}"],
  ["set = map (wipes properties)", "MATCH (n) SET n = {}"],
  ["delete relationships", "MATCH ()-[r]->() DELETE r"],
  ["delete node", "MATCH (n:Person) DELETE n"],
  ["detach delete", "MATCH (n) DETACH DELETE n"],
  ["remove property", "MATCH (n) REMOVE n.name"],
  ["remove label", "MATCH (n) REMOVE n:Company"],
  ["foreach create", "FOREACH (x IN range(1, 3) | CREATE (:Hostile {x: x}))"],
  ["foreach set", "MATCH (n) FOREACH (x IN [1] | SET n.hacked = x)"],
  ["match then foreach", "MATCH (n) WITH collect(n) AS ns FOREACH (m IN ns | DETACH DELETE m)"],
  ["call subquery set", "MATCH (n) CALL { WITH n SET n.hacked = 1 } RETURN count(*)"],
  ["call subquery create", "CALL { CREATE (n:Hostile) RETURN n } RETURN n"],
  ["scoped call subquery", "MATCH (n) CALL (n) { SET n.hacked = 1 } RETURN count(*)"],
  ["nested subqueries", "CALL { CALL { CREATE (n:Hostile) RETURN n } RETURN n } RETURN n"],
  ["optional match then create", "OPTIONAL MATCH (n) WITH n LIMIT 1 CREATE (m:Hostile)"],
  ["unwind create", "UNWIND [1, 2] AS x CREATE (:Hostile {x: x})"],
  ["with limit detach delete", "MATCH (n) WITH n LIMIT 1 DETACH DELETE n RETURN count(*)"],
  ["union with a write", "MATCH (n) RETURN n.id AS x UNION CREATE (m:Hostile) RETURN m.id AS x"],
  ["insert (GQL)", "INSERT (n:Hostile)"],
  ["count subquery with a write", "MATCH (n) WHERE COUNT { CREATE (m) } > 0 RETURN n"],
  ["exists subquery with a write", "MATCH (n) WHERE EXISTS { MATCH (n) SET n.x = 1 } RETURN n"],
];

const spelling: [string, string][] = [
  ["lower case", "create (n:Hostile)"],
  ["mixed case", "CrEaTe (n:Hostile)"],
  ["no spaces", "MATCH(n)SET n.hacked=1"],
  ["tabs and newlines", "MATCH (n)\n\tDETACH\n\tDELETE n"],
  ["many spaces", "match (n)   detach      delete n"],
  ["leading blank lines", "\n\n   \n  CREATE (n:Hostile)"],
  ["carriage returns", "MATCH (n)\r\nSET n.hacked = 1\r\n"],
  ["form feed", "MATCH (n)\fDELETE n"],
  ["mixed case merge", "mErGe (n:Hostile {id: 'x'})"],
  ["lower case remove", "match (n) remove n.name"],
  ["lower case foreach", "foreach (x in [1] | create (:Hostile))"],
];

const comments: [string, string][] = [
  ["block comment before a write", "MATCH (n) /* harmless */ DETACH DELETE n"],
  ["line comment before a write", "MATCH (n) // read only, promise\nSET n.hacked = 1"],
  ["write after a commented-out read", "/* RETURN 1 */ CREATE (n:Hostile)"],
  ["keyword split by a comment", "CRE/**/ATE (n:Hostile)"],
  ["comment hides nothing: `//` inside a string", "RETURN 'http://example.com' AS u CREATE (n:Hostile)"],
  ["comment opener inside a string", 'RETURN "/*" AS a CREATE (n:Hostile) RETURN "*/" AS b'],
  ["escaped quote inside a string", "RETURN 'it\\'s fine' AS a CREATE (n:Hostile)"],
  ["escaped backslash then a write", "RETURN 'a\\\\' AS a CREATE (n:Hostile)"],
  ["double-quoted string with a single quote", `RETURN "it's" AS a CREATE (n:Hostile)`],
  ["doubled backtick in a name", "RETURN 1 AS `a``b` CREATE (n:Hostile)"],
  ["unterminated block comment", "RETURN 1 /* CREATE (n:Hostile)"],
  ["unterminated string", "RETURN 'abc CREATE (n:Hostile)"],
  ["unterminated backtick", "RETURN `abc CREATE (n:Hostile)"],
  ["semicolon inside a comment, then a real one", "MATCH (n) RETURN n /* ; */ ; CREATE (m:Hostile)"],
];

const statements: [string, string][] = [
  ["two statements", "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n"],
  ["two statements, no space", "RETURN 1;CREATE (n:Hostile)"],
  ["second statement after a comment", "RETURN 1; // more\nCREATE (n:Hostile)"],
  ["second statement after blank lines", "RETURN 1 ;\n\n  CREATE (n:Hostile)"],
  ["semicolon inside a string, then another", "RETURN 'a;b' AS x; MATCH (n) DELETE n"],
  ["two reads", "RETURN 1; RETURN 2"],
  ["trailing statement of semicolons", "RETURN 1;;"],
];

const batches: [string, string][] = [
  ["call in transactions", "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n"],
  ["delete in transactions", "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS"],
  ["concurrent transactions", "CALL { RETURN 1 AS x } IN 2 CONCURRENT TRANSACTIONS RETURN x"],
  ["lower case in transactions", "unwind range(1, 10) as i call { with i return i as j } in transactions return j"],
  ["using periodic commit (old syntax)", "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x.csv' AS l CREATE (:Hostile)"],
];

const loads: [string, string][] = [
  ["load csv from a file", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"],
  ["load csv with headers over http", "load csv with headers from 'https://example.com/x.csv' as row return row"],
  ["load csv after a with", "WITH 1 AS x LOAD CSV FROM 'file:///x.csv' AS l RETURN l"],
  ["load csv in a union", "RETURN 1 AS l UNION LOAD CSV FROM 'file:///x.csv' AS l RETURN l"],
  ["load csv in a subquery", "CALL { LOAD CSV FROM 'file:///x.csv' AS l RETURN l } RETURN l"],
];

const databases: [string, string][] = [
  ["use system", "USE system SHOW USERS"],
  ["use system match", "USE system MATCH (n) RETURN n"],
  ["use in a subquery", "CALL { USE neo4j MATCH (n) RETURN n } RETURN n"],
  ["lower case use", "use system return 1"],
  ["use a composite graph", "USE graph.byName('neo4j') MATCH (n) RETURN n"],
];

const admin: [string, string][] = [
  ["create index", "CREATE INDEX hostile_idx FOR (n:Company) ON (n.name)"],
  ["create constraint", "CREATE CONSTRAINT hostile_c FOR (n:Hostile) REQUIRE n.id IS UNIQUE"],
  ["create fulltext index", "CREATE FULLTEXT INDEX hostile_ft FOR (n:Company) ON EACH [n.name]"],
  ["drop index", "DROP INDEX hostile_idx IF EXISTS"],
  ["drop constraint", "DROP CONSTRAINT hostile_c IF EXISTS"],
  ["show indexes", "SHOW INDEXES"],
  ["show constraints", "show constraints"],
  ["show users", "SHOW USERS"],
  ["show databases", "SHOW DATABASES"],
  ["show transactions", "SHOW TRANSACTIONS"],
  ["terminate transactions", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ["show procedures", "SHOW PROCEDURES YIELD name RETURN name"],
  ["show settings", "SHOW SETTINGS"],
  ["create user", "CREATE USER hostile SET PASSWORD 'hostile-password' CHANGE NOT REQUIRED"],
  ["alter user", "ALTER USER neo4j SET PASSWORD 'hostile-password'"],
  ["alter current user", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'hostile-password'"],
  ["grant role", "GRANT ROLE admin TO hostile"],
  ["revoke role", "REVOKE ROLE admin FROM neo4j"],
  ["deny", "DENY READ {*} ON GRAPH neo4j TO PUBLIC"],
  ["create database", "CREATE DATABASE hostile"],
  ["drop database", "DROP DATABASE neo4j"],
  ["start database", "START DATABASE neo4j"],
  ["stop database", "STOP DATABASE neo4j"],
  ["create role", "CREATE ROLE hostile"],
  ["create or replace database", "CREATE OR REPLACE DATABASE neo4j"],
  ["alter database", "ALTER DATABASE neo4j SET ACCESS READ ONLY"],
  ["rename role", "RENAME ROLE reader TO hostile"],
  ["enable server", "ENABLE SERVER 'x'"],
];

const procedures: [string, string][] = [
  ["dbms.listConnections", "CALL dbms.listConnections()"],
  ["dbms.info", "CALL dbms.info()"],
  ["dbms.upgradeStatus (says READ, admin-only)", "CALL dbms.upgradeStatus()"],
  ["dbms.listConfig", "CALL dbms.listConfig()"],
  ["dbms.showCurrentUser", "CALL dbms.showCurrentUser()"],
  ["dbms.security.createUser", "CALL dbms.security.createUser('hostile', 'pw', false)"],
  ["dbms.killQuery", "CALL dbms.killQuery('query-1')"],
  ["dbms routing table", "CALL dbms.routing.getRoutingTable({}, 'neo4j')"],
  ["db.createLabel", "CALL db.createLabel('Hostile')"],
  ["db.createProperty", "CALL db.createProperty('hostile')"],
  ["db.createRelationshipType", "CALL db.createRelationshipType('HOSTILE')"],
  ["db.clearQueryCaches", "CALL db.clearQueryCaches()"],
  ["db.awaitIndexes (waits)", "CALL db.awaitIndexes(100000)"],
  ["db.resampleOutdatedIndexes", "CALL db.resampleOutdatedIndexes()"],
  ["db.index.fulltext.drop", "CALL db.index.fulltext.drop('entity_search')"],
  ["db.index.fulltext refresh wait", "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()"],
  ["db.stats.clear", "CALL db.stats.clear('QUERIES')"],
  ["db.stats.collect", "CALL db.stats.collect('QUERIES')"],
  ["db.stats.retrieve (says READ)", "CALL db.stats.retrieve('GRAPH COUNTS')"],
  ["db.awaitIndex (says READ, waits)", "CALL db.awaitIndex('entity_names', 300)"],
  ["db.resampleIndex (says READ)", "CALL db.resampleIndex('entity_names')"],
  ["db.prepareForReplanning (says READ)", "CALL db.prepareForReplanning(300)"],
  ["tx.getMetaData", "CALL tx.getMetaData()"],
  ["internal procedure", "CALL internal.introspect.asJson({})"],
  ["tx.setMetaData", "CALL tx.setMetaData({app: 'spoofed'})"],
  ["apoc create", "CALL apoc.create.node(['Hostile'], {})"],
  ["apoc sleep", "CALL apoc.util.sleep(60000)"],
  ["apoc sleep as a function", "RETURN apoc.util.sleep(60000)"],
  ["apoc runWrite", "CALL apoc.cypher.runWrite('CREATE (n:Hostile)', {})"],
  ["apoc periodic iterate", "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})"],
  ["apoc load json", "CALL apoc.load.json('file:///etc/passwd')"],
  ["apoc cypher run (says READ, runs text)", "CALL apoc.cypher.run('LOAD CSV FROM \"file:///etc/passwd\" AS l RETURN l', {}) YIELD value RETURN value"],
  ["apoc export to a file (says READ)", "CALL apoc.export.csv.all('/tmp/hostile.csv', {})"],
  ["apoc when (runs text)", "CALL apoc.when(true, 'MATCH (n) RETURN n', '', {})"],
  ["apoc periodic commit", "CALL apoc.periodic.commit('MATCH (n) WITH n LIMIT 1 RETURN count(*)', {})"],
  ["apoc log stream (reads log files)", "CALL apoc.log.stream('debug.log')"],
  ["apoc config list", "CALL apoc.config.list()"],
  ["gds projection (kept in memory)", "CALL gds.graph.project('hostile', '*', '*')"],
  ["neosemantics fetch", "CALL n10s.rdf.preview.fetch('https://example.com/x.ttl', 'Turtle')"],
  ["gds function", "RETURN gds.version()"],
  ["backtick-quoted parts", "CALL `db`.`createLabel`('Hostile')"],
  ["backtick-quoted whole name", "CALL `db.createLabel`('Hostile')"],
  ["upper case procedure", "CALL DB.CREATELABEL('Hostile')"],
  ["procedure after a match", "MATCH (n) CALL db.createLabel('Hostile') RETURN n"],
  ["procedure after an allowed one", "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label"],
  ["spaces inside the name", "call   dbms . info ( )"],
  ["allowed then dbms", "CALL db.ping() YIELD success CALL dbms.info() YIELD name RETURN name"],
  ["procedure in a subquery", "CALL { CALL dbms.info() YIELD name RETURN name } RETURN name"],
  ["standalone call without parentheses", "CALL db.clearQueryCaches"],
  ["backtick-quoted function", "RETURN `apoc.util.sleep`(1000)"],
  ["backtick-quoted function parts", "RETURN `apoc`.`util`.`sleep`(1000)"],
];

const prefixes: [string, string][] = [
  ["explain a write", "EXPLAIN CREATE (n:Hostile)"],
  ["profile a write (PROFILE runs it)", "PROFILE CREATE (n:Hostile)"],
  ["profile detach delete", "PROFILE MATCH (n) DETACH DELETE n"],
  ["lower case explain", "explain match (n) return n"],
  ["cypher options then profile", "CYPHER runtime=slotted PROFILE CREATE (n:Hostile)"],
  ["cypher version then a write", "CYPHER 5 CREATE (n:Hostile)"],
  ["cypher options then explain", "CYPHER runtime=interpreted EXPLAIN MATCH (n) SET n.x = 1"],
  ["profile a read", "PROFILE MATCH (n) RETURN n"],
];

const unicode: [string, string][] = [
  ["fullwidth CREATE", "ＣＲＥＡＴＥ (n:Hostile)"],
  ["fullwidth DELETE", "MATCH (n) ＤＥＬＥＴＥ n"],
  ["zero-width space inside a keyword", "CRE\u200BATE (n:Hostile)"],
  ["zero-width space between clauses", "MATCH (n)\u200B DETACH DELETE n"],
  ["zero-width joiner", "MATCH (n) SE\u200DT n.x = 1"],
  ["no-break space", "MATCH (n) DETACH\u00A0DELETE n"],
  ["Cyrillic С homoglyph", "\u0421REATE (n:Hostile)"],
  ["Greek Ε homoglyph", "MATCH (n) S\u0395T n.x = 1"],
  ["Greek question mark as semicolon", "MATCH (n) RETURN n\u037E CREATE (m:Hostile)"],
  ["fullwidth semicolon", "MATCH (n) RETURN n\uFF1B CREATE (m:Hostile)"],
  ["byte order mark", "\uFEFFCREATE (n:Hostile)"],
  ["right-to-left override", "MATCH (n) RETURN n \u202E CREATE (m:Hostile)"],
  ["line separator", "MATCH (n) RETURN n\u2028CREATE (m:Hostile)"],
  ["ideographic space", "\u3000CREATE (n:Hostile)"],
  ["NUL byte then a second statement", "MATCH (n) RETURN n\u0000; CREATE (m:Hostile)"],
  ["vertical tab", "RETURN 1\u000B CREATE (n:Hostile)"],
  ["fullwidth LOAD CSV", "ＬＯＡＤ CSV FROM 'file:///etc/passwd' AS l RETURN l"],
  ["mathematical bold letters", "\uD835\uDC02REATE (n:Hostile)"],
];

const backticks: [string, string][] = [
  ["backtick-quoted variable in a set", "MATCH (`n`) SET `n`.`x` = 1"],
  ["backtick-quoted variable in a delete", "MATCH (n) DETACH DELETE `n`"],
  ["backtick-quoted dbms namespace", "CALL `dbms`.info()"],
  ["backtick-quoted keyword", "`CREATE` (n:Hostile)"],
];

const paramsAttacks: HostileInput[] = [
  { name: "params: deep nesting", query: "RETURN $p AS p", params: { p: nest(200) }, paramsAttack: true },
  {
    name: "params: too many names",
    query: "RETURN 1",
    params: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, i])),
    paramsAttack: true,
  },
  { name: "params: an integer JSON cannot carry exactly", query: "RETURN $big AS big", params: { big: 2 ** 60 }, paramsAttack: true },
  { name: "params: too many values", query: "RETURN size($p) AS s", params: { p: Array.from({ length: 30_000 }, () => 0) }, paramsAttack: true },
];

function nest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const groups: [string, [string, string][]][] = [
  ["write", writes],
  ["spelling", spelling],
  ["comments and strings", comments],
  ["statements", statements],
  ["batches", batches],
  ["load", loads],
  ["database", databases],
  ["admin", admin],
  ["procedure", procedures],
  ["prefix", prefixes],
  ["unicode", unicode],
  ["backticks", backticks],
];

export const HOSTILE: HostileInput[] = [
  ...groups.flatMap(([group, list]) =>
    list.map(([name, query]) => ({ name: `${group}: ${name}`, query, policyOnly: POLICY_ONLY.has(`${group}: ${name}`) || undefined })),
  ),
  ...paramsAttacks,
];
