import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

declare global {
  interface Window {
    __VIEWER__?: { nodes: number; edges: number };
  }
}

/** The explorer has loaded what the URL names and the layout has finished. */
async function ready(page: Page) {
  await expect(page.getByTestId("explorer")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
}
/** The ids in the Nodes table, sorted. */
async function nodeIds(page: Page): Promise<string[]> {
  const ids = await page.getByRole("table", { name: "Nodes" }).locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id") ?? ""));
  return ids.sort();
}
const nodesTable = (page: Page) => page.getByRole("table", { name: "Nodes" });
const selectInTable = (page: Page, name: string) => nodesTable(page).getByRole("button", { name, exact: true }).click();

test("search -> open -> expand -> filter -> copy link: a new browser opens the same graph, selection and filters", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the ecosystem" }).fill("iflytek");
  await page.getByRole("option", { name: /^iFlytek\b/ }).first().click();
  await expect(page).toHaveURL(/\/explore\?n=company:iflytek$/); // rewritten to its canonical form
  await ready(page);
  const start = await nodeIds(page);
  expect(start).toContain("company:iflytek");
  expect(start).toContain("model:iflytek-spark");

  // Expand a neighbour from the details panel.
  await selectInTable(page, "iFLYTEK SPARK");
  await expect(page.getByTestId("details-name")).toHaveText("iFLYTEK SPARK");
  await page.getByTestId("details").getByRole("button", { name: /^Expand all/ }).click();
  await expect(page).toHaveURL(/x=model:iflytek-spark/);
  await expect.poll(async () => (await nodeIds(page)).length).toBeGreaterThan(start.length);
  await ready(page);
  const expanded = await nodeIds(page);

  // Filter: hide one node type present on the canvas; its rows leave the table but the data stays.
  const legend = page.getByTestId("legend");
  const firstType = legend.getByRole("checkbox").last();
  await firstType.uncheck();
  await expect(page).toHaveURL(/[?&]t=/);
  // The URL changes a moment before the tables re-render: poll.
  await expect.poll(async () => (await nodeIds(page)).length).toBeLessThan(expanded.length);
  const filtered = await nodeIds(page);

  // Select a node, zoom in, then share.
  await selectInTable(page, "iFlytek");
  await expect(page).toHaveURL(/s=company:iflytek/);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/&c=[\d.]+,[\d.]+,[\d.]+$/);
  const camera = new URL(page.url()).searchParams.get("c");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Link copied|Copy the link/ })).toBeVisible();
  const link = await page.getByTestId("share-link").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto(link);
  await ready(page2);
  expect(await nodeIds(page2)).toEqual(filtered);
  expect(new URL(page2.url()).searchParams.get("c")).toBe(camera);
  await expect(page2.getByTestId("details-name")).toHaveText("iFlytek");
  await expect(nodesTable(page2).locator('tr[aria-current="true"]')).toHaveAttribute("data-id", "company:iflytek");
  await expect(page2.getByTestId("legend").getByRole("checkbox").last()).not.toBeChecked();
  await page2.screenshot({ path: ".data/screenshots/e2e-shared-link.png" });
  await other.close();
});

test("Back undoes an expansion", async ({ page }) => {
  await page.goto("/explore?n=company:iflytek");
  await ready(page);
  const before = await nodeIds(page);
  await selectInTable(page, "iFLYTEK SPARK");
  await page.getByTestId("details").getByRole("button", { name: /^Expand all/ }).click();
  await expect(page).toHaveURL(/x=model:iflytek-spark/);
  await expect.poll(async () => (await nodeIds(page)).length).toBeGreaterThan(before.length);
  await ready(page);
  const after = await nodeIds(page);
  await page.goBack();
  await expect(page).not.toHaveURL(/x=/);
  await expect.poll(() => nodeIds(page)).toEqual(before);
  await ready(page);
  await page.goForward();
  await expect.poll(() => nodeIds(page)).toEqual(after);
  await ready(page);
  // The toolbar's Undo walks the same history.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page).not.toHaveURL(/x=/);
  await expect.poll(() => nodeIds(page)).toEqual(before);
});

