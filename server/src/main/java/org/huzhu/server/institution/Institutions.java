package org.huzhu.server.institution;

import com.fasterxml.jackson.core.type.TypeReference;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuite;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.protocol.sync.KeyIds;
import org.huzhu.server.institution.InstitutionException.Reason;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The {@code institution} and {@code institution_event} tables (ADR 0015): registering charities and hospitals,
 * recording qualification checks, suspending and reinstating them, and saying whether one may act now. Every change
 * is an event kept for good, with who made it. Works inside the caller's transaction; stateless.
 */
public final class Institutions {

    /** Free text in the registry: 1..200 characters besides white space at either end, no control characters. */
    static final int MAX_TEXT = 200;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final TypeReference<List<CheckedDocument>> DOCUMENTS = new TypeReference<>() {
    };

    private Institutions() {
    }

    /**
     * Registers an institution, {@code registered} (not yet allowed to act) from {@code at}.
     *
     * @throws InstitutionException {@code DUPLICATE}, {@code BAD_KEY} or {@code INVALID}; nothing was stored
     */
    public static Institution register(Connection connection, Registration registration, Instant at, String byWhom)
            throws SQLException, InstitutionException {
        Registration r = checked(registration);
        String by = text(byWhom, "who registers it");
        String id = KeyIds.institutionIdOf(r.signingKey());
        if (find(connection, id).isPresent()) {
            throw new InstitutionException(Reason.DUPLICATE, "this signing key is registered already, for " + id);
        }
        Optional<String> sameNumber = idByRegistration(connection, r.kind(), r.registrationNumber());
        if (sameNumber.isPresent()) {
            throw new InstitutionException(Reason.DUPLICATE, "a " + r.kind().storedName() + " with registration number "
                    + r.registrationNumber() + " is registered already, as " + sameNumber.get());
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO institution (institution_id, kind, name, registration_number, legal_representative,
                    bank_name, bank_account, signing_suite, signing_key, encryption_scheme, encryption_key, status,
                    registered_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, r.kind().storedName());
            insert.setString(3, r.name());
            insert.setString(4, r.registrationNumber());
            insert.setString(5, r.legalRepresentative());
            insert.setString(6, r.bankName());
            insert.setString(7, r.bankAccount());
            insert.setString(8, r.signingSuite().id());
            insert.setString(9, Base64.getEncoder().encodeToString(r.signingKey().getEncoded()));
            insert.setString(10, r.encryptionScheme().id());
            insert.setString(11, Base64.getEncoder().encodeToString(r.encryptionKey().getEncoded()));
            insert.setString(12, InstitutionStatus.REGISTERED.storedName());
            insert.setLong(13, at.toEpochMilli());
            insert.executeUpdate();
        }
        recordEvent(connection, id, "registered", at, by, "", List.of(), false);
        return find(connection, id).orElseThrow();
    }

    /** The outcome of a recorded qualification check. */
    public record Check(Institution institution, boolean passed) {
    }

    /**
     * Records a qualification check of the given documents. It passes if it names at least one document and, for a
     * charity, confirms its registered non-profit status; a passing check makes a registered institution audited (a
     * suspended one stays suspended, and is audited when reinstated). A check that does not pass is recorded too.
     *
     * @throws InstitutionException {@code UNKNOWN}, or {@code INVALID} (no documents, a bad name or hash)
     */
    public static Check check(Connection connection, String institutionId, List<CheckedDocument> documents,
            boolean nonProfit, Instant at, String byWhom) throws SQLException, InstitutionException {
        Institution institution = require(connection, institutionId);
        String by = text(byWhom, "who checked");
        if (documents.isEmpty()) {
            throw new InstitutionException(Reason.INVALID, "a qualification check names the documents it looked at");
        }
        for (CheckedDocument document : documents) {
            text(document.name(), "a document's name");
            if (!SHA256_HEX.matcher(document.sha256()).matches()) {
                throw new InstitutionException(Reason.INVALID, "a document's hash is 64 lower-case hex digits");
            }
        }
        boolean passed = passes(institution.kind(), nonProfit);
        recordEvent(connection, institutionId, "checked", at, by, passed ? "" : "not a registered non-profit",
                documents, nonProfit);
        if (passed && institution.status() == InstitutionStatus.REGISTERED) {
            setStatus(connection, institutionId, InstitutionStatus.AUDITED);
        }
        return new Check(require(connection, institutionId), passed);
    }

