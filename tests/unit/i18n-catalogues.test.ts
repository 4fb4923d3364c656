/**
 * The three catalogues (lib/i18n/messages/<locale>/<namespace>.json) hold the same keys with the same
 * placeholders, every message parses as ICU, and every key is used by the code. A key built at run time is
 * declared in lib/i18n/dynamic-keys.ts (and then counts as used).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DYNAMIC_KEYS } from "@/lib/i18n/dynamic-keys";
import { LOCALES } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(ROOT, "lib/i18n/messages");

type Tree = { [k: string]: string | Tree };
function flatten(t: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const catalogue = (locale: string) => {
  const all = new Map<string, string>();
  for (const ns of NAMESPACES) {
    const tree = JSON.parse(readFileSync(path.join(DIR, locale, `${ns}.json`), "utf8")) as Tree;
    for (const [k, v] of flatten(tree)) all.set(`${ns}.${k}`, v);
  }
  return all;
};

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.select || e.type === TYPE.plural) {
      out.add(e.value);
      for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    }
    if (e.type === TYPE.tag) {
      out.add(`<${e.value}>`);
      argumentsOf(e.children, out);
    }
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !p.includes(`${path.sep}messages${path.sep}`)) out.push(p);
  }
  return out;
}

const en = catalogue("en");

describe("message catalogues", () => {
  it("exist for every locale and namespace, as JSON objects", () => {
    for (const l of LOCALES) {
      expect(readdirSync(path.join(DIR, l)).sort()).toEqual(NAMESPACES.map((n) => `${n}.json`).sort());
    }
    expect(en.size).toBeGreaterThan(0);
  });

  for (const l of LOCALES.filter((x) => x !== "en")) {
    it(`${l} has exactly the keys of en`, () => {
      const other = catalogue(l);
      const missing = [...en.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !en.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${l} uses the same placeholders as en in every message`, () => {
      const other = catalogue(l);
      const differ: string[] = [];
      for (const [k, v] of en) {
        const o = other.get(k);
        if (o === undefined) continue;
        const a = [...argumentsOf(parse(v))].sort().join(",");
        const b = [...argumentsOf(parse(o))].sort().join(",");
        if (a !== b) differ.push(`${k}: en {${a}} / ${l} {${b}}`);
      }
      expect(differ).toEqual([]);
    });
  }

  it("every message parses as ICU, in every locale", () => {
    const bad: string[] = [];
    for (const l of LOCALES) {
      for (const [k, v] of catalogue(l)) {
        try {
          parse(v);
        } catch (e) {
          bad.push(`${l} ${k}: ${(e as Error).message}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("no message is empty, and the ja and zh catalogues are not English copies", () => {
    for (const l of LOCALES) for (const [k, v] of catalogue(l)) expect(v.trim(), `${l} ${k}`).not.toBe("");
    for (const l of ["ja", "zh"]) {
      const other = catalogue(l);
      // Proper names, codes and formats may stay as they are; most messages must not.
      const same = [...en].filter(([k, v]) => other.get(k) === v && /[a-z]{3,}\s+[a-z]{3,}/i.test(v)).map(([k]) => k);
      expect(same, `${l}: messages identical to English`).toEqual([]);
    }
  });

  it("every key is used by the code (or declared as built at run time)", () => {
    const code = sourceFiles(path.join(ROOT, "app"))
      .concat(sourceFiles(path.join(ROOT, "lib")))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const literals = new Set<string>();
    for (const m of code.matchAll(/["'`]([A-Za-z0-9_.]+)["'`]/g)) literals.add(m[1]);
    const unused = [...en.keys()].filter((full) => {
      if (DYNAMIC_KEYS.some((p) => full === p || full.startsWith(`${p}.`))) return false;
      const rel = full.slice(full.indexOf(".") + 1);
      const leaf = rel.slice(rel.lastIndexOf(".") + 1);
      return !literals.has(full) && !literals.has(rel) && !literals.has(leaf);
    });
    expect(unused).toEqual([]);
  });

  it("declared run-time keys exist", () => {
    for (const p of DYNAMIC_KEYS) expect([...en.keys()].some((k) => k === p || k.startsWith(`${p}.`)), p).toBe(true);
  });
});