test("a path and a colouring are a link: Back undoes them, a new browser reopens the same answer", async ({ page, browser }) => {
  // The deck's data (e=deck): what later sets add cannot change the answer checked here.
  await page.goto("/explore?n=company:huawei&e=deck");
  await ready(page);
  await selectInTable(page, "Huawei");
  await page.getByTestId("details").getByRole("button", { name: "Path from here" }).click();
  const panel = page.getByTestId("path-panel");
  await panel.getByRole("combobox", { name: "Path to" }).fill("BAAI");
  await page.getByRole("option", { name: /Beijing Academy of Artificial Intelligence/ }).first().click();
  await expect(page).toHaveURL(/a=company:huawei,institute:baai/);
  await ready(page);
  const result = page.getByTestId("path-result");
  await expect(result).toContainText("Entity List");
  await expect(result).toContainText("Shortest: 4 hops");
  const steps = await result.getByRole("list", { name: "Path steps" }).innerText();
  expect(await nodeIds(page)).toEqual(expect.arrayContaining(["chip:domestic-chips", "company:iflytek", "institute:baai", "policy:us-entity-list"]));

  // Colour by community and size by PageRank; Back undoes the colouring only.
  const legend = page.getByTestId("analysis-legend");
  await legend.getByRole("combobox", { name: "Colour by" }).selectOption("community");
  await expect(page).toHaveURL(/k=community/);
  await legend.getByRole("combobox", { name: "Size by" }).selectOption("pagerank");
  await expect(page).toHaveURL(/z=pagerank/);
  await expect(page.getByTestId("legend-color")).toContainText("communities found by Louvain");
  const colours = await page.getByTestId("legend-color").innerText();
  await page.goBack();
  await expect(page).not.toHaveURL(/z=pagerank/);
  await expect(page).toHaveURL(/k=community/);
  await page.goForward();
  await expect(page).toHaveURL(/z=pagerank/);
  await ready(page);

  const link = page.url();
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto(link);
  await ready(page2);
  expect(await page2.getByTestId("path-result").getByRole("list", { name: "Path steps" }).innerText()).toBe(steps);
  expect(await page2.getByTestId("legend-color").innerText()).toBe(colours);
  await expect(page2.getByTestId("legend-size")).toContainText("PageRank");
  await page2.getByRole("region", { name: "Graph" }).screenshot({ path: ".data/screenshots/path-huawei-baai.png" });
  await other.close();
});

test("no path: the page says so with the options that were on", async ({ page }) => {
  await page.goto("/explore?a=company:huawei,institute:baai&o=directed,hops:3&e=deck");
  await ready(page);
  await expect(page.getByTestId("path-result")).toContainText("No path between Huawei and Beijing Academy of Artificial Intelligence within 3 hops, following arrows only");
});

test("the whole ecosystem opens coloured by community; one click focuses a community", async ({ page }) => {
  await page.goto("/explore");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The whole ecosystem");
  await expect(page.getByTestId("legend-color")).toContainText("communities found by Louvain");
  const all = (await nodeIds(page)).length;
  const first = page.getByTestId("analysis-legend").getByRole("listitem").first();
  const member = await first.getAttribute("data-member");
  await first.getByRole("button", { name: /^Show only the community of/ }).click();
  await expect(page).toHaveURL(new RegExp(`f=${member}`));
  await expect.poll(async () => (await nodeIds(page)).length).toBeLessThan(all);
  expect(await nodeIds(page)).toContain(member);
  await expect(page.getByRole("heading", { name: "Named views" })).toBeVisible();
});

