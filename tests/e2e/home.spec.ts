import { expect, test } from "@playwright/test";

test("home shows the database health and finds entities as you type, in any language", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("db-status")).toContainText("Neo4j 5.26");
  const box = page.getByRole("combobox", { name: "Search the ecosystem" });
  await box.fill("百度");
  const results = page.getByRole("listbox", { name: "Search results" });
  await expect(results.getByRole("option").first()).toContainText("Baidu");
  await box.fill("文心");
  await expect(results.getByRole("option").first()).toContainText("ERNIE");
  // Keyboard: the first option is active; Enter opens it in the explorer.
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/explore\?.*model(%3A|:)ernie-bot/);
});

test("a search with no hit says so", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the ecosystem" }).fill("zzzz-no-such-entity");
  await expect(page.getByRole("status")).toContainText("No entity matches");
});

test("every page loads its icons and logs no error in the browser's console", async ({ page }) => {
  const errors: string[] = [];
  const failed: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
  for (const path of ["/", "/explore", "/console"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  for (const icon of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]) {
    const r = await page.request.get(icon);
    expect(r.status(), icon).toBe(200);
    expect((await r.body()).length, icon).toBeGreaterThan(100);
  }
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
});
