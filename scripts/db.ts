/** npm run db:start | db:stop | db:status | db:build — the embedded Neo4j, or which Neo4j the app would use. */
import { redactUri } from "../lib/neo4j/create-driver";
import { parseEnv } from "../lib/env";
import { boltReady, buildLauncher, runningPid, startEmbedded, stopEmbedded, THREE_WAYS } from "../lib/dev/embedded";
import { createDriverFromEnv } from "../lib/neo4j/create-driver";

async function main() {
  const cmd = process.argv[2];
  const e = parseEnv();
  const opts = { port: e.NEO4J_EMBEDDED_PORT, dataDir: e.NEO4J_DATA_DIR, password: e.neo4jPassword, heap: e.NEO4J_EMBEDDED_HEAP, txMemoryMax: "1g" };
  switch (cmd) {
    case "build":
      buildLauncher(true);
      console.log("neo4j: launcher built.");
      return;
    case "start": {
      if (!e.embedded) {
        console.log(`neo4j: NEO4J_URI is set (${redactUri(e.neo4jUri)}): using that server, nothing to start.`);
        return;
      }
      const r = await startEmbedded(opts);
      console.log(
        r === "already-running"
          ? `neo4j: the embedded server already runs on bolt://127.0.0.1:${opts.port}.`
          : `neo4j: the embedded server is up on bolt://127.0.0.1:${opts.port} (data in ${opts.dataDir}).`,
      );
      return;
    }
    case "stop": {
      if (!e.embedded) {
        console.log("neo4j: NEO4J_URI is set: the app uses an external server, which this command does not stop.");
        return;
      }
      const r = await stopEmbedded(opts.dataDir);
      console.log(r === "stopped" ? "neo4j: the embedded server stopped." : "neo4j: the embedded server was not running.");
      return;
    }
    case "status": {
      if (e.embedded) {
        const pid = runningPid(opts.dataDir);
        const up = await boltReady(opts.port, opts.password);
        console.log(`The app would use the embedded Neo4j at bolt://127.0.0.1:${opts.port} (database ${e.NEO4J_DATABASE}, data in ${opts.dataDir}).`);
        console.log(up ? `It is running${pid ? ` (pid ${pid})` : ""} and answers.` : "It is not running: npm run db:start starts it.");
      } else {
        console.log(`The app would use ${redactUri(e.neo4jUri)} (database ${e.NEO4J_DATABASE}, user ${e.NEO4J_USER}).`);
        const { driver } = createDriverFromEnv(e);
        try {
          await driver.verifyConnectivity({ database: e.NEO4J_DATABASE });
          console.log("It answers.");
        } catch (err) {
          console.log(`It does not answer: ${(err as Error).message}`);
          process.exitCode = 1;
        } finally {
          await driver.close();
        }
      }
      return;
    }
    default:
      console.error(`usage: tsx scripts/db.ts start|stop|status|build\n${THREE_WAYS}`);
      process.exit(2);
  }
}

main().catch((err) => {
  console.error(`neo4j: ${(err as Error).message}`);
  process.exit(1);
});
