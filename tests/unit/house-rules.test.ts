/**
 * Issue 11's rules for where things live, checked over the tree so they cannot drift: the explorer's component is
 * layout only, the browser calls the API through lib/client/api.ts alone, and no module imports itself in a circle.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "lib", "bench", "scripts"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...sources(rel));
    } else if (/\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith(".d.ts") && !e.name.endsWith(".d.mts")) out.push(rel);
  }
  return out;
}
const files = SOURCE_DIRS.flatMap(sources);
const text = new Map(files.map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")]));

/** The project file an import specifier names, if it is one of ours ("@/…" or relative). */
function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : undefined;
  if (base === undefined) return undefined;
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, "");
  for (const c of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, path.join(stem, "index.ts"), path.join(stem, "index.tsx")]) {
    if (text.has(path.normalize(c))) return path.normalize(c);
  }
  return undefined;
}

function importsOf(file: string): string[] {
  const src = text.get(file)!;
  const specs = [...src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]);
  specs.push(...[...src.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)].map((m) => m[1]));
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== undefined);
}

describe("where things live (issue 11)", () => {
  it("keeps the explorer's component to layout: at most 120 lines, no state of its own, no fetch", () => {
    const src = text.get(path.join("app", "[locale]", "explore", "explorer.tsx"))!;
    expect(src.split("\n").length).toBeLessThanOrEqual(120);
    expect(src).not.toMatch(/\buseState\b|\bfetch\(/);
  });

  it("calls the API from the browser only through lib/client/api.ts", () => {
    // The bench canvas is a benchmark fixture: it requests its graph file as early as the bare sigma.js page does.
    const allowed = new Set([path.join("lib", "client", "api.ts"), path.join("app", "bench-canvas", "bench-canvas.tsx")]);
    const calling = files.filter((f) => f.startsWith("app") && !allowed.has(f) && /(?<![.\w])fetch\(/.test(text.get(f)!));
    expect(calling).toEqual([]);
  });

  it("has no import cycle among app/, lib/, bench/ and scripts/", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    // The check must see imports at all: the explorer imports its store.
    expect(graph.get(path.join("app", "[locale]", "explore", "explorer.tsx"))).toContain(path.join("app", "[locale]", "explore", "use-explorer.ts"));
    const state = new Map<string, "open" | "done">();
    const cycles: string[][] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...trail.slice(trail.indexOf(f)), f]);
        return;
      }
      state.set(f, "open");
      for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
