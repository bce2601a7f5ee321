package org.huzhu.server.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.policy.OfflinePolicy;
import org.huzhu.protocol.policy.SecondFactorPolicy;
import org.huzhu.server.app.HuzhuServer;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.identity.ServerKeyStore;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.store.StorageException;
import org.huzhu.server.store.StoreTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code serve}: runs the server until the process is stopped (SIGTERM or Ctrl-C close it cleanly). */
final class ServeCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final Set<String> OPTIONS = Set.of("--host", "--port", "--db", "--jdbc-url", "--jdbc-user",
            "--jdbc-password-env", "--key", "--key-suite", "--overdraft-minutes", "--soft-limit-minutes",
            "--offline-limit-minutes", "--max-offline-hours", "--demo-catalogue", "--community",
            "--second-factor-minutes");
    static final long MAX_MINUTES = 1_000_000;

    private final PrintStream out;
    private final Map<String, String> env;

    ServeCommand(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    int run(List<String> options) throws UsageException, StorageException, KeyStoreException {
        ServerSettings settings = settings(options);
        // The zone is the community's: the demo catalogue lays out its days and times in it.
        HuzhuServer server = HuzhuServer.start(settings, Clock.systemDefaultZone());
        out.println("Huzhu server listening on http://" + settings.host() + ":" + server.port() + " (data "
                + settings.store().describe() + ", receipt key " + server.identity().keyId() + " "
                + server.identity().suite().id() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (StorageException e) {
                LOG.warn("Closing the database on shutdown failed: {}", e.getMessage());
            }
            stopped.countDown();
        }, "huzhu-server-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.EXIT_OK;
    }

    ServerSettings settings(List<String> options) throws UsageException {
        Arguments args = Arguments.parse(options, OPTIONS);
        StoreTarget store = StoreOptions.parse(args, env);
        Path keyFile = switch (store) {
            case StoreTarget.Sqlite sqlite when !args.has("--key") ->
                    sqlite.file().toAbsolutePath().resolveSibling("server-key.p12");
            default -> Path.of(args.value("--key"));
        };
        SignatureSuite suite = SignatureSuites.byId(args.value("--key-suite", "ed25519-sha256")).orElseThrow(() ->
                new UsageException("--key-suite must be ed25519-sha256 or sm2-sm3"));
        String passphrase = env.get(ServerKeyStore.PASSPHRASE_ENV);
        if (passphrase == null || passphrase.length() < 8) {
            throw new UsageException("set " + ServerKeyStore.PASSPHRASE_ENV + " to the receipt key's passphrase "
                    + "(at least 8 characters)");
        }
        LedgerLimits limits = new LedgerLimits(args.number("--overdraft-minutes", 0, 0, MAX_MINUTES),
                args.number("--soft-limit-minutes", LedgerLimits.DEFAULT.softLimitMinutes(), -MAX_MINUTES,
                        MAX_MINUTES));
        OfflinePolicy policy = new OfflinePolicy(
                (int) args.number("--offline-limit-minutes", OfflinePolicy.DEFAULT_OFFLINE_LIMIT_MINUTES, 0,
                        MAX_MINUTES),
                Duration.ofHours(args.number("--max-offline-hours", OfflinePolicy.DEFAULT_MAX_OFFLINE_AGE.toHours(),
                        0, 24 * 365)));
        return new ServerSettings(args.value("--host", "127.0.0.1"), (int) args.number("--port", 8080, 0, 65_535),
                store, keyFile, passphrase.toCharArray(), suite, limits, policy,
                args.flag("--demo-catalogue", true), ServerSettings.DEFAULT_MAX_BODY_BYTES,
                args.value("--community", ServerSettings.DEFAULT_COMMUNITY),
                new SecondFactorPolicy((int) args.number("--second-factor-minutes",
                        SecondFactorPolicy.DEFAULT_WEAK_TRANSFER_LIMIT_MINUTES, 0, MAX_MINUTES)));
    }
}