    /**
     * Stops an institution from acting, from {@code at} on.
     *
     * @throws InstitutionException {@code UNKNOWN}, {@code WRONG_STATE} (suspended already) or {@code INVALID}
     */
    public static Institution suspend(Connection connection, String institutionId, Instant at, String byWhom,
            String reason) throws SQLException, InstitutionException {
        Institution institution = require(connection, institutionId);
        if (institution.status() == InstitutionStatus.SUSPENDED) {
            throw new InstitutionException(Reason.WRONG_STATE, institutionId + " is suspended already");
        }
        recordEvent(connection, institutionId, "suspended", at, text(byWhom, "who suspends it"),
                text(reason, "the reason"), List.of(), false);
        setStatus(connection, institutionId, InstitutionStatus.SUSPENDED);
        return require(connection, institutionId);
    }

    /**
     * Ends a suspension: the institution is audited again if it ever passed a check, else registered.
     *
     * @throws InstitutionException {@code UNKNOWN}, {@code WRONG_STATE} (not suspended) or {@code INVALID}
     */
    public static Institution reinstate(Connection connection, String institutionId, Instant at, String byWhom,
            String reason) throws SQLException, InstitutionException {
        Institution institution = require(connection, institutionId);
        if (institution.status() != InstitutionStatus.SUSPENDED) {
            throw new InstitutionException(Reason.WRONG_STATE, institutionId + " is not suspended");
        }
        recordEvent(connection, institutionId, "reinstated", at, text(byWhom, "who reinstates it"),
                text(reason, "the reason"), List.of(), false);
        boolean everPassed = history(connection, institutionId).stream()
                .anyMatch(event -> event.kind().equals("checked") && passes(institution.kind(), event.nonProfit()));
        setStatus(connection, institutionId, everPassed ? InstitutionStatus.AUDITED : InstitutionStatus.REGISTERED);
        return require(connection, institutionId);
    }

    /** Whether the institution may act now, and if not, why. */
    public static Standing standing(Connection connection, String institutionId) throws SQLException {
        return Standing.of(institutionId, find(connection, institutionId));
    }

    /**
     * The registered hospital of that id, in whatever standing (a desk is set up before the audit ends).
     *
     * @throws InstitutionException {@code UNKNOWN}: no institution, or not a hospital
     */
    public static Institution hospital(Connection connection, String institutionId)
            throws SQLException, InstitutionException {
        return find(connection, institutionId).filter(found -> found.kind() == InstitutionKind.HOSPITAL)
                .orElseThrow(() -> new InstitutionException(Reason.UNKNOWN, institutionId
                        + " is not a hospital registered here (institution list shows them)"));
    }

