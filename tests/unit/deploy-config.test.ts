/**
 * The Docker files, read as text (there is no Docker engine on the development machines, so `docker compose config`
 * cannot run here): the image runs as a non-root user, compose publishes ports on loopback unless told otherwise,
 * and a set NEO4J_PASSWORD always wins over the first-try fallback.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const compose = fs.readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8");
const dockerfile = fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8");

/** Compose's `${VAR:-default}` / `${VAR}` interpolation (the subset these files use). */
function interpolate(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g, (_m, name: string, def?: string) => (vars[name] ? vars[name] : (def ?? "")));
}

/** Every published port mapping, as written: host-ip:host-port:container-port. */
function portMappings(text: string): string[] {
  const out: string[] = [];
  let inPorts = false;
  let indent = 0;
  for (const line of text.split("\n")) {
    const m = /^(\s*)ports:\s*$/.exec(line);
    if (m) {
      inPorts = true;
      indent = m[1].length;
      continue;
    }
    if (!inPorts) continue;
    const item = /^(\s*)-\s*"?([^"]+)"?\s*$/.exec(line);
    if (item && item[1].length >= indent) out.push(item[2]);
    else if (line.trim()) inPorts = false;
  }
  return out;
}

describe("deployment files", () => {
  it("the image's last stage runs as the non-root node user", () => {
    const lastStage = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    const users = [...lastStage.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.at(-1)).toBe("node");
    expect(lastStage.indexOf("USER node")).toBeLessThan(lastStage.indexOf("CMD ["));
  });

  it("compose publishes every port on loopback unless NEO4J_BIND / APP_BIND say otherwise", () => {
    const ports = portMappings(compose);
    expect(ports.length).toBe(3); // Neo4j browser + Bolt, the app
    for (const p of ports) {
      const host = interpolate(p, {}).split(":")[0];
      expect(host, p).toBe("127.0.0.1");
    }
    // Asked to, they bind elsewhere.
    expect(ports.map((p) => interpolate(p, { NEO4J_BIND: "0.0.0.0", APP_BIND: "0.0.0.0" }).split(":")[0])).toEqual(["0.0.0.0", "0.0.0.0", "0.0.0.0"]);
  });

  it("a set NEO4J_PASSWORD is used by both Neo4j and the app; the fallback only when it is unset", () => {
    const auth = /NEO4J_AUTH:\s*(\S+)/.exec(compose)![1];
    const appPassword = /^\s+NEO4J_PASSWORD:\s*(\S+)/m.exec(compose)![1];
    expect(interpolate(auth, { NEO4J_PASSWORD: "s3cret-pass" })).toBe("neo4j/s3cret-pass");
    expect(interpolate(appPassword, { NEO4J_PASSWORD: "s3cret-pass" })).toBe("s3cret-pass");
    const fallback = interpolate(appPassword, {});
    expect(interpolate(auth, {})).toBe(`neo4j/${fallback}`); // the two agree when unset
  });
});