test("the timeline: a window from the keyboard shows what existed then, a comparison lists the changes, and the link reopens both", async ({
  page,
  browser,
}) => {
  await page.goto("/explore?v=model-timeline");
  await ready(page);
  const all = await nodeIds(page);
  const slider = page.getByRole("slider", { name: /Time window/ });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/w=2023(&|$)/);
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/w=2022(&|$)/);
  // As of 2022 the 2023 releases (ERNIE Bot among them) did not exist yet.
  await expect.poll(async () => (await nodeIds(page)).includes("model:ernie-bot")).toBe(false);
  expect((await nodeIds(page)).length).toBeLessThan(all.length);
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page).toHaveURL(/w=2022\.\.2023/);
  await page.getByRole("button", { name: "Compare the window's ends" }).click();
  await expect(page).toHaveURL(/y=2022\.\.2023/);
  const changes = page.getByTestId("changes");
  await expect(changes).toContainText(/\d+ added, \d+ ended, \d+ stayed/);
  await expect(changes.getByRole("list", { name: "Changes in date order" })).toContainText("ERNIE Bot");
  const summary = await changes.locator("p").first().innerText();
  await ready(page);
  const shown = await nodeIds(page);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto(page.url());
  await ready(page2);
  expect(await nodeIds(page2)).toEqual(shown);
  expect(await page2.getByTestId("changes").locator("p").first().innerText()).toBe(summary);
  await page2.getByRole("region", { name: "Graph" }).screenshot({ path: ".data/screenshots/timeline-compare.png" });
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/y=/);
  await expect(page.getByTestId("changes")).toHaveCount(0);
});

test("an embed draws in another site's iframe; the explorer itself refuses to be framed", async ({ page, baseURL }) => {
  // Another site: a page on another port (another origin) framing both. A real server on the loopback address, so
  // Chromium's local-network rules (a public page may not frame a local one) do not stand in the way.
  const host = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><title>host</title>
      <iframe id="embed" src="${baseURL}/embed?v=model-timeline" width="800" height="500"></iframe>
      <iframe id="explore" src="${baseURL}/explore?v=model-timeline" width="800" height="500"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const embed = page.frameLocator("#embed");
    await expect(embed.getByTestId("explorer")).toHaveAttribute("data-ready", "true", { timeout: 60_000 });
    await expect(embed.getByRole("link", { name: /Open in the explorer/ })).toHaveAttribute("href", /^\/en\/explore\?v=model-timeline/);
    await expect(embed.getByTestId("graph-canvas")).toHaveAttribute("data-node-count", /^[1-9]\d*$/);
    // The framed explorer is blocked by its own frame-ancestors 'none': nothing of it renders.
    await page.waitForTimeout(1000);
    expect(await page.frameLocator("#explore").getByTestId("explorer").count()).toBe(0);
    await page.locator("#embed").screenshot({ path: ".data/screenshots/embed-in-iframe.png" });
  } finally {
    host.close();
  }
});

