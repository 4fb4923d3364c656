import { describe, expect, it } from "vitest";
import { EMBEDDED_DEV_PASSWORD, EnvError, parseEnv } from "../../lib/env";
import { redactUri } from "../../lib/neo4j/create-driver";

describe("environment", () => {
  it("defaults to the embedded server on loopback", () => {
    const e = parseEnv({});
    expect(e.embedded).toBe(true);
    expect(e.neo4jUri).toBe("bolt://127.0.0.1:7687");
    expect(e.neo4jPassword).toBe(EMBEDDED_DEV_PASSWORD);
    expect(e.CYPHER_CONSOLE).toBe(true);
    expect(e.CYPHER_TIMEOUT_MS).toBe(5000);
    expect(e.CYPHER_MAX_ROWS).toBe(5000);
  });

  it("uses NEO4J_URI, including routing URIs, and never the dev password with it", () => {
    const e = parseEnv({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret" });
    expect(e.embedded).toBe(false);
    expect(e.neo4jUri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(e.neo4jPassword).toBe("secret");
    expect(() => parseEnv({ NEO4J_URI: "neo4j://db:7687" })).toThrow(/NEO4J_PASSWORD/);
  });

  it("names every bad variable", () => {
    try {
      parseEnv({ NEO4J_URI: "http://x", CYPHER_TIMEOUT_MS: "soon", CYPHER_CONSOLE: "maybe" });
      throw new Error("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      const m = (e as Error).message;
      expect(m).toMatch(/NEO4J_URI/);
      expect(m).toMatch(/CYPHER_TIMEOUT_MS/);
      expect(m).toMatch(/CYPHER_CONSOLE/);
    }
  });

  it("switches the console off", () => {
    expect(parseEnv({ CYPHER_CONSOLE: "off" }).CYPHER_CONSOLE).toBe(false);
  });

  it("redacts credentials from URIs", () => {
    expect(redactUri("neo4j+s://user:pw@host:7687")).toBe("neo4j+s://host:7687");
  });
});
