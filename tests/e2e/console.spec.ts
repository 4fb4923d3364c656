/**
 * The Cypher console in real Chromium: type a query, run it with Ctrl+Enter, see the graph and the table, copy
 * the link, open it in a new browser context and get the same result. And a write is refused in plain words.
 */
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const QUERY = "MATCH (c:Company {id: 'company:baidu'})-[r]-(m)\nRETURN c, r, m\nORDER BY m.id\nLIMIT 10";

async function typeQuery(page: Page, text: string) {
  const editor = page.locator("[data-testid=cypher-editor] .cm-content");
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText types the whole text as one input, so the editor's auto-closing brackets do not double it.
  await page.keyboard.insertText(text);
}

async function tableText(page: Page): Promise<string> {
  await page.getByTestId("tab-table").click();
  const table = page.getByTestId("result-table");
  await expect(table).toBeVisible();
  return (await table.innerText()).trim();
}

test("type, run, see graph and table, share the link, get the same result", async ({ page, browser, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/console");
  await typeQuery(page, QUERY);
  await page.keyboard.press("ControlOrMeta+Enter");

  // The graph tab opens first when the result has nodes: the explorer's canvas draws them.
  const canvas = page.getByTestId("graph-canvas");
  await expect(canvas).toBeVisible();
  await expect.poll(async () => Number(await canvas.getAttribute("data-node-count"))).toBeGreaterThan(1);
  await expect.poll(async () => Number(await canvas.getAttribute("data-edge-count"))).toBeGreaterThan(0);
  await expect(page.getByTestId("open-in-explorer")).toHaveAttribute("href", /^\/en\/explore\?n=.*company%3Abaidu|^\/en\/explore\?n=.*company:baidu/);

  const text = await tableText(page);
  expect(text).toContain("Baidu");
  const summary = await page.getByTestId("result-summary").innerText();
  expect(summary).toMatch(/\d+ rows? in \d+ ms/);

  // Copy the link (the address bar carries it too).
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("/console?q=");
  expect(new URL(link).searchParams.get("q")).toBe(QUERY);
  expect(page.url()).toBe(link);

  // A new context (no history, no state) opening the link fills the editor and runs the same query.
  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    await page2.goto(link);
    await expect(page2.locator("[data-testid=cypher-editor] .cm-content")).toContainText("company:baidu");
    await expect(page2.getByTestId("graph-canvas")).toBeVisible();
    expect(await tableText(page2)).toBe(text);
    expect((await page2.getByTestId("result-summary").innerText()).replace(/in \d+ ms/, "")).toBe(summary.replace(/in \d+ ms/, ""));
  } finally {
    await other.close();
  }
});

test("a write is refused in the user's terms, a syntax error names its line and column", async ({ page }) => {
  await page.goto("/console");
  await typeQuery(page, "MATCH (n)\nDETACH DELETE n");
  await page.getByRole("button", { name: /^Run/ }).click();
  const error = page.getByTestId("console-error");
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute("data-code", "refused");
  await expect(error).toContainText("only reads");

  await typeQuery(page, "MATCH (n)\nRETRUN n");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(error).toHaveAttribute("data-code", "syntax_error");
  await expect(error).toContainText("line 2, column 1");
});

test("examples run with one click and land in the history", async ({ page }) => {
  await page.goto("/console");
  await page.getByTestId("examples").getByRole("button", { name: "Relationship types" }).click();
  await expect(page.getByTestId("result-table")).toBeVisible();
  expect(await page.getByTestId("result-table").innerText()).toMatch(/relationships/);
  await expect(page.getByTestId("history")).toContainText("type(r)");
});

test("a result exports as a picture and as data, and the deck-only scope leaves later sets out", async ({ page }) => {
  await page.goto("/console");
  await typeQuery(page, "MATCH (c:Company)-[r]-(m) WHERE c.id IN ['company:baidu', 'company:deepseek'] RETURN c, r, m LIMIT 40");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("tab-graph")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-layout-state", "done", { timeout: 60_000 });
  const save = async (name: RegExp) => {
    await page.getByTestId("export-menu").locator("summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name }).click()]);
    return fs.readFileSync((await file.path())!);
  };
  const svg = (await save(/^SVG/)).toString("utf8");
  expect(svg).toContain("<svg");
  expect(svg).toContain("Console result");
  const json = JSON.parse((await save(/^JSON/)).toString("utf8"));
  expect(json.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(["company:baidu", "company:deepseek"]));
  expect(typeof json.nodes[0].attributes.x).toBe("number"); // positions as drawn

  await page.getByTestId("console-scope").selectOption("deck");
  await expect(page.getByTestId("scope-note")).toContainText(/from since 2023 are left out/);
  const deckOnly = JSON.parse((await save(/^JSON/)).toString("utf8"));
  expect(deckOnly.nodes.map((n: { key: string }) => n.key)).not.toContain("company:deepseek");
});
