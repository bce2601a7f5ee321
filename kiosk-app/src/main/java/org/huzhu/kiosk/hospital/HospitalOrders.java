package org.huzhu.kiosk.hospital;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.kiosk.community.Refusal;
import org.huzhu.kiosk.desk.CounterRecorder;
import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.journal.BusinessChange;
import org.huzhu.kiosk.journal.Journal;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.report.HospitalSlip;
import org.huzhu.kiosk.report.HospitalSlipPdf;
import org.huzhu.kiosk.staff.StaffSession;
import org.huzhu.kiosk.storage.Database;
import org.huzhu.kiosk.storage.StorageException;
import org.huzhu.protocol.Transaction;
import org.huzhu.protocol.aid.AidMatching;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.aid.OpenAidOrder;
import org.huzhu.protocol.aid.PatientAtDesk;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;

/**
 * The hospital desk's orders (ADR 0015): checked ahead against the patient's aid order with the server's own rule
 * ({@link AidMatching}), recorded as {@code hospital-order.submitted} signed on the receptionist's staff card through
 * the counter's one recorder (which wakes the sync at once), kept here with what the desk showed, and judged only by
 * the server: {@link #order} reads the server's verdict from the outbox, so "paid" is never the desk's own claim.
 * Blocking (card, disk): worker threads only. Thread-safe.
 */
public final class HospitalOrders {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final CounterRecorder recorder;
    private final Clock clock;
    private final Path exports;

    /** @param exports the station's exports folder, where slips are saved (created when the first is saved) */
    public HospitalOrders(Database database, CounterRecorder recorder, Clock clock, Path exports) {
        this.database = database;
        this.recorder = recorder;
        this.clock = clock;
        this.exports = exports;
    }

    /**
     * What the server would say of {@code submitted} against {@code order}, as far as this desk can know it now: the
     * aid order's figures as the server last answered them, this desk's clock, and the numbers submitted here that the
     * server has not refused.
     *
     * @param hospitalId the desk's hospital: the orders the server lists for it are all of it
     * @return the refusal, or empty when they match
     */
    public Optional<MatchRefusal> check(PatientAtDesk patient, OpenAidOrder order, HospitalOrderSubmitted submitted,
            String hospitalId) throws StorageException {
        boolean numberUsed = numberUsedHere(submitted.hospitalOrderNumber());
        return AidMatching.refusal(Optional.of(order.terms(patient.residentId(), hospitalId)), submitted, hospitalId,
                numberUsed, clock.instant());
    }

    /**
     * Records {@code submitted} as {@code staff}'s action, after checking it once more ({@link #check}).
     *
     * @throws Refusal nothing recorded: {@code AID_MISMATCH} (the check found a refusal), {@code STAFF_CARD_GONE},
     *     {@code NOT_RECORDED}
     */
    public SubmittedOrder submit(StaffSession staff, PatientAtDesk patient, OpenAidOrder order,
            HospitalOrderSubmitted submitted, String hospitalId) throws Refusal {
        Optional<MatchRefusal> refusal;
        try {
            refusal = check(patient, order, submitted, hospitalId);
        } catch (StorageException e) {
            throw new Refusal(Refusal.Reason.NOT_RECORDED, e.getMessage(), e);
        }
        if (refusal.isPresent()) {
            throw new Refusal(Refusal.Reason.AID_MISMATCH, refusal.get().code());
        }
        Instant now = clock.instant();
        BusinessChange keep = (connection, sequence) -> insert(connection, sequence, patient, order, submitted, now);
        List<Transaction> recorded = recorder.record(staff, List.of(new Journal.Step(submitted, keep)));
        long sequence = recorded.getFirst().sequence();
        return new SubmittedOrder(sequence, order.orderId(), patient.residentId(), patient.displayName(),
                order.charityName(), order.purpose(), submitted.hospitalOrderNumber(), submitted.amountFen(),
                order.remainingFen(), now, new SubmittedOrder.Verdict.Waiting());
    }

    /** The order recorded at {@code sequence}, with the server's verdict as this desk knows it now. */
    public Optional<SubmittedOrder> order(long sequence) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT h.sequence, h.aid_order_id, h.patient_id, h.patient_name, h.charity_name, h.purpose,
                        h.hospital_order_number, h.amount_fen, h.remaining_before_fen, h.submitted_at,
                        COALESCE(o.state, 'pending'), o.reason
                    FROM hospital_order h LEFT JOIN outbox o ON o.sequence = h.sequence
                    WHERE h.sequence = ?""")) {
                query.setLong(1, sequence);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Saves the patient's slip for a paid order as PDF in {@code language} under the exports folder, as
     * {@code slip-<hospital order number>-20261202-093000.pdf}.
     *
     * @throws ExportException the slip could not be written, or the order is not paid (a slip says it was)
     */
    public Path saveSlip(SubmittedOrder order, String hospitalName, Language language, ZoneId zone)
            throws ExportException {
        if (!(order.verdict() instanceof SubmittedOrder.Verdict.Paid)) {
            throw new IllegalArgumentException("a slip is only for a paid order, not " + order.verdict());
        }
        Clock now = clock.withZone(zone);
        String number = order.hospitalOrderNumber().replaceAll("[^A-Za-z0-9]", "");
        Path file = exports.resolve("slip-" + (number.isEmpty() ? "order" : number) + "-"
                + FILE_TIME.format(now.instant().atZone(zone)) + ".pdf");
        new HospitalSlipPdf(language, hospitalName, now).write(new HospitalSlip(order.patientName(),
                order.charityName(), order.purpose(), order.hospitalOrderNumber(), order.amountFen(),
                order.remainingAfterFen(), order.submittedAt()), file);
        return file;
    }

    /** A number submitted here before and not refused by the server: the server would call it matched twice. */
    private boolean numberUsedHere(String number) throws StorageException {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT 1 FROM hospital_order h LEFT JOIN outbox o ON o.sequence = h.sequence
                    WHERE h.hospital_order_number = ? AND COALESCE(o.state, 'pending') <> 'rejected'""")) {
                query.setString(1, number);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private static void insert(Connection connection, long sequence, PatientAtDesk patient, OpenAidOrder order,
            HospitalOrderSubmitted submitted, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO hospital_order (sequence, aid_order_id, patient_id, patient_name, charity_name, purpose,
                    hospital_order_number, amount_fen, remaining_before_fen, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, sequence);
            insert.setString(2, order.orderId().toString());
            insert.setString(3, patient.residentId().toString());
            insert.setString(4, patient.displayName());
            insert.setString(5, order.charityName());
            insert.setString(6, order.purpose());
            insert.setString(7, submitted.hospitalOrderNumber());
            insert.setLong(8, submitted.amountFen());
            insert.setLong(9, order.remainingFen());
            insert.setString(10, now.toString());
            insert.executeUpdate();
        }
    }

    private static SubmittedOrder read(ResultSet row) throws SQLException {
        SubmittedOrder.Verdict verdict = switch (row.getString(11)) {
            case "accepted" -> new SubmittedOrder.Verdict.Paid();
            case "rejected" -> new SubmittedOrder.Verdict.Refused(Optional.ofNullable(row.getString(12)).orElse(""));
            default -> new SubmittedOrder.Verdict.Waiting();
        };
        return new SubmittedOrder(row.getLong(1), UUID.fromString(row.getString(2)), UUID.fromString(row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getLong(8),
                row.getLong(9), Instant.parse(row.getString(10)), verdict);
    }
}
