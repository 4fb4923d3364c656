/**
 * The loader against the real Neo4j: idempotent, all-or-nothing, and a bad file changes nothing.
 * Works on a renamed copy of the fixture (its own set and ids), so the seeded ecosystem is never disturbed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedSet } from "../../lib/seed/validate";
import { writeSeedSet } from "../../lib/seed/write";
import { graphChecksum, testDriver } from "../support/neo4j";
import { copyFixture, editJson } from "../support/seed-files";

const SET = "loadertest";
const ROOT = path.resolve(__dirname, "..", "..");

function seedCli(dir: string) {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/seed.ts", dir], {
    cwd: ROOT,
    env: process.env,
    encoding: "utf8",
  });
}

async function setCounts(driver: Driver) {
  const res = await driver.executeQuery(
    "MATCH (n:Entity {seed_set: $set}) OPTIONAL MATCH (n)-[r {seed_set: $set}]->() RETURN count(DISTINCT n) AS n, count(r) AS r",
    { set: SET },
  );
  return { nodes: res.records[0].get("n").toNumber(), relationships: res.records[0].get("r").toNumber() };
}

describe("seed loader (real Neo4j)", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Entity {seed_set: $set}) DETACH DELETE n", { set: SET });
    await driver.close();
  });

  it("writes a set through the CLI, and a second run leaves the same counts and the same graph", async () => {
    const dir = copyFixture(SET, "lt-");
    const first = seedCli(dir);
    expect(first.status, first.stderr).toBe(0);
    const counts1 = await setCounts(driver);
    const sum1 = await graphChecksum(driver);
    const set = loadSeedSet(dir);
    expect(counts1).toEqual({ nodes: set.nodes.length, relationships: set.relationships.length });

    const second = seedCli(dir);
    expect(second.status, second.stderr).toBe(0);
    expect(await setCounts(driver)).toEqual(counts1);
    expect(await graphChecksum(driver)).toEqual(sum1);
  });

  it("stores names, aliases, citations, dates and extra properties on the nodes", async () => {
    const res = await driver.executeQuery("MATCH (n:Model:Entity {id: 'model:lt-ernie-bot'}) RETURN n");
    const n = res.records[0].get("n").properties;
    expect(n.name).toBe("ERNIE Bot");
    expect(n.name_zh).toBe("文心一言");
    expect(n.aliases).toContain("Wenxin Yiyan");
    expect(n.date).toBe("2023-03-16");
    expect(n.sources.join(" ")).toMatch(/千模大战/);
    expect(n.search_text).toContain("\n文心一言\n");
  });

  it("refuses a bad file with file, record and field named, and leaves the database exactly as it was", async () => {
    const before = await graphChecksum(driver);
    const dir = copyFixture(SET, "lt-");
    editJson(path.join(dir, "data", "fixture.json"), (d) => {
      d.nodes.push({ id: "model:lt-new", label: "Model", name: "New", name_zh: "新", name_ja: "新", sources: ["deck:1-1-entrants"] });
      d.relationships[1].date = "2023-02-31";
    });
    const r = seedCli(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/fixture\.json/);
    expect(r.stderr).toMatch(/relationships\[1\]/);
    expect(r.stderr).toMatch(/field "date"/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(await graphChecksum(driver)).toEqual(before);
  });

  it("rolls back the whole transaction when a write fails midway", async () => {
    const before = await graphChecksum(driver);
    const dir = copyFixture(SET, "lt-");
    const set = loadSeedSet(dir);
    // A node id that another node of a different set already uses under a unique constraint cannot fail here,
    // so break the write itself: a property value Neo4j cannot store (a nested map) slips past as if validated.
    (set.nodes[set.nodes.length - 1].properties as Record<string, unknown>) = { nested: { not: "storable" } };
    set.nodes.push({ ...set.nodes[0], id: "company:lt-extra" });
    await expect(writeSeedSet(driver, "neo4j", set)).rejects.toThrow();
    expect(await graphChecksum(driver)).toEqual(before);
  });

  it("removes records that were deleted from the files, and only from that set", async () => {
    const dir = copyFixture(SET, "lt-");
    editJson(path.join(dir, "data", "fixture.json"), (d) => {
      d.nodes = d.nodes.filter((n: { id: string }) => n.id !== "company:lt-geely");
      d.relationships = d.relationships.filter((r: { from: string }) => r.from !== "company:lt-geely");
    });
    const others = await driver.executeQuery("MATCH (n:Entity) WHERE n.seed_set <> $set RETURN count(n) AS c", { set: SET });
    expect(seedCli(dir).status).toBe(0);
    const gone = await driver.executeQuery("MATCH (n:Entity {id: 'company:lt-geely'}) RETURN count(n) AS c");
    expect(gone.records[0].get("c").toNumber()).toBe(0);
    const othersAfter = await driver.executeQuery("MATCH (n:Entity) WHERE n.seed_set <> $set RETURN count(n) AS c", { set: SET });
    expect(othersAfter.records[0].get("c").toNumber()).toBe(others.records[0].get("c").toNumber());
  });

  it("writes a set that builds on another only once the other is there, and then links to its nodes", async () => {
    // The child's base is a renamed fixture (ids lt2-…) that is not in the database yet.
    const baseDir = copyFixture(`${SET}-base`, "lt2-");
    const root = path.dirname(baseDir);
    const dir = path.join(root, SET);
    fs.mkdirSync(path.join(dir, "data"), { recursive: true });
    fs.copyFileSync(path.join(baseDir, "sources.json"), path.join(dir, "sources.json"));
    fs.writeFileSync(path.join(dir, "set.json"), JSON.stringify({ extends: [`${SET}-base`] }));
    const node = { id: "company:lt2-deepseek", label: "Company", name: "DeepSeek", name_zh: "深度求索", name_ja: "DeepSeek", sources: ["deck:1-1-players"] };
    const rel = { type: "PARTNERS_WITH", from: "company:lt2-deepseek", to: "company:lt2-baidu", sources: ["deck:1-1-players"] };
    fs.writeFileSync(path.join(dir, "data", "child.json"), JSON.stringify({ nodes: [node], relationships: [rel] }));
    const before = await graphChecksum(driver);
    await expect(writeSeedSet(driver, "neo4j", loadSeedSet(dir))).rejects.toThrow(/builds on "loadertest-base".*seed graph-seed\/loadertest-base first\. Nothing was written/);
    expect(await graphChecksum(driver)).toEqual(before);
    await writeSeedSet(driver, "neo4j", loadSeedSet(baseDir));
    await writeSeedSet(driver, "neo4j", loadSeedSet(dir));
    const res = await driver.executeQuery("MATCH (:Entity {id: 'company:lt2-deepseek'})-[r:PARTNERS_WITH]->(b:Entity) RETURN b.id AS b, b.seed_set AS set, r.seed_set AS rset");
    expect(res.records.map((r) => [r.get("b"), r.get("set"), r.get("rset")])).toEqual([["company:lt2-baidu", `${SET}-base`, SET]]);
    await driver.executeQuery("MATCH (n:Entity {seed_set: $set}) DETACH DELETE n", { set: `${SET}-base` });
  });

  it("has the constraints and indexes the app relies on", async () => {
    const res = await driver.executeQuery("SHOW INDEXES YIELD name, type, state RETURN name, type, state");
    const byName = new Map(res.records.map((r) => [r.get("name") as string, r]));
    expect(byName.get("entity_names")?.get("type")).toBe("FULLTEXT");
    expect(byName.get("entity_search_text")?.get("type")).toBe("TEXT");
    for (const r of res.records) expect(r.get("state")).toBe("ONLINE");
    const cons = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(cons.records[0].get("names")).toEqual(expect.arrayContaining(["entity_id", "company_id", "model_id", "person_id"]));
  });

  it("cleans up its temporary directories", () => {
    // copyFixture writes under the OS temp dir only; graph-seed/ is never modified by these tests.
    expect(fs.existsSync(path.join(ROOT, "graph-seed", SET))).toBe(false);
  });
});
