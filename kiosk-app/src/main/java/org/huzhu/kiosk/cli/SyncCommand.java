package org.huzhu.kiosk.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kiosk.config.SyncConfig;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.kiosk.sync.CertificatePin;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.ServerAddresses;
import org.huzhu.kiosk.sync.Synchronizer;

/**
 * {@code enrol --db PATH --server URL --code CODE} and {@code sync --db PATH --server URL [--batch N]}: enrol the
 * kiosk with a server, and run one sync round (drain the outbox, then pull the snapshot). {@code --pin HEX} trusts
 * exactly that https certificate. Exit codes: 0 done (sync: nothing left pending), 1 sync left transactions pending,
 * 2 cannot run (arguments, key, database, refused, untrusted server), 3 the server could not be reached.
 */
public final class SyncCommand {

    static final int PENDING_LEFT = 1;
    static final int FAILED = 2;
    static final int UNREACHABLE = 3;
    static final String USAGE = """
            Usage: huzhu-kiosk enrol --db PATH --server URL --code CODE [--pin HEX]
                   huzhu-kiosk sync --db PATH --server URL [--batch N] [--pin HEX]
              enrol  registers this kiosk's key with the server (CODE from the server's `enrol-code`)
              sync   sends every unacknowledged transaction once, prints "accepted N rejected M pending P",
                     then pulls the server's snapshot and prints "snapshot version V"
              --pin  for https: trust exactly the certificate with this SHA-256 fingerprint (64 hex digits)
            The key store beside the database is opened with $HUZHU_KIOSK_KEY_PASSPHRASE.""";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public SyncCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(List<String> args) {
        Arguments arguments;
        URI server;
        Optional<CertificatePin> pin;
        try {
            arguments = Arguments.parse(args, List.of("--db", "--server", "--code", "--batch", "--pin"));
            server = URI.create(arguments.value("--server"));
            if (!List.of("http", "https").contains(String.valueOf(server.getScheme()))) {
                throw new UsageException("--server must be an http:// or https:// URL");
            }
            pin = pin(arguments);
        } catch (UsageException | IllegalArgumentException e) {
            err.println(args.isEmpty() ? "" : args.get(0) + ": " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        }
        String command = arguments.command();
        char[] passphrase = KeyPassphrase.resolve(env, "", false).orElse(null);
        if (passphrase == null) {
            err.println(command + ": set " + KeyPassphrase.ENV + " to the kiosk key store's passphrase");
            return FAILED;
        }
        try (OpenJournal journal = OpenJournal.openExisting(arguments.path("--db"), passphrase, Clock.systemUTC())) {
            Synchronizer synchronizer = new Synchronizer(journal, Clock.systemUTC(), pin);
            return switch (command) {
                case "enrol" -> {
                    var enrolled = synchronizer.enrol(server, arguments.value("--code"));
                    out.println("enrolled kiosk " + enrolled.kioskId() + " (key fingerprint " + enrolled.fingerprint()
                            + ") with " + server + "; receipts are signed by " + enrolled.serverKey().keyId());
                    yield 0;
                }
                case "sync" -> {
                    var round = synchronizer.syncOnce(ServerAddresses.of(server), arguments.options().containsKey("--batch")
                            ? arguments.positiveInt("--batch") : SyncConfig.DEFAULTS.batchSize());
                    var result = round.delivery();
                    out.println("accepted " + result.accepted() + " rejected " + result.rejected() + " pending "
                            + result.pending());
                    out.println("snapshot version " + round.snapshot().version());
                    yield result.pending() == 0 ? 0 : PENDING_LEFT;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (SyncException e) {
            err.println(command + ": " + e.getMessage());
            return e.retryable() ? UNREACHABLE : FAILED;
        } catch (UsageException e) {
            err.println(command + ": " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        } catch (StorageException | KeyStoreException | JournalException e) {
            err.println(command + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static Optional<CertificatePin> pin(Arguments arguments) throws UsageException {
        if (!arguments.options().containsKey("--pin")) {
            return Optional.empty();
        }
        try {
            return Optional.of(CertificatePin.parse(arguments.value("--pin")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    "--pin must be the SHA-256 fingerprint of the server's certificate (64 hex digits)");
        }
    }
}
