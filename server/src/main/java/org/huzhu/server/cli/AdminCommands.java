package org.huzhu.server.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.server.app.Stats;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.kiosk.Enrolment;
import org.huzhu.server.kiosk.EnrolmentCodes;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/** {@code enrol-code}, {@code stats} and {@code revoke}: short operator commands on the server's database. */
final class AdminCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    AdminCommands(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int enrolCode(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--valid-hours", "--hospital"));
        long hours = args.number("--valid-hours", EnrolmentCodes.DEFAULT_VALIDITY.toHours(), 1, 24 * 30);
        Optional<String> hospital = args.has("--hospital") ? Optional.of(args.value("--hospital")) : Optional.empty();
        // A code is created on a fresh server too, so the database may be created here.
        try (Database database = Database.open(StoreOptions.parse(args, env))) {
            if (hospital.isPresent()) {
                Institutions.inTransaction(database, connection -> Institutions.hospital(connection, hospital.get()));
            }
            String code = new Enrolment(database, Clock.systemUTC()).issueCode(Duration.ofHours(hours), hospital);
            out.println(code);
            err.println("One-time enrolment code" + hospital.map(id -> " for a desk of hospital " + id).orElse("")
                    + ", valid for " + hours + " h. Enter it on the kiosk: huzhu-kiosk enrol --server URL --code "
                    + code);
        } catch (InstitutionException e) {
            return InstitutionCommands.refused(err, e);
        }
        return Cli.EXIT_OK;
    }

    int stats(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--overdraft-minutes"));
        LedgerLimits limits = new LedgerLimits(args.number("--overdraft-minutes", 0, 0, ServeCommand.MAX_MINUTES),
                LedgerLimits.DEFAULT.softLimitMinutes());
        Stats stats;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            stats = Stats.read(database, limits);
        }
        out.println("kiosks " + stats.kiosks().size());
        for (KioskRecord kiosk : stats.kiosks()) {
            out.println("  " + kiosk.kioskId() + " " + kiosk.suite().id() + " " + (kiosk.active() ? "active" : "revoked")
                    + " head " + kiosk.head().sequence());
        }
        out.println("transactions accepted " + stats.accepted() + " rejected " + stats.rejected());
        boolean balanced = stats.ledgerSum() == 0 && stats.balanceSum() == 0;
        out.println("ledger sum " + stats.ledgerSum() + " minutes" + (balanced ? "" : " (NOT BALANCED: balances"
                + " sum to " + stats.balanceSum() + ")"));
        out.println("slots over capacity " + stats.slotsOverCapacity() + ", balances below the hard limit (-"
                + limits.overdraftMinutes() + " minutes) " + stats.balancesBelowLimit());
        return stats.consistent() ? Cli.EXIT_OK : Cli.EXIT_CHECK_FAILED;
    }

    int revoke(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--kiosk"));
        String kioskId = args.value("--kiosk");
        boolean revoked;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            revoked = new Enrolment(database, Clock.systemUTC()).revoke(kioskId);
        }
        if (!revoked) {
            err.println("huzhu-server: no kiosk " + kioskId + " is enrolled here");
            return Cli.EXIT_CHECK_FAILED;
        }
        out.println("revoked " + kioskId);
        return Cli.EXIT_OK;
    }
}