test("exports: the view as SVG and PNG (title, legend, link), the data as GEXF and CSV that read back", async ({ page }) => {
  await page.goto("/explore?v=founders-2023");
  await ready(page);
  const ids = await nodeIds(page);
  const save = async (name: RegExp) => {
    await page.getByTestId("export-menu").locator("summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name }).click()]);
    const p = await file.path();
    return { name: file.suggestedFilename(), body: fs.readFileSync(p!) };
  };
  const svg = await save(/^SVG/);
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.body.toString("utf8");
  expect(text).toContain("<svg");
  expect(text).toContain("/explore?v=founders-2023");
  expect((text.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(ids.length); // every node, plus the legend's dots
  expect(text).toContain(">Kai-Fu Lee</text>");

  const png = await save(/^PNG \(2×\)/);
  expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
  const [w, h] = [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
  const [w1, h1] = text.match(/width="(\d+)" height="(\d+)"/)!.slice(1).map(Number);
  expect([w, h]).toEqual([w1 * 2, h1 * 2]);
  fs.writeFileSync(".data/screenshots/export-founders@2x.png", png.body);

  const gexf = await save(/^GEXF/);
  const back = parseGexf(Graph, gexf.body.toString("utf8"));
  expect(back.nodes().sort()).toEqual(ids);
  const csv = await save(/^CSV — nodes/);
  expect(csv.body[0]).toBe(0xef); // the UTF-8 BOM
  expect(csv.body.toString("utf8")).toContain("李开复");

  // The HTML file opens from disk, offline, and draws the same graph.
  const html = await save(/^HTML/);
  const file = path.resolve(".data/screenshots/export-founders.html");
  fs.writeFileSync(file, html.body);
  const offline = await page.context().browser()!.newContext({ offline: true });
  const viewer = await offline.newPage();
  await viewer.goto(`file://${file}`);
  await expect(viewer.locator("body")).toHaveAttribute("data-ready", "true");
  expect(await viewer.evaluate(() => window.__VIEWER__)).toEqual({ nodes: ids.length, edges: expect.any(Number) });
  await expect(viewer.locator("#graph canvas").first()).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Open in the explorer" })).toHaveAttribute("href", /\/explore\?v=founders-2023/);
  await viewer.screenshot({ path: ".data/screenshots/export-founders-html.png" });
  await offline.close();
});

test("play steps the timeline's window through time and a pause leaves it in the link; Back undoes the whole play", async ({ page }) => {
  await page.goto("/explore?v=model-timeline&w=2020");
  await ready(page);
  const timeline = page.getByTestId("timeline");
  await timeline.getByRole("combobox", { name: "Speed" }).selectOption("500");
  await timeline.getByRole("button", { name: "Play" }).click();
  await expect(page).toHaveURL(/w=2021(&|$)/);
  await expect(page).toHaveURL(/w=2022(&|$)/);
  await timeline.getByRole("button", { name: "Pause" }).click();
  const paused = new URL(page.url()).searchParams.get("w");
  await page.waitForTimeout(1200);
  expect(new URL(page.url()).searchParams.get("w")).toBe(paused);
  await page.goBack();
  await expect(page).toHaveURL(/w=2020(&|$)/);
  // The time layout: dated nodes on an axis, a step of its own.
  await timeline.getByRole("button", { name: "Time layout" }).click();
  await expect(page).toHaveURL(/g=time/);
  await ready(page);
  await page.getByRole("region", { name: "Graph" }).screenshot({ path: ".data/screenshots/timeline-time-layout.png" });
});

test("a large export is written in a worker and reads back: the whole ecosystem as GEXF", async ({ page }) => {
  await page.goto("/explore");
  await ready(page);
  const ids = await nodeIds(page);
  expect(ids.length).toBeGreaterThan(250); // above the size that goes to the worker
  await page.getByTestId("export-menu").locator("summary").click();
  let started = 0;
  page.on("worker", () => started++);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /^GEXF/ }).click()]);
  const back = parseGexf(Graph, fs.readFileSync((await file.path())!, "utf8"));
  expect(back.nodes().sort()).toEqual(ids);
  expect(started).toBe(1); // the export's own worker
});

