/** Copies a seed set to a temporary directory so a test can corrupt or rename it without touching graph-seed/. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const FIXTURE_DIR = path.resolve(__dirname, "..", "..", "graph-seed", "fixture");

/** A temp copy of the fixture whose set name is `name` and whose ids are prefixed (so it cannot collide). */
export function copyFixture(name: string, idPrefix = ""): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "cngraph-seed-"));
  const dir = path.join(root, name);
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
  if (idPrefix) {
    const file = path.join(dir, "data", "fixture.json");
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    const re = (id: string) => id.replace(/:/, `:${idPrefix}`);
    for (const n of data.nodes) n.id = re(n.id);
    for (const r of data.relationships) {
      r.from = re(r.from);
      r.to = re(r.to);
    }
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
  }
  return dir;
}

export function editJson(file: string, edit: (data: any) => void): void {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(data);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}
