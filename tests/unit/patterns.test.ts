/** The one home of the id, type, slug and date rules (lib/patterns.ts), and the places that use it agree. */
import { describe, expect, it } from "vitest";
import { nodeSchema, relationshipSchema } from "../../graph-seed/schema";
import { REL_TYPE_NAMES } from "../../graph-seed/vocabulary";
import { entityIdSchema, neighborhoodQuerySchema } from "@/lib/api/params";
import { hasControlChars, isNodeId, isNodeType, isPartialDate, isRelationshipId, isRelType, isSlug } from "@/lib/patterns";
import { parseViewState } from "@/lib/url/view-state";

const ids = [
  "company:baidu",
  "model:ernie-bot",
  "government-body:cac",
  "element:4:abc:12",
  "key:Movie.title:The Matrix",
  "key:Order.orderID:#10248",
  "Company:baidu",
  "company:",
  ":baidu",
  "company baidu",
  "x".repeat(201),
  "key:Movie.title:A, B",
  "key:Movie.title: padded",
  "key:Movie.ti tle:x",
  "key:Mo`vie.title:x",
  "key:Order.orderID:#1.5",
];

describe("rules in one place", () => {
  it("tells node ids, relationship ids, types and slugs apart", () => {
    expect(ids.map(isNodeId)).toEqual([true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false]);
    expect(isRelationshipId("company:baidu-DEVELOPED->model:ernie-bot")).toBe(true);
    expect(isRelationshipId("company:baidu-DEVELOPED->model:ernie-bot#v2")).toBe(true);
    expect(isRelationshipId("company:baidu->model:ernie-bot")).toBe(false);
    // Ours are UPPER_SNAKE and PascalCase; a database we did not design may name them with any letters (issue 17).
    expect(["PARTNER_OF", "A", "partner_of", "_X", "所属", "A".repeat(61), "X-Y", "a`b", "a,b", "1A"].map(isRelType)).toEqual([
      true, true, true, true, true, false, false, false, false, false,
    ]);
    expect(["GovernmentBody", "Company", "company", "Gov_Body", "Gov Body", "a~b"].map(isNodeType)).toEqual([true, true, true, true, false, false]);
    expect(["alibaba-portfolio", "a", "Alibaba", "a--b", "-a", "a".repeat(61)].map(isSlug)).toEqual([true, true, false, false, false, false]);
    expect(["2023", "2023-06", "2024-02-29", "2023-02-29", "1899", "2023-13", "23"].map(isPartialDate)).toEqual([true, true, true, false, false, false, false]);
    expect(["百度", "a\u0000b", "tab\there", "del\u007f", "ok"].map(hasControlChars)).toEqual([false, true, true, true, false]);
  });

  it("the URL parser and the API take the same node ids", () => {
    for (const id of ids) {
      expect(parseViewState(`n=${encodeURIComponent(id)}`).ok, id).toBe(isNodeId(id));
      expect(entityIdSchema.safeParse(id).success, id).toBe(isNodeId(id));
    }
  });

  it("the URL parser and the API take any relationship type of the pattern; the seed only the vocabulary's", () => {
    const base = { from: "company:baidu", to: "model:ernie-bot", sources: ["deck:1"] };
    for (const t of ["PARTNER_OF", "DEVELOPED", "partner_of", "A".repeat(60), "A".repeat(61), "X-Y"]) {
      expect(parseViewState(`r=${t}`).ok, t).toBe(isRelType(t));
      expect(neighborhoodQuerySchema.safeParse({ types: t }).success, t).toBe(isRelType(t));
      expect(relationshipSchema.safeParse({ ...base, type: t }).success, t).toBe((REL_TYPE_NAMES as string[]).includes(t));
    }
    for (const t of REL_TYPE_NAMES) expect(isRelType(t), t).toBe(true);
  });

  it("the seed takes the node ids the URL can name (seed ids are stable ids, never element ids)", () => {
    const node = { label: "Company", name: "Baidu", name_zh: "百度", name_ja: "百度", sources: ["deck:1"] };
    expect(nodeSchema.safeParse({ ...node, id: "company:baidu" }).success).toBe(true);
    expect(nodeSchema.safeParse({ ...node, id: "company:Baidu" }).success).toBe(false);
    expect(nodeSchema.safeParse({ ...node, id: "element:4:abc:1" }).success).toBe(false);
  });
});
