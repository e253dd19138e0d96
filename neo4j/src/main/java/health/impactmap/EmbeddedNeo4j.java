package health.impactmap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on loopback until the process is told to stop.
 * Arguments: dataDir boltPort pageCacheMiB [host] [--watch-stdin] [--password-file=PATH]. With a
 * password file, authentication is on and the user neo4j has that file's password (read from the
 * file, never the command line, which other users can see). Prints "READY bolt://host:port"
 * once Bolt answers. With --watch-stdin it also stops when its standard input closes, so a
 * parent that dies without a chance to signal never leaves a database holding the store lock.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> <pageCacheMiB> [host] [--watch-stdin]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String host = args.length > 3 ? args[3] : "127.0.0.1";
    boolean watchStdin = Arrays.asList(args).contains("--watch-stdin");
    String passwordFile = Arrays.stream(args).filter(a -> a.startsWith("--password-file=")).map(a -> a.substring(16)).findFirst().orElse(null);
    String password = passwordFile == null ? null : Files.readString(Path.of(passwordFile)).trim();
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    if (password != null) setPassword(dbms, password);
    // Touch the default database so the first client does not pay for its start.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("READY bolt://" + host + ":" + port);
    System.out.flush();
    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // Input is ignored; only its end matters.
          }
        } catch (java.io.IOException ignored) {
          // A broken pipe means the parent is gone: stop as on end of input.
        }
        System.exit(0);
      }, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /** The embedded API bypasses authentication, so the launcher sets the password Bolt clients must give. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password the user already has: nothing to do.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }
}
