package dev.cngraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community running in this JVM, reachable over Bolt on loopback.
 *
 * <p>Configured by environment variables (all optional):
 * <ul>
 *   <li>NEO4J_HOME_DIR — where data and logs live (default .data/neo4j)</li>
 *   <li>NEO4J_BOLT_HOST / NEO4J_BOLT_PORT — listen address (default 127.0.0.1:7687)</li>
 *   <li>NEO4J_AUTH_ENABLED — "false" turns authentication off (default true)</li>
 *   <li>NEO4J_USER / NEO4J_PASSWORD — credentials set on start (password at least 8 characters)</li>
 *   <li>NEO4J_PAGECACHE — page cache size (default 1g)</li>
 *   <li>NEO4J_TX_TIMEOUT_SECONDS — server-wide transaction timeout (default 300)</li>
 *   <li>NEO4J_TX_MEMORY_MAX — memory one transaction may use, e.g. 1g; 0 means no limit (default 0)</li>
 * </ul>
 * It prints "NEO4J_READY bolt://host:port" once Bolt answers, writes its pid to HOME/launcher.pid and shuts
 * down cleanly on SIGTERM (the JVM runs the shutdown hook).
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".data/neo4j")).toAbsolutePath();
    String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = parsePort(env("NEO4J_BOLT_PORT", "7687"));
    boolean auth = !"false".equalsIgnoreCase(env("NEO4J_AUTH_ENABLED", "true"));
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "");
    long timeoutSeconds = Long.parseLong(env("NEO4J_TX_TIMEOUT_SECONDS", "300"));
    if (auth && password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters when authentication is enabled");
    }
    if (auth && !"neo4j".equals(user)) {
      fail("Neo4j Community has a single admin user: NEO4J_USER must be 'neo4j' for the embedded server");
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "1g")))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(timeoutSeconds))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
        // One hostile read (a huge collect()) must not exhaust the heap: cap what a transaction may allocate.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(env("NEO4J_TX_MEMORY_MAX", "0")))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
      stopped.countDown();
    }, "neo4j-shutdown"));

    try {
      if (auth) setPassword(dbms, password);
      writePid(home);
    } catch (RuntimeException | IOException e) {
      System.err.println("neo4j-launcher: start-up failed: " + e.getMessage());
      System.exit(1); // runs the shutdown hook: the database closes cleanly
    }
    System.out.println("NEO4J_READY bolt://" + host + ":" + port + " home=" + home);
    System.out.flush();
    stopped.await();
  }

  /** Sets the admin password; on a restart with the same password Neo4j refuses the no-op, which is fine. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String env(String key, String fallback) {
    String v = System.getenv(key);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static int parsePort(String raw) {
    try {
      int p = Integer.parseInt(raw);
      if (p > 0 && p < 65536) return p;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    fail("NEO4J_BOLT_PORT must be a port number, got '" + raw + "'");
    return -1;
  }

  private static void writePid(Path home) throws IOException {
    Files.writeString(home.resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
  }

  private static void fail(String message) {
    System.err.println("neo4j-launcher: " + message);
    System.exit(2);
  }
}
