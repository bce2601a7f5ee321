package org.huzhu.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.protocol.log.LogAudit;
import org.huzhu.protocol.log.LogConsistency;
import org.huzhu.protocol.log.LogCopy;
import org.huzhu.protocol.log.LogEntries;
import org.huzhu.protocol.log.LogInclusion;
import org.huzhu.protocol.log.MalformedTreeHeadException;
import org.huzhu.protocol.log.SignedTreeHead;
import org.huzhu.protocol.log.TreeHeadCodec;
import org.huzhu.protocol.sync.ServerKey;
import org.huzhu.protocol.sync.SyncJson;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.identity.ServerIdentity;
import org.huzhu.server.identity.ServerKeyStore;
import org.huzhu.server.log.LogLeaves;
import org.huzhu.server.log.TransparencyLog;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The transparency log for people outside the server (docs/protocol.md §16.6, ADR 0024): {@code log-export} writes a
 * whole copy of a community's log with a freshly signed head, for a charity or an auditor; {@code audit} checks such a
 * copy, or one inclusion or consistency answer, offline, with nothing but the file and the server's public key.
 */
final class LogCommands {

    static final String USAGE = """
              log-export  STORE --out FILE [--key FILE] [--community default]
                                                   a whole copy of the log with a signed head, for auditors
                                                   (the key passphrase comes from HUZHU_SERVER_KEY_PASSPHRASE)
              audit       --copy FILE              checks a log copy offline: head signature, every entry, the root
              audit       --inclusion FILE --envelope FILE --server-key FILE
              audit       --consistency FILE --kept-head FILE --server-key FILE
                                                   checks one answer of GET /v1/log/… offline against the server
                                                   key (GET /v1/server-key); exit 1 if anything does not hold""";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    LogCommands(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int export(List<String> options) throws UsageException, StorageException, KeyStoreException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--out", "--key", "--community"));
        var store = StoreOptions.parse(args, env);
        Path keyFile = args.has("--key") ? Path.of(args.value("--key")) : switch (store) {
            case org.huzhu.server.store.StoreTarget.Sqlite sqlite ->
                    sqlite.file().toAbsolutePath().resolveSibling("server-key.p12");
            default -> throw new UsageException("--key FILE: the server key store (needed with --jdbc-url)");
        };
        if (!Files.isRegularFile(keyFile)) {
            throw new UsageException("no server key store at " + keyFile);
        }
        String passphrase = env.get(ServerKeyStore.PASSPHRASE_ENV);
        if (passphrase == null) {
            throw new UsageException("set " + ServerKeyStore.PASSPHRASE_ENV + " to the server key's passphrase");
        }
        ServerIdentity identity = ServerKeyStore.load(keyFile, passphrase.toCharArray());
        String community = args.value("--community", ServerSettings.DEFAULT_COMMUNITY);
        Path target = Path.of(args.value("--out"));
        try (Database database = Database.openExisting(store)) {
            TransparencyLog log = new TransparencyLog(database, identity, community, Clock.systemUTC());
            SignedTreeHead head = log.treeHead(community);
            List<LogEntries.Entry> entries = new ArrayList<>();
            while (entries.size() < head.head().treeSize()) {
                long from = entries.size();
                entries.addAll(database.inTransaction(connection -> LogLeaves.entries(connection, community, from,
                        Math.min(head.head().treeSize(), from + TransparencyLog.MAX_ENTRIES))));
            }
            LogCopy copy = new LogCopy(LogCopy.TYPE, LogCopy.VERSION, identity.published(),
                    TreeHeadCodec.toTree(head), entries);
            Files.write(target, SyncJson.MAPPER.writeValueAsBytes(copy));
            out.println("wrote the log of community " + community + ": " + entries.size() + " transactions, root "
                    + head.head().rootHash() + ", signed by " + identity.keyId() + ", to " + target);
            return Cli.EXIT_OK;
        } catch (ApiException e) {
            err.println("huzhu-server: " + e.getMessage());
            return Cli.EXIT_CHECK_FAILED;
        } catch (IOException e) {
            err.println("huzhu-server: cannot write " + target + " (" + e.getMessage() + ")");
            return Cli.EXIT_CHECK_FAILED;
        }
    }

    int audit(List<String> options) throws UsageException {
        Arguments args = Arguments.parse(options, Set.of("--copy", "--inclusion", "--envelope", "--consistency",
                "--kept-head", "--server-key"));
        try {
            LogAudit.Finding finding;
            if (args.has("--copy")) {
                finding = LogAudit.copy(read(args.value("--copy"), LogCopy.class));
            } else if (args.has("--inclusion")) {
                finding = LogAudit.inclusion(read(args.value("--inclusion"), LogInclusion.class),
                        Files.readAllBytes(Path.of(args.value("--envelope"))), serverKey(args));
            } else if (args.has("--consistency")) {
                finding = LogAudit.consistency(read(args.value("--consistency"), LogConsistency.class),
                        TreeHeadCodec.decode(Files.readAllBytes(Path.of(args.value("--kept-head")))), serverKey(args));
            } else {
                throw new UsageException("audit needs --copy, --inclusion or --consistency");
            }
            (finding.holds() ? out : err).println((finding.holds() ? "holds: " : "DOES NOT HOLD: ")
                    + finding.sentence());
            return finding.holds() ? Cli.EXIT_OK : Cli.EXIT_CHECK_FAILED;
        } catch (MalformedTreeHeadException e) {
            err.println("huzhu-server: audit: " + e.getMessage());
            return Cli.EXIT_CHECK_FAILED;
        } catch (IOException | IllegalArgumentException e) {
            err.println("huzhu-server: audit: the file cannot be read as the protocol says (" + e.getMessage() + ")");
            return Cli.EXIT_CHECK_FAILED;
        }
    }

    private static java.security.PublicKey serverKey(Arguments args) throws UsageException, IOException,
            MalformedTreeHeadException {
        return LogAudit.publicKey(read(args.value("--server-key"), ServerKey.class));
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        return SyncJson.MAPPER.readValue(Files.readAllBytes(Path.of(file)), type);
    }
}
