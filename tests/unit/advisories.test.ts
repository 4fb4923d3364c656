import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { audit, cvss3BaseScore, inRange, loadAdvisories, productionPackages } from "@/lib/security/advisories";

const ROOT = path.resolve(__dirname, "../..");
const advisories = loadAdvisories(path.join(ROOT, "security/advisories"));
const pkgs = (entries: [string, string][]) => new Map(entries.map(([n, v]) => [n, new Set([v])]));

describe("offline advisory check (npm run audit without the registry's endpoint)", () => {
  it("finds the postcss advisories in the version next pins, and none in the overridden one", () => {
    const old = audit(pkgs([["postcss", "8.4.31"]]), advisories);
    expect(old.map((f) => f.advisory.id).sort()).toEqual(["GHSA-6g55-p6wh-862q", "GHSA-fxqj-rqcc-2cmp", "GHSA-qx2v-qp2m-jg93", "GHSA-r28c-9q8g-f849"]);
    expect(old.filter((f) => f.advisory.severity === "high").length).toBe(2);
    expect(audit(pkgs([["postcss", "8.5.33"]]), advisories)).toEqual([]);
  });

  it("reads ranges as OSV defines them: fixed exclusive, last_affected inclusive, prereleases ordered", () => {
    expect(inRange("1.2.3", [{ introduced: "0" }, { fixed: "1.2.4" }])).toEqual({ range: "<1.2.4", fixed: "1.2.4" });
    expect(inRange("1.2.4", [{ introduced: "0" }, { fixed: "1.2.4" }])).toBeNull();
    expect(inRange("2.0.0", [{ introduced: "1.0.0" }, { last_affected: "2.0.0" }])?.range).toBe(">=1.0.0 <=2.0.0");
    expect(inRange("15.5.1-canary.3", [{ introduced: "15.0.0" }, { fixed: "15.5.1" }])).not.toBeNull();
    expect(inRange("0.9.0", [{ introduced: "1.0.0" }])).toBeNull();
    expect(inRange("9.9.9", [{ introduced: "1.0.0" }])?.fixed).toBe("none");
  });

  it("names files that are not advisory records instead of failing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisories-"));
    fs.writeFileSync(path.join(dir, "broken.json"), '{"id": "GHSA-x", "affected": [');
    fs.writeFileSync(path.join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    fs.copyFileSync(path.join(ROOT, "security/advisories/osv/GHSA-6g55-p6wh-862q.json"), path.join(dir, "ok.json"));
    const unreadable: string[] = [];
    const loaded = loadAdvisories(dir, unreadable);
    expect(loaded.map((a) => a.id)).toEqual(["GHSA-6g55-p6wh-862q"]);
    expect(unreadable.map((f) => path.basename(f)).sort()).toEqual(["broken.json", "other.json"]);
  });

  it("scores CVSS v3 vectors like the specification", () => {
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toBe(9.8);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N")).toBe(6.1);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N")).toBe(7.5);
  });

  it("the production packages of the lockfile have no high or critical advisory on file", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    const prod = productionPackages(lock, (p) => fs.existsSync(path.join(ROOT, p, "package.json")));
    expect(prod.get("next")?.size).toBe(1);
    expect(prod.has("vitest")).toBe(false); // dev-only
    const bad = audit(prod, advisories).filter((f) => f.advisory.severity === "high" || f.advisory.severity === "critical");
    expect(bad.map((f) => `${f.name}@${f.version} ${f.advisory.id}`)).toEqual([]);
  });
});
