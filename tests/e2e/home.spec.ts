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
