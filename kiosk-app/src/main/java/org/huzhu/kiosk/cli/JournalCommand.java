package org.huzhu.kiosk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.huzhu.kiosk.identity.KeyStoreException;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.JournalException;
import org.huzhu.kiosk.journal.JournalVerifier;
import org.huzhu.kiosk.journal.KeyPassphrase;
import org.huzhu.kiosk.journal.OpenJournal;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.payload.SamplePayloads;

/**
 * {@code journal verify --db PATH}, {@code journal unsynced --db PATH} and
 * {@code journal demo --db PATH --count N [--suite ID]}: operators', installers' and benchmarks' access to a journal
 * without the UI. Exit codes: 0 fine, 1 journal broken, 2 cannot run.
 */
public final class JournalCommand {

    static final int BROKEN = 1;
    static final int FAILED = 2;
    static final String USAGE = """
            Usage: huzhu-kiosk journal verify --db PATH
                   huzhu-kiosk journal unsynced --db PATH
                   huzhu-kiosk journal demo --db PATH --count N [--suite ed25519-sha256|sm2-sm3]
              verify    checks every signature and link; prints "OK <n> transactions" or the first broken sequence
              unsynced  prints how many transactions the server has not answered yet (pending or sent); read-only,
                        needs no passphrase (the package's remove script asks it before it lets the kiosk go)
              demo      appends N signed sample transactions of mixed types (creates the database and key if absent)
            The key store beside the database is opened with $HUZHU_KIOSK_KEY_PASSPHRASE (demo: a fixed passphrase).""";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public JournalCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(List<String> args) {
        try {
            Arguments arguments = Arguments.parse(args, List.of("--db", "--count", "--suite"));
            return switch (arguments.command()) {
                case "verify" -> verify(arguments.path("--db"));
                case "unsynced" -> unsynced(arguments.path("--db"));
                case "demo" -> demo(arguments.path("--db"), arguments.positiveInt("--count"),
                        suite(arguments.value("--suite", SignatureSuites.ED25519_SHA256.id())));
                default -> throw new UsageException("unknown journal command '" + arguments.command() + "'");
            };
        } catch (UsageException e) {
            err.println("journal: " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        }
    }

    private int verify(Path db) {
        try {
            JournalVerifier.Result result = JournalVerifier.verify(db);
            out.println(result.summary());
            return result instanceof JournalVerifier.Intact ? 0 : BROKEN;
        } catch (StorageException e) {
            err.println("journal verify: " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Counts read-only, so it runs beside a kiosk that holds the database and without the key store: what is
     * unanswered is the outbox's pending and sent rows, the same two states {@code Synchronizer.pendingCount} adds.
     */
    private int unsynced(Path db) {
        try (Connection connection = Database.openReadOnly(db);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')");
                ResultSet count = query.executeQuery()) {
            out.println(count.getLong(1));
            return 0;
        } catch (StorageException e) {
            err.println("journal unsynced: " + e.getMessage());
            return FAILED;
        } catch (SQLException e) {
            err.println("journal unsynced: " + db + " is not a readable Huzhu Kiosk journal (" + e.getMessage() + ")");
            return FAILED;
        }
    }

    private int demo(Path db, int count, SignatureSuite suite) {
        char[] passphrase = KeyPassphrase.resolve(env, "", true).orElseThrow();
        if (!env.containsKey(KeyPassphrase.ENV)) {
            err.println("journal demo: " + KeyPassphrase.ENV + " is not set; using the demo passphrase");
        }
        if (Files.isDirectory(db)) {
            err.println("journal demo: " + db + " is a folder; give the database file, e.g. " + db.resolve("kiosk.db"));
            return FAILED;
        }
        try (OpenJournal open = OpenJournal.open(db, passphrase, suite, Clock.systemUTC())) {
            SplittableRandom random = new SplittableRandom();
            long first = open.journal().headSequence() + 1;
            Transaction last = null;
            for (int i = 0; i < count; i++) {
                last = open.journal().append(SamplePayloads.mixed(i, random), Actor.SYSTEM, BusinessChange.NONE);
            }
            out.println("appended " + count + " transactions (sequences " + first + ".." + last.sequence() + ") to "
                    + db + "; kiosk " + open.journal().identity().kioskId() + ", key fingerprint "
                    + open.journal().identity().fingerprint());
            return 0;
        } catch (StorageException | KeyStoreException | JournalException e) {
            err.println("journal demo: " + e.getMessage());
            return FAILED;
        }
    }

    private static SignatureSuite suite(String id) throws UsageException {
        return SignatureSuites.byId(id).orElseThrow(() -> new UsageException("unknown suite '" + id + "'"));
    }
}
