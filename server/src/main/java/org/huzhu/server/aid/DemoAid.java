package org.huzhu.server.aid;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.huzhu.protocol.aid.AidOrderDocument;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.BillItem;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.protocol.crypto.SealingScheme;
import org.huzhu.protocol.crypto.SignatureSuites;
import org.huzhu.server.institution.CheckedDocument;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Registration;
import org.huzhu.server.money.MoneyLedger;
import org.huzhu.server.store.Queries;

/**
 * One aid order for a demo server, so a newcomer sees at the kiosk what a patient is told of their aid: a demo
 * charity and hospital registered and audited as an operator would, the charity's donation, the resident's
 * application, the charity's order of ¥3,000 for the hospital, and one hospital order of ¥2,400 matched against it.
 * The institutions' private keys are not kept: in the demo nothing is signed or opened with them. Made through the aid domain itself (so the money ledger sums to 0 and reconciles),
 * once: a server that has the order already is left alone. No desk or charity signed any of it: its transaction ids and its
 * signature are {@value #SEEDED}, as the demo catalogue's rows are nobody's.
 */
public final class DemoAid {

    static final String SEEDED = "demo-seed";
    /** The demo charity (the counter's and the hospital desk's demos name it too) and the resident's hospital. */
    public static final String CHARITY_NAME = "互助慈善基金会";
    public static final String CHARITY_NUMBER = "DEMO-CHARITY-1";
    public static final String HOSPITAL_NAME = "瑞金医院";
    static final String HOSPITAL_NUMBER = "DEMO-HOSPITAL-2";
    public static final UUID ORDER = demoUuid("demo-aid-order");
    public static final long APPROVED_FEN = 300_000;
    public static final long PAID_FEN = 240_000;
    /** Long enough for a demo kept for months; a demo kept longer sees the order expired, as it would be. */
    static final Duration VALID_FOR = Duration.ofDays(109);
    private static final long DONATION_FEN = 1_000_000;
    private static final String PURPOSE = "住院治疗 hospital stay";

    private DemoAid() {
    }

    /**
     * Gives {@code resident} the demo's aid order, partly paid, unless this server has it already.
     *
     * @return whether it was added now
     */
    public static boolean topUp(Connection connection, UUID resident, Instant now) throws SQLException {
        if (Queries.exists(connection, "SELECT 1 FROM aid_order WHERE order_id = ?", ORDER.toString())) {
            return false;
        }
        String charity = institution(connection, InstitutionKind.CHARITY, CHARITY_NAME, CHARITY_NUMBER, now)
                .institutionId();
        String hospital = institution(connection, InstitutionKind.HOSPITAL, HOSPITAL_NAME, HOSPITAL_NUMBER, now)
                .institutionId();
        approve(connection, resident, charity, hospital, demoUuid("demo-aid-application"), ORDER, now);
        Optional<MatchRefusal> unmatched = AidOrders.match(connection, new HospitalOrderSubmitted(ORDER, resident,
                "DEMO-HIS-0001", PAID_FEN, List.of(new BillItem("床位费 bed", 180_000),
                        new BillItem("药费 medicine", 60_000))), hospital, SEEDED, now);
        if (unmatched.isPresent()) {
            throw new IllegalStateException("the demo hospital order did not match: " + unmatched.get().code());
        }
        return true;
    }

    /**
     * A demo institution found by its registration number, else registered and passed its check as the operator
     * commands do, with keys nobody keeps.
     */
    public static Institution institution(Connection connection, InstitutionKind kind, String name, String number,
            Instant now) throws SQLException {
        Optional<Institution> known = Institutions.list(connection).stream()
                .filter(institution -> institution.kind() == kind && institution.registrationNumber().equals(number))
                .findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        try {
            Institution registered = Institutions.register(connection, new Registration(kind, name, number,
                    "演示 法人", "中国工商银行（演示）", "6222 0000 " + number, SignatureSuites.ED25519_SHA256,
                    SignatureSuites.ED25519_SHA256.generateKeyPair().getPublic(),
                    SealingScheme.HPKE_X25519_SHA256_AES128GCM,
                    SealingScheme.HPKE_X25519_SHA256_AES128GCM.generateKeyPair().getPublic()), now, "demo");
            return Institutions.check(connection, registered.institutionId(), List.of(new CheckedDocument(
                    "demo-licence.pdf", "00".repeat(32))), kind == InstitutionKind.CHARITY, now, "demo")
                    .institution();
        } catch (InstitutionException e) {
            throw new IllegalStateException("a demo institution is registered by construction: " + e.getMessage(), e);
        }
    }

    /**
     * A demo charity's approval of ¥3,000 for {@code resident} at {@code hospitalId}, made as {@link #topUp} makes its
     * own: a donation to the charity's pool, the application, the order issued (the amount reserved), nothing paid.
     * The demo hospital desk gives its patient one at its registered demo hospital this way.
     */
    public static void approve(Connection connection, UUID resident, String charityId, String hospitalId,
            UUID application, UUID order, Instant now) throws SQLException {
        MoneyLedger.transfer(connection, MoneyLedger.BANK, MoneyLedger.charity(charityId), DONATION_FEN,
                MoneyLedger.Kind.DONATION, null, "demo donation", now);
        AidApplications.record(connection, new AidApplied(application, resident, charityId, hospitalId, PURPOSE,
                APPROVED_FEN, List.of()), SEEDED, now);
        Optional<String> refused = AidOrders.issue(connection, new AidOrderDocument(order, application, charityId,
                hospitalId, AidOrders.patientPseudonym(resident, charityId), APPROVED_FEN, PURPOSE,
                now.plus(VALID_FOR)), SEEDED, now);
        if (refused.isPresent()) {
            throw new IllegalStateException("the demo aid order was refused: " + refused.get());
        }
    }

    private static UUID demoUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
