package org.huzhu.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.Yuan;
import org.huzhu.server.aid.AidEvents;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.aid.Donations;
import org.huzhu.server.aid.Pain001;
import org.huzhu.server.aid.Reconciliation;
import org.huzhu.server.aid.Settlements;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * {@code aid donate|reconcile|settle|history}: the operator's side of the money (ADR 0015, docs/protocol.md §12.9,
 * §12.10). Amounts are typed and printed in yuan, kept in fen.
 */
record AidCommands(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {

    static final String USAGE = """
              aid donate    STORE --charity I-… --amount YUAN --reference TEXT
                            (a donation into the charity's pool, from the bank's statement)
              aid reconcile STORE                 every fen reserved is paid, held or returned (exit 1 if not)
              aid settle    STORE --date YYYY-MM-DD --out DIR [--zone Asia/Shanghai]
                            (one ISO 20022 pain.001 file per hospital with the payments matched up to that day)
              aid history   STORE --order ORDER-ID""";

    int run(List<String> args) throws UsageException, StorageException {
        if (args.isEmpty()) {
            throw new UsageException("aid needs a subcommand: donate, reconcile, settle or history");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "donate" -> donate(rest);
            case "reconcile" -> reconcile(rest);
            case "settle" -> settle(rest);
            case "history" -> history(rest);
            default -> throw new UsageException("unknown aid subcommand '" + args.getFirst() + "'");
        };
    }

    private int donate(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--charity", "--amount", "--reference"));
        String charity = args.value("--charity");
        long fen = Yuan.parse(args.value("--amount")).orElseThrow(() -> new UsageException(
                "--amount must be yuan with at most two decimals, for example 5000.00"));
        String reference = args.value("--reference");
        Optional<String> refusal;
        long pool;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            refusal = database.inTransaction(connection -> Donations.record(connection, charity, fen, reference,
                    clock.instant()));
            pool = database.inTransaction(connection -> Donations.pool(connection, charity));
        }
        if (refusal.isPresent()) {
            err.println("huzhu-server: " + charity + " is not a charity registered here (" + refusal.get() + ")");
            return Cli.EXIT_CHECK_FAILED;
        }
        out.println("donation of " + Yuan.plain(fen) + " yuan recorded for " + charity + "; its pool now holds "
                + Yuan.plain(pool) + " yuan");
        return Cli.EXIT_OK;
    }

    private int reconcile(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.NAMES);
        Reconciliation.Report report;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            database.inTransaction(connection -> AidOrders.expireDue(connection, clock.instant()));
            report = database.inTransaction(Reconciliation::run);
        }
        out.println("aid orders " + report.orders() + ": reserved " + Yuan.plain(report.reservedFen()) + " = paid "
                + Yuan.plain(report.paidFen()) + " + held " + Yuan.plain(report.heldFen()) + " + returned "
                + Yuan.plain(report.returnedFen()) + " yuan");
        for (String problem : report.problems()) {
            out.println("PROBLEM " + problem);
        }
        out.println(report.passed() ? "reconciled: every fen is accounted for" : "NOT RECONCILED");
        return report.passed() ? Cli.EXIT_OK : Cli.EXIT_CHECK_FAILED;
    }

    private int settle(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--date", "--out", "--zone"));
        LocalDate day;
        ZoneId zone;
        try {
            day = LocalDate.parse(args.value("--date"));
            zone = ZoneId.of(args.value("--zone", "Asia/Shanghai"));
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be a date YYYY-MM-DD");
        } catch (DateTimeException e) {
            throw new UsageException("--zone must be a time zone such as Asia/Shanghai");
        }
        Path folder = Path.of(args.value("--out"));
        List<Settlements.Settlement> settlements;
        Map<String, Pain001.Party> parties = new HashMap<>();
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            settlements = database.inTransaction(connection -> {
                Settlements.settle(connection, day, zone, clock.instant());
                List<Settlements.Settlement> ofDay = Settlements.ofDay(connection, day);
                for (Institution institution : Institutions.list(connection)) {
                    parties.put(institution.institutionId(), new Pain001.Party(institution.name(),
                            institution.bankName(), institution.bankAccount()));
                }
                return ofDay;
            });
        }
        try {
            Files.createDirectories(folder);
            for (Settlements.Settlement settlement : settlements) {
                Path file = folder.resolve(Pain001.fileName(settlement));
                Files.write(file, Pain001.write(settlement, parties, day.plusDays(1)));
                out.println(file + ": " + settlement.payments().size() + " payments, " + Yuan.plain(
                        settlement.totalFen()) + " yuan to " + parties.get(settlement.hospitalId()).name());
            }
        } catch (IOException e) {
            err.println("huzhu-server: the settlement files cannot be written to " + folder + ": " + e.getMessage()
                    + " (the settlements are recorded; run the command again to write them)");
            return Cli.EXIT_CONFIG;
        }
        if (settlements.isEmpty()) {
            out.println("nothing to settle for " + day);
        }
        return Cli.EXIT_OK;
    }

    private int history(List<String> options) throws UsageException, StorageException {
        Arguments args = Arguments.parse(options, StoreOptions.with("--order"));
        UUID order;
        try {
            order = UUID.fromString(args.value("--order"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--order must be an aid order id");
        }
        Optional<List<AidEvents.Event>> history;
        Optional<AidOrders.OrderRow> row;
        try (Database database = Database.openExisting(StoreOptions.parse(args, env))) {
            row = database.inTransaction(connection -> {
                AidOrders.expireDue(connection, clock.instant());
                return AidOrders.row(connection, order);
            });
            history = row.isEmpty() ? Optional.empty() : Optional.of(database.inTransaction(connection ->
                    AidEvents.history(connection, row.get().applicationId())));
        }
        if (row.isEmpty()) {
            err.println("huzhu-server: no aid order " + order + " here");
            return Cli.EXIT_CHECK_FAILED;
        }
        AidOrders.OrderRow found = row.get();
        out.println("order " + order + " of " + found.charityId() + " at " + found.hospitalId() + " for "
                + found.patient() + ": " + found.status().wireName() + ", approved " + Yuan.plain(found.maxFen())
                + ", paid " + Yuan.plain(found.paidFen()) + ", returned " + Yuan.plain(found.returnedFen())
                + " yuan, valid until " + found.validUntil());
        for (AidEvents.Event event : history.orElseThrow()) {
            out.println("  " + event.at() + " " + event.kind().wireName()
                    + (event.amountFen() > 0 ? " " + Yuan.plain(event.amountFen()) + " yuan" : "") + " "
                    + event.reference());
        }
        return Cli.EXIT_OK;
    }
}
