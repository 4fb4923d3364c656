/**
 * An offline `npm audit`: matches installed package versions against OSV / GitHub advisory records (the format of
 * github/advisory-database and osv.dev exports). Used by `npm run audit` when the registry's advisory endpoint
 * cannot be reached, with the records kept in security/advisories/ (see docs/security.md).
 *
 * Range logic (OSV schema): a version is affected when an `affected[]` entry for the npm package lists it, or when
 * it falls inside a SEMVER / ECOSYSTEM range: each `introduced` opens an interval that the next `fixed` or `limit`
 * closes (exclusive) or `last_affected` closes (inclusive); an interval never closed is open-ended.
 */
import fs from "node:fs";
import path from "node:path";
import semver from "semver";

export type Severity = "low" | "moderate" | "high" | "critical" | "unknown";

export interface Advisory {
  id: string;
  summary: string;
  published: string;
  modified: string;
  severity: Severity;
  /** How the severity was found: the record's own label or a CVSS v3 vector's base score. */
  severityFrom: string;
  affected: { name: string; versions: string[]; ranges: { type: string; events: Record<string, string>[] }[] }[];
}

export interface Finding {
  name: string;
  version: string;
  advisory: Advisory;
  range: string;
  fixed: string;
}

interface OsvRecord {
  id?: unknown;
  summary?: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  database_specific?: { severity?: string };
  severity?: { type: string; score: string }[];
  affected?: { package?: { ecosystem?: string; name?: string }; versions?: string[]; ranges?: { type: string; events: Record<string, string>[] }[] }[];
}

/** CVSS v3.x base score from a vector (the specification's formula). */
export function cvss3BaseScore(vector: string): number | null {
  const m = Object.fromEntries(vector.split("/").slice(1).map((kv) => kv.split(":"))) as Record<string, string>;
  const changed = m.S === "C";
  const AV = ({ N: 0.85, A: 0.62, L: 0.55, P: 0.2 } as Record<string, number>)[m.AV];
  const AC = ({ L: 0.77, H: 0.44 } as Record<string, number>)[m.AC];
  const UI = ({ N: 0.85, R: 0.62 } as Record<string, number>)[m.UI];
  const PR = ({ N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 } as Record<string, number>)[m.PR];
  const cia = (x: string) => ({ H: 0.56, L: 0.22, N: 0 } as Record<string, number>)[x];
  const [C, I, A] = [cia(m.C), cia(m.I), cia(m.A)];
  if ([AV, AC, UI, PR, C, I, A].some((x) => x === undefined)) return null;
  const iss = 1 - (1 - C) * (1 - I) * (1 - A);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * AV * AC * PR * UI;
  if (impact <= 0) return 0;
  const roundUp = (x: number) => {
    const i = Math.round(x * 100_000);
    return i % 10_000 === 0 ? i / 100_000 : (Math.floor(i / 10_000) + 1) / 10;
  };
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}

function severityOf(r: OsvRecord): { severity: Severity; from: string } {
  const label = r.database_specific?.severity?.toLowerCase();
  if (label === "low" || label === "moderate" || label === "high" || label === "critical") return { severity: label, from: "advisory" };
  if (label === "medium") return { severity: "moderate", from: "advisory" };
  const v3 = r.severity?.find((s) => /^CVSS_V3/.test(s.type));
  const score = v3 ? cvss3BaseScore(v3.score) : null;
  if (score !== null) {
    const severity: Severity = score < 4 ? "low" : score < 7 ? "moderate" : score < 9 ? "high" : "critical";
    return { severity, from: `CVSS ${score.toFixed(1)}` };
  }
  return { severity: "unknown", from: r.severity?.length ? "CVSS v4 vector only" : "no severity" };
}

/**
 * Loads every *.json record under `dir` (recursively); withdrawn ones are skipped, a repeated id keeps the newer.
 * A file that is not JSON or not an OSV record is named in `unreadable` (passed in), never thrown.
 */
