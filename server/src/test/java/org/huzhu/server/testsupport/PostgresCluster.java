package org.huzhu.server.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.huzhu.server.store.StoreTarget;

/**
 * A throw-away PostgreSQL server for the tests, started once per test JVM from the installed PostgreSQL binaries
 * (Debian package {@code postgresql}): {@code initdb} into a temporary folder, {@code pg_ctl start} on a free loopback
 * port with password authentication, stopped and deleted when the JVM exits. As root, the binaries run as the
 * {@code postgres} user (PostgreSQL refuses to run as root). Each test asks for a fresh database. Without PostgreSQL
 * the tests fail with a message saying what to install: CI always has it, so a silent skip would hide a gap.
 */
public final class PostgresCluster {

    private static final String USER = "huzhu";
    private static final String PASSWORD = "huzhu-test-password";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster instance;

    private final Path binaries;
    private final Path folder;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path binaries, Path folder, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.folder = folder;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The running cluster, started on first use. */
    public static synchronized PostgresCluster get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "postgres-test-cluster-stop"));
        }
        return instance;
    }

    /** A new, empty database on the cluster. */
    public StoreTarget.Postgres newDatabase() {
        String name = "huzhu_test_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new StoreTarget.Postgres(url(name), USER, PASSWORD);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static PostgresCluster start() {
        Path binaries = findBinaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or PATH. "
                        + "Install them: apt-get install -y --no-install-recommends postgresql"));
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory("huzhu-pg-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
                Files.setOwner(passwordFile, postgres);
            }
            int port = freePort();
            PostgresCluster cluster = new PostgresCluster(binaries, folder, port, root);
            cluster.run(List.of("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "--pwfile",
                    passwordFile.toString(), "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                    "--no-locale", "--no-sync"), 120);
            cluster.startServer();
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the server of this cluster (again), on the same port, and waits until it accepts connections. With
     * {@link #stopServer}, for tests of what a client does while PostgreSQL restarts.
     */
    public void startServer() {
        // fsync off: a test cluster need not survive a power cut, and it saves seconds per test run.
        run(List.of("pg_ctl", "-D", folder.resolve("data").toString(), "-l",
                folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off", "start"), 90);
    }

    /** Stops the server as an administrator's restart does ({@code -m fast}: sessions are ended, not waited for). */
    public void stopServer() {
        run(List.of("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
    }

    /** Ends every other session on {@code database}, as {@code pg_terminate_backend} does; returns how many. */
    public int terminateSessions(StoreTarget.Postgres database) {
        String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             var query = connection.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            query.setString(1, name);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the sessions on " + name + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            run(List.of("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"), 60);
        } finally {
            deleteQuietly(folder);
        }
    }

    private void run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(binaries.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Path output = Files.createTempFile("huzhu-pg-cmd", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile())
                    .directory(Path.of("/tmp").toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            String log = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                String serverLog = Files.exists(folder.resolve("server.log"))
                        ? Files.readString(folder.resolve("server.log")) : "";
                throw new IllegalStateException(String.join(" ", full) + " failed (exit " + process.exitValue()
                        + "):\n" + log + serverLog);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static Optional<Path> findBinaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover folder in /tmp is harmless
        }
    }
}
