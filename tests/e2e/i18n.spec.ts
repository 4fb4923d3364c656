/**
 * The interface in each of its languages, in real Chromium: home → search → explorer → console without meeting
 * English (data names excepted), an accessibility engine over every page in every language, the language switch
 * keeping the link, and screenshots to look at (.data/screenshots/i18n-*.png).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const LOCALES = ["en", "ja", "zh"] as const;
type L = (typeof LOCALES)[number];

const WORDS: Record<L, { search: string; views: string; explore: string; console: string }> = {
  en: { search: "Search the ecosystem", views: "Named views", explore: "Explore", console: "Cypher console" },
  ja: { search: "エコシステムを検索", views: "名前付きビュー", explore: "探索", console: "Cypher コンソール" },
  zh: { search: "搜索生态", views: "命名视图", explore: "探索", console: "Cypher 控制台" },
};

/** Words that stay as they are in every language: product and format names, Cypher, units. */
const ALLOWED = new Set(
  "Neo4j Cypher PageRank Louvain GEXF GraphML CSV JSON HTML SVG PNG NRI English MATCH RETURN LIMIT WHERE ORDER Community Enterprise embedded Gephi Lite iframe WebGL ForceAtlas2 Shift Ctrl Enter Esc Alt Home End Tab Cmd".split(" "),
);

async function ready(page: Page) {
  await expect(page.getByTestId("explorer")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
}

/** The interface's own text on the page: labels, buttons, headings, tooltips and placeholders, not the data. */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const data = (el: Element) => !!el.closest("[data-i18n-data], [lang='en'][data-name], .cm-content, [data-testid=result-table] td");
    for (const el of document.querySelectorAll("button, label, h1, h2, h3, th, summary, legend, [role=tab], [role=status], [role=alert], nav a, option")) {
      if (data(el) || !(el as HTMLElement).offsetParent) continue;
      const t = (el as HTMLElement).innerText?.trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (data(el)) continue;
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

function englishIn(texts: string[]): string[] {
  // Two or more English words of 3+ letters in a row (not an allowed name) is English left on the page.
  return texts.filter((t) => {
    const words = (t.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));
    return /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(t) && words.length >= 2;
  });
}

async function noAxeViolations(page: Page, what: string) {
  // axe reads the DOM while the page may still be re-rendering (the layout's last frames): when it trips over a node
  // that went away, it throws rather than reporting; read it again once the page is still.
  let result: Awaited<ReturnType<AxeBuilder["analyze"]>> | undefined;
  for (let attempt = 0; !result; attempt++) {
    try {
      result = await new AxeBuilder({ page }).exclude("canvas").analyze();
    } catch (e) {
      if (attempt >= 2) throw e;
      await page.waitForTimeout(1500);
    }
  }
  const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(found, what).toEqual([]);
}

for (const l of LOCALES) {
  test(`${l}: home → search → explorer → console, in the language, with no accessibility violation`, async ({ page }) => {
    const w = WORDS[l];
    await page.goto(`/${l}`);
    await expect(page.locator("html")).toHaveAttribute("lang", l === "zh" ? "zh-Hans" : l);
    await expect(page.getByRole("heading", { name: w.views })).toBeVisible();
    await expect(page.getByTestId("view-gallery").or(page.getByRole("list", { name: w.views }))).toBeVisible();
    await noAxeViolations(page, `${l} home`);
    await page.screenshot({ path: `.data/screenshots/i18n-${l}-home.png`, fullPage: true });
    if (l !== "en") expect(englishIn(await interfaceText(page)), `${l} home`).toEqual([]);

    const box = page.getByRole("combobox", { name: w.search });
    await box.fill("百度");
    await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${l}/explore\\?`));
    await ready(page);
    await noAxeViolations(page, `${l} explorer`);
    await page.screenshot({ path: `.data/screenshots/i18n-${l}-explore.png` });
    if (l !== "en") expect(englishIn(await interfaceText(page)), `${l} explorer`).toEqual([]);

    await page.goto(`/${l}/explore?v=baidu-wenxin-partners`);
    await ready(page);
    await noAxeViolations(page, `${l} view`);
    await page.screenshot({ path: `.data/screenshots/i18n-${l}-view.png` });

    await page.getByRole("navigation").getByRole("link", { name: w.console }).click();
    await expect(page).toHaveURL(new RegExp(`/${l}/console`));
    const editor = page.locator("[data-testid=cypher-editor] .cm-content");
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText("MATCH (c:Company {id: 'company:baidu'})-[r]-(m) RETURN c, r, m LIMIT 5");
    await page.keyboard.press("ControlOrMeta+Enter");
    await expect(page.getByTestId("result-summary")).toBeVisible();
    await noAxeViolations(page, `${l} console`);
    await page.screenshot({ path: `.data/screenshots/i18n-${l}-console.png` });
    if (l !== "en") expect(englishIn(await interfaceText(page)), `${l} console`).toEqual([]);

    await page.goto(`/${l}/embed?v=model-timeline`);
    await ready(page);
    await noAxeViolations(page, `${l} embed`);
  });
}

test("the language switch keeps the link; a shared link opens in its language; today's links still open", async ({ page, browser }) => {
  await page.goto("/ja/explore?v=baidu-wenxin-partners&l=en");
  await ready(page);
  await page.getByTestId("locale-switcher").getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/explore\?v=baidu-wenxin-partners&l=en/);
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  // An English browser opening the Chinese link gets Chinese.
  const other = await browser.newContext({ locale: "en-US" });
  try {
    const p2 = await other.newPage();
    await p2.goto(page.url());
    await expect(p2.locator("html")).toHaveAttribute("lang", "zh-Hans");
    // Opening a page in a language remembers it (next-intl's NEXT_LOCALE cookie): a link without a locale follows it.
    await p2.goto("/explore?v=baidu-wenxin-partners");
    await expect(p2).toHaveURL(/\/zh\/explore\?v=baidu-wenxin-partners/);
  } finally {
    await other.close();
  }
  const fresh = await browser.newContext({ locale: "en-US" });
  try {
    // A link from before the languages (no locale) opens in the browser's language, same state.
    const p4 = await fresh.newPage();
    await p4.goto("/explore?v=baidu-wenxin-partners&l=zh");
    await expect(p4).toHaveURL(/\/en\/explore\?v=baidu-wenxin-partners&l=zh/);
    await expect(p4.getByTestId("explorer")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
  } finally {
    await fresh.close();
  }
  const ja = await browser.newContext({ locale: "ja-JP" });
  try {
    const p3 = await ja.newPage();
    await p3.goto("/explore?v=baidu-wenxin-partners");
    await expect(p3).toHaveURL(/\/ja\/explore\?v=baidu-wenxin-partners/);
  } finally {
    await ja.close();
  }
});
