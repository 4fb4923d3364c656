/**
 * The set of what came after the deck (graph-seed/since-2023): it validates against the vocabulary, builds on the
 * deck without redefining any of its nodes, every record cites public sources a reader can open, and the names
 * people look for today are in it.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allNames } from "@/lib/graph/style";
import { loadSeedSet } from "@/lib/seed/validate";

const DIR = path.resolve(__dirname, "..", "..", "graph-seed", "since-2023");
const set = loadSeedSet(DIR);
const deck = loadSeedSet(path.resolve(DIR, "..", "ecosystem"));

describe("graph-seed/since-2023", () => {
  it("is a set of at least 40 entities and 100 relationships that builds on the deck", () => {
    expect(set.extends).toEqual(["ecosystem"]);
    expect(set.nodes.length).toBeGreaterThanOrEqual(40);
    expect(set.relationships.length).toBeGreaterThanOrEqual(100);
    const deckIds = new Set(deck.nodes.map((n) => n.id));
    expect(set.nodes.filter((n) => deckIds.has(n.id))).toEqual([]);
    expect(set.externalIds.every((id) => deckIds.has(id))).toBe(true);
  });

  it("cites public sources a reader can open: url, title, publisher and as_of, the publication date where there is one", () => {
    for (const [key, s] of Object.entries(set.sources)) {
      expect(s.kind, key).toBe("public");
      expect(s.url, key).toMatch(/^https?:\/\/[^\s]+$/);
      expect(s.title, key).toBeTruthy();
      expect(s.publisher, key).toBeTruthy();
      expect(s.as_of, key).toBeTruthy();
    }
    const withDate = Object.values(set.sources).filter((s) => s.published).length;
    expect(withDate / Object.keys(set.sources).length).toBeGreaterThan(0.9);
    const cited = new Set([...set.nodes, ...set.relationships].flatMap((r) => r.sources));
    for (const r of [...set.nodes, ...set.relationships]) expect(r.sources.length, "id" in r ? r.id : "").toBeGreaterThan(0);
    // No source sits unused in the registry.
    expect(Object.keys(set.sources).filter((k) => !cited.has(k))).toEqual([]);
  });

  it("holds the names people look for today", () => {
    const names = [...set.nodes, ...deck.nodes].flatMap((n) => allNames({ name: n.name, name_zh: n.name_zh, name_ja: n.name_ja, aliases: n.aliases }).map((x) => x.toLowerCase()));
    for (const q of ["deepseek", "moonshot", "kimi", "minimax", "zhipu", "glm", "stepfun", "doubao"]) {
      expect(names.some((n) => n.includes(q)), q).toBe(true);
    }
  });

  it("has the named view of what came after the deck", () => {
    expect(set.views.map((v) => v.slug)).toContain("since-the-deck");
    expect(set.views.find((v) => v.slug === "since-the-deck")!.title).toBe("Since the deck (2023 →)");
  });
});