test("leaving the explorer ends the layout worker", async ({ page }) => {
  await page.goto("/explore?n=company:iflytek");
  await ready(page);
  // The layout's worker alone, once the page's first analysis (in its own worker, ended when it answers) is done.
  await expect.poll(() => page.workers().length).toBe(1);
  await page.getByRole("link", { name: "China GenAI Graph" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect.poll(() => page.workers().length).toBe(0);
});

test("a busy node offers its relationship types and expands one group at a time", async ({ page }) => {
  await page.goto("/explore?n=model:ernie-bot");
  await ready(page);
  // ERNIE Bot has more neighbours than the canvas takes at once: it opens alone, with its groups offered.
  expect(await nodeIds(page)).toEqual(["model:ernie-bot"]);
  await selectInTable(page, "ERNIE Bot");
  const details = page.getByTestId("details");
  await expect(details.getByText(/JOINED_ECOSYSTEM \(\d+\)/)).toBeVisible();
  await expect(details.getByRole("button", { name: /^Expand all/ })).toBeDisabled();
  // (The first data model's INTEGRATES is part of USES since the vocabulary was merged: graph-seed/vocabulary.ts.)
  await details.getByRole("button", { name: /^Expand USES/ }).click();
  await expect(page).toHaveURL(/x=model:ernie-bot~USES/);
  await ready(page);
  const rels = page.getByRole("table", { name: "Relationships" }).locator("tbody tr");
  await expect(rels.first()).toBeVisible();
  for (const t of await rels.locator("td:nth-child(2)").allTextContents()) expect(t).toBe("USES");
});

test("a link naming ids that no longer exist opens with what remains and says what was dropped", async ({ page }) => {
  await page.goto("/explore?n=company:iflytek,company:no-such-company&s=company:no-such-company");
  await ready(page);
  await expect(page.getByTestId("notice")).toContainText("company:no-such-company");
  expect(await nodeIds(page)).toContain("company:iflytek");
  await expect(page).not.toHaveURL(/no-such-company/);
});

test("a malformed link opens the home page with a clear message", async ({ page }) => {
  await page.goto("/explore?n=Not%20An%20Id");
  await expect(page).toHaveURL(/\/en\?error=/);
  await expect(page.getByTestId("link-error")).toContainText('"Not An Id" is not a node id');
});

test("an oversized link opens the home page with a clear message", async ({ page }) => {
  const ids = Array.from({ length: 501 }, (_, i) => `company:c${i}`).join(",");
  await page.goto(`/explore?n=${ids}`);
  await expect(page.getByTestId("link-error")).toContainText("too many nodes");
});

test("a link's start data is fetched once, while the page's scripts load", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/")) requests.push(new URL(r.url()).pathname + new URL(r.url()).search);
  });
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/explore?v=baidu-wenxin-partners&n=company:iflytek");
  await expect(page.locator('link[rel="preload"][href="/api/views/baidu-wenxin-partners"]')).toHaveCount(1);
  await ready(page);
  // One request each: the explorer's fetch used the preloaded response (a mismatch would fetch twice).
  expect(requests.filter((r) => r === "/api/views/baidu-wenxin-partners")).toHaveLength(1);
  expect(requests.filter((r) => r.startsWith("/api/nodes/company:iflytek/neighborhood"))).toHaveLength(1);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});

test("a search link and a busy start node are one request each, answered with one graph by the server", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith("/api/")) requests.push(u.pathname + u.search);
  });
  await page.goto("/explore?q=百度&n=model:ernie-bot");
  await ready(page);
  expect(requests.filter((r) => r.startsWith("/api/search/graph?"))).toHaveLength(1);
  expect(requests.filter((r) => r.startsWith("/api/search?"))).toEqual([]);
  expect(requests.filter((r) => r.startsWith("/api/nodes/model:ernie-bot/neighborhood"))).toEqual([
    "/api/nodes/model:ernie-bot/neighborhood?depth=1&limit=25&overflow=center",
  ]);
  // No other neighbourhood is fetched to join the search hits in the browser.
  expect(requests.filter((r) => r.includes("/neighborhood"))).toHaveLength(1);
  const ids = await nodeIds(page);
  expect(ids).toContain("company:baidu");
  expect(ids).toContain("model:ernie-bot");
});

test("the link preview names what the link shows", async ({ request }) => {
  const html = await (await request.get("/explore?n=company:iflytek")).text();
  expect(html).toMatch(/<meta property="og:title" content="iFlytek[^"]*"/);
  expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
});

for (const [name, path] of [
  ["view-baidu-wenxin-partners", "/explore?v=baidu-wenxin-partners"],
  ["view-alibaba-portfolio", "/explore?v=alibaba-portfolio&l=zh"],
  ["view-policy-landscape", "/explore?v=policy-landscape"],
  ["node-iflytek-ja", "/explore?n=company:iflytek&l=ja&s=company:iflytek"],
] as const) {
  test(`screenshot: ${name}`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    await expect(page.getByTestId("legend")).toBeVisible();
    await page.getByRole("region", { name: "Graph" }).screenshot({ path: `.data/screenshots/${name}.png` });
  });
}