export function loadAdvisories(dir: string, unreadable: string[] = []): Advisory[] {
  const byId = new Map<string, Advisory>();
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".json") ? [path.join(d, e.name)] : []));
  for (const file of walk(dir)) {
    let r: OsvRecord;
    try {
      r = JSON.parse(fs.readFileSync(file, "utf8")) as OsvRecord;
    } catch {
      unreadable.push(file);
      continue;
    }
    if (!r || typeof r !== "object" || typeof r.id !== "string" || !Array.isArray(r.affected)) {
      unreadable.push(file);
      continue;
    }
    if (r.withdrawn) continue;
    const { severity, from } = severityOf(r);
    const a: Advisory = {
      id: r.id,
      summary: (r.summary ?? "").trim(),
      published: r.published ?? "",
      modified: r.modified ?? "",
      severity,
      severityFrom: from,
      affected: r.affected
        .filter((x) => x.package?.ecosystem?.toLowerCase() === "npm" && x.package.name)
        .map((x) => ({ name: x.package!.name!, versions: x.versions ?? [], ranges: x.ranges ?? [] })),
    };
    const prev = byId.get(a.id);
    if (!prev || (prev.severity === "unknown" && a.severity !== "unknown") || a.modified > prev.modified) byId.set(a.id, a);
  }
  return [...byId.values()];
}

const lowest = (v: string) => (v === "0" ? "0.0.0-0" : semver.valid(v) ?? semver.valid(semver.coerce(v)));

/** The range of `events` that holds `version`, or null. */
export function inRange(version: string, events: Record<string, string>[]): { range: string; fixed: string } | null {
  const order: Record<string, number> = { introduced: 0, last_affected: 1, fixed: 1, limit: 1 };
  const evs = events
    .map((e) => {
      const [kind, raw] = Object.entries(e)[0] ?? ["", ""];
      return { kind, raw, v: lowest(raw) };
    })
    .filter((e): e is { kind: string; raw: string; v: string } => !!e.v && e.kind in order)
    .sort((a, b) => semver.compare(a.v, b.v) || order[a.kind] - order[b.kind]);
  let open: (typeof evs)[number] | null = null;
  const intervals: { from: (typeof evs)[number]; to: (typeof evs)[number] | null }[] = [];
  for (const e of evs) {
    if (e.kind === "introduced") open ??= e;
    else if (open) {
      intervals.push({ from: open, to: e });
      open = null;
    }
  }
  if (open) intervals.push({ from: open, to: null });
  for (const { from, to } of intervals) {
    if (semver.lt(version, from.v)) continue;
    if (to && (to.kind === "last_affected" ? semver.gt(version, to.v) : semver.gte(version, to.v))) continue;
    const lo = from.raw === "0" ? "" : `>=${from.raw}`;
    const hi = !to ? "" : to.kind === "last_affected" ? `<=${to.raw}` : `<${to.raw}`;
    return { range: [lo, hi].filter(Boolean).join(" ") || "*", fixed: to?.kind === "fixed" ? to.raw : "none" };
  }
  return null;
}

/** Every advisory that affects one of `packages` (name → installed versions). */
export function audit(packages: Map<string, Set<string>>, advisories: Advisory[]): Finding[] {
  const out: Finding[] = [];
  for (const advisory of advisories) {
    for (const aff of advisory.affected) {
      for (const version of packages.get(aff.name) ?? []) {
        let hit: { range: string; fixed: string } | null = aff.versions.includes(version) ? { range: `=${version}`, fixed: "see advisory" } : null;
        for (const r of aff.ranges) {
          if (hit) break;
          if (r.type === "SEMVER" || r.type === "ECOSYSTEM") hit = inRange(version, r.events);
        }
        if (hit && !out.some((f) => f.advisory.id === advisory.id && f.name === aff.name && f.version === version)) {
          out.push({ name: aff.name, version, advisory, ...hit });
        }
      }
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.advisory.id.localeCompare(b.advisory.id));
}

/** The packages a production install holds, from package-lock.json (v3): dev-only and absent optional ones left out. */
export function productionPackages(lock: { packages: Record<string, { version?: string; dev?: boolean; optional?: boolean }> }, installed?: (p: string) => boolean): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [p, meta] of Object.entries(lock.packages)) {
    if (!p || meta.dev || !meta.version) continue;
    if (meta.optional && installed && !installed(p)) continue;
    const name = p.slice(p.lastIndexOf("node_modules/") + "node_modules/".length);
    (out.get(name) ?? out.set(name, new Set()).get(name)!).add(meta.version);
  }
  return out;
}
