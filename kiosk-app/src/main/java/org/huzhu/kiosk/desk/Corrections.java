package org.huzhu.kiosk.desk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.community.RefusedChange;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.report.StatementPdf;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.ProtocolException;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.TransactionCodec;
import org.huzhu.protocol.counter.Statement;
import org.huzhu.protocol.counter.StatementEntry;
import org.huzhu.protocol.payload.TransactionReversed;

/**
 * A resident's statement and its corrections: a wrong credit, gift or payment is reversed by a counter-entry
 * ({@code transaction.reversed}, signed on the staff card, with a reason), never edited; what became of each reversal
 * this counter recorded (on its way, accepted, or refused by the server and why); and the statement printed as PDF
 * for the resident to take home, into this counter's exports folder. Nothing is kept beside the journal: a reversal's
 * standing is its journal row and its outbox verdict. Blocking (card, disk): worker threads only. Thread-safe.
 */
public final class Corrections {

    /** How far a reversal recorded here has got. */
    public enum Standing {
        /** Recorded here; the server has not judged it yet. */
        ON_ITS_WAY,
        /** The server accepted it; its statement shows it from now on. */
        ACCEPTED,
        /** The server refused it (see {@link Reversal#refusedFor()}): nothing changed, the entry stands. */
        REFUSED
    }

    /**
     * A reversal recorded at this counter.
     *
     * @param reverses   the server's id of the transaction it reverses
     * @param refusedFor the server's reason code when {@link Standing#REFUSED}
     */
    public record Reversal(long sequence, String reverses, String reason, Instant recordedAt, Standing standing,
            Optional<String> refusedFor) {
    }

    private static final String REVERSED_TYPE = "transaction.reversed";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final CounterRecorder recorder;
    private final Clock clock;
    private final Path exports;

    /** @param exports the folder statements are saved in (created when the first is saved) */
    public Corrections(Database database, CounterRecorder recorder, Clock clock, Path exports) {
        this.database = database;
        this.recorder = recorder;
        this.clock = clock;
        this.exports = exports;
    }

    /** Whether staff may reverse {@code entry}: it moved minutes, is no correction or refund itself, and stands. */
    public static boolean reversible(StatementEntry entry) {
        return entry.minutes() != 0 && entry.reverses() == null && entry.reversedBy() == null
                && !"booking.cancelled".equals(entry.type()) && !REVERSED_TYPE.equals(entry.type())
                // a closing is not undone: the server refuses it account-closed (ADR 0013)
                && !"resident.closed".equals(entry.type());
    }

    /**
     * Reverses {@code entry} of a resident's statement, for {@code reason}.
     *
     * @throws Refusal nothing recorded: {@code REASON_REQUIRED} (blank reason), {@code NOT_REVERSIBLE} (see
     *     {@link #reversible}; also when a reversal of it recorded here is not refused yet), {@code STAFF_CARD_GONE}
     *     or {@code NOT_RECORDED}
     */
    public Reversal reverse(StaffSession staff, StatementEntry entry, String reason) throws Refusal {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refusal(Refusal.Reason.REASON_REQUIRED, "a reversal needs a reason");
        }
        if (!reversible(entry)) {
            throw new Refusal(Refusal.Reason.NOT_REVERSIBLE, "cannot reverse " + entry.transactionId());
        }
        // Checked again inside the journal transaction, so two staff members (or a double click) cannot both record it.
        BusinessChange onlyOnce = (connection, sequence) -> {
            boolean standing = reversals(connection, Set.of(entry.transactionId())).stream()
                    .anyMatch(earlier -> earlier.sequence() != sequence && earlier.standing() != Standing.REFUSED);
            if (standing) {
                throw new RefusedChange(Refusal.Reason.NOT_REVERSIBLE, entry.transactionId() + " is reversed here");
            }
        };
        List<Transaction> recorded = recorder.record(staff, List.of(new Journal.Step(
                new TransactionReversed(UUID.fromString(entry.transactionId()), why), onlyOnce)));
        Transaction reversal = recorded.getFirst();
        return new Reversal(reversal.body().sequence(), entry.transactionId(), why, reversal.body().createdAt(),
                Standing.ON_ITS_WAY, Optional.empty());
    }

    /** The reversals recorded here of any of {@code transactionIds}, in the order recorded. */
    public List<Reversal> reversalsOf(Collection<String> transactionIds) throws StorageException {
        Set<String> wanted = Set.copyOf(transactionIds);
        return database.inTransaction(connection -> reversals(connection, wanted));
    }

    /**
     * Saves {@code statement} as PDF in {@code language} under the exports folder, as
     * {@code statement-M000001-20261202-093000.pdf} (member number, then the time it is saved).
     *
     * @return the file written
     */
    public Path saveStatement(Statement statement, Language language, String centreName, ZoneId zone)
            throws ExportException {
        Clock now = clock.withZone(zone);
        String number = statement.resident().memberNumber().replaceAll("[^A-Za-z0-9]", "");
        Path file = exports.resolve("statement-" + (number.isEmpty() ? "resident" : number) + "-"
                + FILE_TIME.format(now.instant().atZone(zone)) + ".pdf");
        new StatementPdf(language, centreName, now).write(statement, file);
        return file;
    }

    /** Where statements are saved. */
    public Path exportsFolder() {
        return exports;
    }

    private static List<Reversal> reversals(Connection connection, Set<String> wanted) throws SQLException {
        List<Reversal> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT j.sequence, j.envelope, COALESCE(o.state, 'pending'), o.reason
                FROM journal j LEFT JOIN outbox o ON o.sequence = j.sequence
                WHERE j.type = ? ORDER BY j.sequence""")) {
            query.setString(1, REVERSED_TYPE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Transaction transaction = decode(rows.getLong(1), rows.getBytes(2));
                    TransactionReversed reversal = (TransactionReversed) transaction.body().payload();
                    String target = reversal.transactionId().toString();
                    if (wanted.contains(target)) {
                        String state = rows.getString(3);
                        Standing standing = switch (state) {
                            case "accepted" -> Standing.ACCEPTED;
                            case "rejected" -> Standing.REFUSED;
                            default -> Standing.ON_ITS_WAY;
                        };
                        found.add(new Reversal(rows.getLong(1), target, reversal.reason(),
                                transaction.body().createdAt(), standing,
                                standing == Standing.REFUSED ? Optional.ofNullable(rows.getString(4)) : Optional.empty()));
                    }
                }
            }
        }
        return found;
    }

    private static Transaction decode(long sequence, byte[] envelope) throws SQLException {
        try {
            return TransactionCodec.decode(envelope);
        } catch (ProtocolException e) {
            // The journal wrote it: an envelope it cannot read back is a damaged database, not a user's mistake.
            throw new SQLException("journal row " + sequence + " cannot be decoded", e);
        }
    }
}
