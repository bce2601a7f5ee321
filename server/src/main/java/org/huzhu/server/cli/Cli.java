package org.huzhu.server.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.huzhu.server.identity.KeyStoreException;
import org.huzhu.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code huzhu-server} commands. Every failure ends with one plain sentence on stderr and an exit code, never a
 * stack trace (the log has the details).
 */
public final class Cli {

    public static final int EXIT_OK = 0;
    /**
     * {@code stats} found a ledger that does not sum to zero, a slot over capacity or a balance below the hard limit; {@code revoke} found no such kiosk; {@code kiosks} found
     * silent ones; a {@code staff} or
     * {@code institution} change did not apply (an institution check that did not pass is recorded, and exits so).
     */
    public static final int EXIT_CHECK_FAILED = 1;
    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_STORAGE = 3;
    public static final int EXIT_USAGE = 64;

    static final String USAGE = """
            usage: huzhu-server COMMAND OPTIONS
              serve       [--host 127.0.0.1] [--port 8080] STORE [--key FILE] [--key-suite ed25519-sha256|sm2-sm3]
                          [--overdraft-minutes 0] [--soft-limit-minutes 60] [--offline-limit-minutes 120]
                          [--max-offline-hours 72] [--demo-catalogue true|false] [--community default]
                          [--second-factor-minutes 60]
                          (the key passphrase comes from HUZHU_SERVER_KEY_PASSPHRASE)
              enrol-code  STORE [--valid-hours 24] [--hospital I-…]
                                                   prints a one-time kiosk enrolment code (with --hospital:
                                                   for a desk station of that registered hospital)
              stats       STORE [--overdraft-minutes 0]  kiosks, transactions, ledger sum, slots over capacity,
                                                       balances below the hard limit (exit 1 unless all 0)
              revoke      STORE --kiosk K-…            refuses the kiosk from now on
            """ + String.join("\n", KiosksCommand.USAGE, StaffCommands.USAGE, InstitutionCommands.USAGE, AidCommands.USAGE,
                    LogCommands.USAGE) + """

            STORE is --db FILE (SQLite) or --jdbc-url jdbc:postgresql://HOST:PORT/DB [--jdbc-user U]
                  [--jdbc-password-env VARIABLE]""";

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs one command to its end ({@code serve}: until the process is stopped); returns the exit code. */
    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
        }
        List<String> options = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "serve" -> new ServeCommand(out, env).run(options);
                case "enrol-code" -> new AdminCommands(out, err, env).enrolCode(options);
                case "stats" -> new AdminCommands(out, err, env).stats(options);
                case "revoke" -> new AdminCommands(out, err, env).revoke(options);
                case "kiosks" -> new KiosksCommand(out, env, Clock.systemUTC()).run(options);
                case "staff" -> new StaffCommands(out, err, env, Clock.systemUTC()).run(options);
                case "institution" -> new InstitutionCommands(out, err, env, Clock.systemUTC()).run(options);
                case "aid" -> new AidCommands(out, err, env, Clock.systemUTC()).run(options);
                case "log-export" -> new LogCommands(out, err, env).export(options);
                case "audit" -> new LogCommands(out, err, env).audit(options);
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("huzhu-server: " + e.getMessage());
            err.println(USAGE);
            return EXIT_USAGE;
        } catch (KeyStoreException e) {
            LOG.error("Key store refused: {}", e.getMessage(), e);
            err.println("huzhu-server: the server key store cannot be used: " + e.getMessage());
            return EXIT_CONFIG;
        } catch (StorageException e) {
            LOG.error("Storage failed: {}", e.getMessage(), e);
            err.println("huzhu-server: " + e.getMessage());
            return EXIT_STORAGE;
        }
    }
}
