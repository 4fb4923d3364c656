/**
 * npm run audit — `npm audit --omit=dev --audit-level=high` when the registry's advisory endpoint answers;
 * otherwise (some mirrors answer 405) the offline check of lib/security/advisories.ts over the production packages
 * of package-lock.json and the advisory records in security/advisories/ (how they were gathered and how current
 * they are: docs/security.md). Exits 1 when a high or critical advisory affects an installed production package.
 *
 *   npm run audit                      # online if possible, else offline
 *   npm run audit -- --offline         # offline only
 *   npm run audit -- --offline --advisories <dir>   # e.g. a checkout of github/advisory-database
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { audit, loadAdvisories, productionPackages } from "../lib/security/advisories";

const ROOT = path.resolve(__dirname, "..");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function online(): "passed" | "failed" | "unreachable" {
  const r = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|405 Method Not Allowed/.test(out) || r.status === null) {
    console.log(`audit: the registry's advisory endpoint cannot be used from here (${out.trim().split("\n")[0]}).`);
    return "unreachable";
  }
  process.stdout.write(out);
  return r.status === 0 ? "passed" : "failed";
}

function offline(dir: string): boolean {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const pkgs = productionPackages(lock, (p) => fs.existsSync(path.join(ROOT, p, "package.json")));
  const unreadable: string[] = [];
  const advisories = loadAdvisories(dir, unreadable);
  for (const f of unreadable) console.log(`audit (offline): skipped ${path.relative(ROOT, f)}: not an OSV advisory record`);
  const newest = advisories.map((a) => a.published).sort().at(-1) ?? "n/a";
  const findings = audit(pkgs, advisories);
  const count = [...pkgs.values()].reduce((n, s) => n + s.size, 0);
  console.log(`audit (offline): ${count} production packages from package-lock.json against ${advisories.length} advisory records in ${path.relative(ROOT, dir) || dir} (newest published ${newest.slice(0, 10)}).`);
  for (const f of findings) {
    console.log(`  ${f.advisory.severity.padEnd(8)} ${f.name}@${f.version}  ${f.advisory.id}  ${f.range}  fixed in ${f.fixed}  (${f.advisory.severityFrom}) ${f.advisory.summary}`);
  }
  const bad = findings.filter((f) => f.advisory.severity === "high" || f.advisory.severity === "critical");
  console.log(`audit (offline): ${findings.length} advisories affect installed production packages, ${bad.length} high or critical.`);
  return bad.length === 0;
}

const dir = path.resolve(arg("advisories") ?? path.join(ROOT, "security", "advisories"));
const mode = process.argv.includes("--offline") ? "unreachable" : online();
if (mode === "passed") process.exit(0);
if (mode === "failed") process.exit(1);
process.exit(offline(dir) ? 0 : 1);
