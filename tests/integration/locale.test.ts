/**
 * The interface's language through the real server (proxy.ts, app/[locale]): a path without a locale goes to the
 * visitor's language with its query kept, a shared link keeps the language it was made in, the page says its
 * language, and the embed's framing rule holds under every locale.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/neo4j";

const go = (p: string, headers: Record<string, string> = {}) => fetch(`${baseUrl()}${p}`, { redirect: "manual", headers });
const target = (res: Response) => {
  const loc = res.headers.get("location");
  return loc ? new URL(loc, baseUrl()).pathname + new URL(loc, baseUrl()).search : null;
};

describe("the language of a page", () => {
  it("a named view's page names it in its language in the server's HTML, before its data arrives", async () => {
    const views = JSON.parse(fs.readFileSync(path.join(process.cwd(), "graph-seed", "ecosystem", "views.json"), "utf8")) as {
      slug: string;
      title: string;
      title_ja: string;
      title_zh: string;
    }[];
    const v = views.find((x) => x.slug === "alibaba-portfolio")!;
    const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const [locale, title] of [["en", v.title], ["ja", v.title_ja], ["zh", v.title_zh]] as const) {
      for (const page of ["explore", "embed"]) {
        const html = await (await go(`/${locale}/${page}?v=alibaba-portfolio`)).text();
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
        expect(h1, `${locale} ${page}`).toBe(escape(title));
      }
    }
  });
  it("a path without a locale goes to the visitor's language (Accept-Language), the query kept", async () => {
    const cases: [string, string, string][] = [
      ["/", "ja,en;q=0.8", "/ja"],
      ["/", "zh-CN,zh;q=0.9", "/zh"],
      ["/", "en-US", "/en"],
      ["/", "fr-FR", "/en"],
      ["/explore?v=ernie-partners&l=zh", "ja", "/ja/explore?v=ernie-partners&l=zh"],
      ["/console?q=RETURN+1", "zh-Hans", "/zh/console?q=RETURN+1"],
    ];
    for (const [p, lang, to] of cases) {
      const res = await go(p, { "Accept-Language": lang });
      expect([307, 308], `${p} ${lang}`).toContain(res.status);
      expect(target(res), `${p} ${lang}`).toBe(to);
    }
  });

  it("a language chosen before (the NEXT_LOCALE cookie) wins over Accept-Language", async () => {
    const res = await go("/explore?n=company:baidu", { "Accept-Language": "ja", Cookie: "NEXT_LOCALE=zh" });
    expect(decodeURIComponent(target(res) ?? "")).toBe("/zh/explore?n=company:baidu");
  });

  it("a link with a locale opens in it, whatever the browser prefers", async () => {
    const res = await go("/ja/explore?v=ernie-partners", { "Accept-Language": "en-US" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html[^>]* lang="ja"/);
    expect(html).toContain("探索");
  });

  it("each language's home page says it in that language", async () => {
    const words: Record<string, string> = { en: "Named views", ja: "名前付きビュー", zh: "命名视图" };
    const tags: Record<string, string> = { en: "en", ja: "ja", zh: "zh-Hans" };
    for (const [l, w] of Object.entries(words)) {
      const res = await go(`/${l}`);
      expect(res.status, l).toBe(200);
      const html = await res.text();
      expect(html, l).toContain(w);
      expect(html, l).toMatch(new RegExp(`<html[^>]* lang="${tags[l]}"`));
    }
  });

  it("a bad link lands on the home page of its language, saying why in that language", async () => {
    const res = await go("/ja/explore?n=not-an-id");
    expect(res.status).toBe(307);
    const to = target(res)!;
    expect(to.startsWith("/ja?")).toBe(true);
    const home = await (await go(to)).text();
    expect(home).toContain("not-an-id");
    expect(home).not.toContain("That link could not be opened");
    // English: the same reason as before.
    const en = await (await fetch(`${baseUrl()}/en/explore?n=not-an-id`)).text();
    expect(en).toContain("That link could not be opened:");
    expect(en).toContain("is not a node id (like company:baidu).");
  });

  it("a hostile `why` on the home page is not shown, the plain error text is (capped)", async () => {
    const why = encodeURIComponent(JSON.stringify({ key: "common.app.name<script>", values: { value: "<b>x</b>" } }));
    const html = await (await go(`/en?error=${encodeURIComponent("plain reason")}&why=${why}`)).text();
    expect(html).toContain("plain reason");
    expect(html).not.toContain("<b>x</b>");
  });

  it("an unknown page under a locale is a 404 in that language; an unknown locale is not a page", async () => {
    const res = await go("/zh/no-such-page");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("页面不存在");
    const other = await fetch(`${baseUrl()}/xx/explore`, { headers: { "Accept-Language": "en" } });
    expect(other.status).toBe(404);
  });

  it("only the embed may be framed, in every language", async () => {
    for (const l of ["en", "ja", "zh"]) {
      const embed = await go(`/${l}/embed?v=model-timeline`);
      expect(embed.headers.get("content-security-policy") ?? "", l).toContain("frame-ancestors *");
      expect(embed.headers.get("x-frame-options"), l).toBeNull();
      const explore = await go(`/${l}/explore`);
      expect(explore.headers.get("content-security-policy") ?? "", l).toContain("frame-ancestors 'none'");
      expect(explore.headers.get("x-frame-options"), l).toBe("DENY");
    }
  });

  it("API paths are not given a locale", async () => {
    const res = await go("/api/health", { "Accept-Language": "ja" });
    expect(res.status).not.toBe(307);
  });
});