    public static Optional<Institution> find(Connection connection, String institutionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE institution_id = ?")) {
            query.setString(1, institutionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(institution(row)) : Optional.empty();
            }
        }
    }

    /** Every institution ever registered, in the order they were registered. */
    public static List<Institution> list(Connection connection) throws SQLException {
        List<Institution> all = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT
                + " ORDER BY registered_at_ms, institution_id"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                all.add(institution(rows));
            }
        }
        return all;
    }

    public static List<InstitutionEvent> history(Connection connection, String institutionId) throws SQLException {
        List<InstitutionEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT seq, kind, at_ms, by_whom, reason, documents, non_profit FROM institution_event
                WHERE institution_id = ? ORDER BY seq""")) {
            query.setString(1, institutionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<CheckedDocument> documents = StoredJson.read(rows.getString(6), DOCUMENTS,
                            "documents of an institution event");
                    events.add(new InstitutionEvent(institutionId, rows.getInt(1), rows.getString(2),
                            Instant.ofEpochMilli(rows.getLong(3)), rows.getString(4), rows.getString(5), documents,
                            rows.getInt(7) == 1));
                }
            }
        }
        return events;
    }

    /** Work on the registry in one transaction, whose refusals arrive as {@link InstitutionException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException, InstitutionException;
    }

    /**
     * Runs registry work in one database transaction, rolled back if it is refused: the checked refusal is carried
     * out of {@link Database#inTransaction} (whose work may throw only {@link SQLException}) and thrown again here.
     */
    public static <T> T inTransaction(Database database, Work<T> work) throws StorageException, InstitutionException {
        try {
            return database.inTransaction(connection -> {
                try {
                    return work.run(connection);
                } catch (InstitutionException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused refused) {
            throw refused.refusal;
        }
    }

    private static final class Refused extends RuntimeException {
        private final InstitutionException refusal;

        Refused(InstitutionException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    private static boolean passes(InstitutionKind kind, boolean nonProfit) {
        return kind == InstitutionKind.HOSPITAL || nonProfit;
    }

    private static Institution require(Connection connection, String institutionId)
            throws SQLException, InstitutionException {
        return find(connection, institutionId).orElseThrow(() -> new InstitutionException(Reason.UNKNOWN,
                "no institution " + institutionId + " is registered here"));
    }

    /** The registration with its texts stripped, once they and both keys are known to be acceptable. */
    private static Registration checked(Registration r) throws InstitutionException {
        try {
            r.signingSuite().decodePublicKey(r.signingKey().getEncoded());
        } catch (InvalidKeySpecException e) {
            throw new InstitutionException(Reason.BAD_KEY, "the signing key is not a " + r.signingSuite().id()
                    + " key");
        }
        try {
            r.encryptionScheme().decodePublicKey(r.encryptionKey().getEncoded());
        } catch (InvalidKeySpecException e) {
            throw new InstitutionException(Reason.BAD_KEY, "the encryption key is not a " + r.encryptionScheme().id()
                    + " key");
        }
        if (Arrays.equals(r.signingKey().getEncoded(), r.encryptionKey().getEncoded())) {
            throw new InstitutionException(Reason.BAD_KEY, "the signing and the encryption key must be two keys");
        }
        return new Registration(r.kind(), text(r.name(), "the name"), text(r.registrationNumber(),
                "the registration number"), text(r.legalRepresentative(), "the legal representative"),
                text(r.bankName(), "the bank"), text(r.bankAccount(), "the bank account"), r.signingSuite(),
                r.signingKey(), r.encryptionScheme(), r.encryptionKey());
    }

    private static String text(String value, String what) throws InstitutionException {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new InstitutionException(Reason.INVALID, what + " must be 1.." + MAX_TEXT
                    + " characters without control characters");
        }
        return value.strip();
    }

    private static Optional<String> idByRegistration(Connection connection, InstitutionKind kind, String number)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT institution_id FROM institution WHERE kind = ? AND registration_number = ?")) {
            query.setString(1, kind.storedName());
            query.setString(2, number);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setStatus(Connection connection, String institutionId, InstitutionStatus status)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE institution SET status = ? WHERE institution_id = ?")) {
            update.setString(1, status.storedName());
            update.setString(2, institutionId);
            update.executeUpdate();
        }
    }

    private static void recordEvent(Connection connection, String institutionId, String kind, Instant at,
            String byWhom, String reason, List<CheckedDocument> documents, boolean nonProfit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO institution_event (institution_id, seq, kind, at_ms, by_whom, reason, documents, non_profit)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM institution_event WHERE institution_id = ?),
                    ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, institutionId);
            insert.setString(2, institutionId);
            insert.setString(3, kind);
            insert.setLong(4, at.toEpochMilli());
            insert.setString(5, byWhom);
            insert.setString(6, reason);
            insert.setString(7, StoredJson.write(documents));
            insert.setInt(8, nonProfit ? 1 : 0);
            insert.executeUpdate();
        }
    }

    private static final String SELECT = """
            SELECT institution_id, kind, name, registration_number, legal_representative, bank_name, bank_account,
                signing_suite, signing_key, encryption_scheme, encryption_key, status, registered_at_ms
            FROM institution""";

    private static Institution institution(ResultSet row) throws SQLException {
        String id = row.getString(1);
        SignatureSuite suite = SignatureSuites.byId(row.getString(8))
                .orElseThrow(() -> new SQLException("institution " + id + " has an unknown signing suite"));
        SealingScheme scheme = SealingScheme.byId(row.getString(10))
                .orElseThrow(() -> new SQLException("institution " + id + " has an unknown encryption scheme"));
        PublicKey signingKey;
        PublicKey encryptionKey;
        try {
            signingKey = suite.decodePublicKey(Base64.getDecoder().decode(row.getString(9)));
            encryptionKey = scheme.decodePublicKey(Base64.getDecoder().decode(row.getString(11)));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new SQLException("institution " + id + " has an unreadable key in the database", e);
        }
        return new Institution(id, InstitutionKind.fromStoredName(row.getString(2)).orElseThrow(
                () -> new SQLException("institution " + id + " has an unknown kind")), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), suite, signingKey, scheme,
                encryptionKey, InstitutionStatus.fromStoredName(row.getString(12)).orElseThrow(
                        () -> new SQLException("institution " + id + " has an unknown status")),
                Instant.ofEpochMilli(row.getLong(13)));
    }
}
