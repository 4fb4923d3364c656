/**
 * A database we did not design, in real Chromium (issue 17): the movies and northwind example graphs, each behind
 * its own app (scripts/test.ts: MOVIES_URL, NORTHWIND_URL). Search → explore → expand → path → link round trip →
 * console → back to the explorer, with no accessibility violation.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

const url = (name: "MOVIES_URL" | "NORTHWIND_URL") => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: the e2e suite runs under npm test (scripts/test.ts), which sets it`);
  return v;
};

async function ready(page: Page) {
  await expect(page.getByTestId("explorer")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
}
/** Opens the link in a fresh browser context (no shared state), waits for the explorer, and runs the checks. */
async function reopened(browser: Browser, link: string, check: (p: Page) => Promise<void>) {
  const other = await browser.newContext();
  try {
    const p = await other.newPage();
    await p.goto(link);
    await ready(p);
    await check(p);
  } finally {
    await other.close();
  }
}
const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).exclude("canvas").analyze()).violations.map((v) => v.id);
const nodeNames = async (page: Page) =>
  (await page.getByRole("table", { name: "Nodes" }).locator("tbody tr td:first-child").allInnerTexts()).map((s) => s.trim()).sort();

test("movies: search, explore, expand, a path, a link that reopens, the console and back", async ({ page, browser }) => {
  const base = url("MOVIES_URL");
  await page.goto(`${base}/en`);
  await expect(page.getByRole("heading", { name: "Explore this Neo4j database" })).toBeVisible();
  await expect(page.getByRole("link", { name: /The database's schema/ })).toBeVisible();
  const box = page.getByRole("combobox", { name: "Search the ecosystem" });
  await box.fill("Keanu");
  await expect(page.getByTestId("search-scan")).toBeVisible();
  await page.getByRole("option", { name: /Keanu Reeves/ }).click();
  await expect(page).toHaveURL(/\/en\/explore\?n=element:/);
  await ready(page);
  expect(await nodeNames(page)).toContain("Keanu Reeves");

  // Expand from the details panel: the relationship groups come from the database.
  await page.getByRole("table", { name: "Nodes" }).getByRole("button", { name: "Keanu Reeves", exact: true }).click();
  await expect(page.getByTestId("details-name")).toHaveText("Keanu Reeves");
  await expect(page.getByTestId("element-id-note")).toBeVisible();
  await page.getByTestId("details").getByRole("button", { name: /^Expand all/ }).click();
  await expect(page).toHaveURL(/x=element:/);
  await expect.poll(async () => (await nodeNames(page)).length).toBeGreaterThan(5);
  await ready(page);
  const names = await nodeNames(page);
  expect(names).toContain("The Matrix");
  expect(await axeViolations(page)).toEqual([]);

  // The link reopens the same graph in a fresh browser.
  await reopened(browser, page.url(), async (p2) => expect(await nodeNames(p2)).toEqual(names));

  // The console on its labels, and its result opened in the explorer.
  await page.goto(`${base}/en/console?q=${encodeURIComponent("MATCH p = (:Person {name: 'Keanu Reeves'})-[:ACTED_IN]->(:Movie) RETURN p")}`);
  await expect(page.getByTestId("result-summary")).toContainText("7 rows");
  await page.getByTestId("open-in-explorer").click();
  await expect(page).toHaveURL(/\/en\/explore\?n=element:/);
  await ready(page);
  // The eight nodes of the result are the start (the explorer opens each with its neighbours).
  const opened = await nodeNames(page);
  for (const n of ["Keanu Reeves", "The Matrix", "The Replacements"]) expect(opened).toContain(n);
  await page.screenshot({ path: ".data/screenshots/any-movies-console-to-explorer.png" });
});

test("northwind: the schema view as a start, keys from its constraints, a path, and a link that reopens", async ({ page, browser }) => {
  const base = url("NORTHWIND_URL");
  await page.goto(`${base}/en/explore?v=schema`);
  await ready(page);
  const labels = await nodeNames(page);
  for (const l of ["Category", "Customer", "Order", "Product", "Supplier"]) expect(labels).toContain(l);
  // A label of the schema view: its count, key and properties, and a way to its nodes (the console), no expansion.
  await page.getByRole("table", { name: "Nodes" }).getByRole("button", { name: "Order", exact: true }).click();
  await expect(page.getByTestId("details")).toContainText("Unique key");
  await expect(page.getByTestId("details")).toContainText("orderID");
  await expect(page.getByTestId("details").getByRole("button", { name: /^Expand all/ })).toHaveCount(0);
  await expect(page.getByTestId("schema-label-query")).toHaveAttribute("href", /\/en\/console\?q=MATCH/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The database's schema");
  await page.screenshot({ path: ".data/screenshots/any-northwind-schema.png" });
  await page.goto(`${base}/en`);
  await page.getByRole("combobox", { name: "Search the ecosystem" }).fill("Chai");
  await page.getByRole("option", { name: /^Chai\b/ }).first().click();
  // Product has a uniqueness constraint on productID: the link names Chai by it, not by an element id.
  await expect(page).toHaveURL(/\/en\/explore\?n=key:Product\.productID:1(&|$)/);
  await ready(page);
  await page.getByRole("table", { name: "Nodes" }).getByRole("button", { name: "Chai", exact: true }).click();
  await expect(page.getByTestId("details-name")).toHaveText("Chai");
  await expect(page.getByTestId("element-id-note")).toHaveCount(0);
  await page.getByTestId("details").getByRole("button", { name: /^Expand all/ }).click();
  await expect(page).toHaveURL(/x=key:Product\.productID:1/);
  await expect.poll(async () => (await nodeNames(page)).some((n) => /^Order \d+$/.test(n))).toBe(true);
  await ready(page);

  // A path from Chai to a supplier, through the path panel.
  await page.getByRole("table", { name: "Nodes" }).getByRole("button", { name: "Chai", exact: true }).click();
  await page.getByTestId("details").getByRole("button", { name: "Path from here" }).click();
  const panel = page.getByTestId("path-panel");
  await panel.getByRole("combobox", { name: "Path to" }).fill("Tokyo Traders");
  await page.getByRole("option", { name: /Tokyo Traders/ }).first().click();
  await expect(page).toHaveURL(/a=key:Product\.productID:1,key:Supplier\.supplierID:4(&|$)/);
  await ready(page);
  const result = page.getByTestId("path-result");
  await expect(result).toContainText(/Shortest: \d+ hops/);
  const steps = await result.getByRole("list", { name: "Path steps" }).innerText();
  expect(await axeViolations(page)).toEqual([]);

  const names = await nodeNames(page);
  await reopened(browser, page.url(), async (p2) => {
    expect(await p2.getByTestId("path-result").getByRole("list", { name: "Path steps" }).innerText()).toBe(steps);
    expect(await nodeNames(p2)).toEqual(names);
    await p2.screenshot({ path: ".data/screenshots/any-northwind-path.png" });
  });
});
