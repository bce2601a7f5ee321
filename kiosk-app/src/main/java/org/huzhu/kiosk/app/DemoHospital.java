package org.huzhu.kiosk.app;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.huzhu.devices.card.sim.DemoCards;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.server.aid.AidApplications;
import org.huzhu.server.aid.DemoAid;
import org.huzhu.server.app.ServerSettings;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionException;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.staff.StaffRegistryException;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * The demo hospital desk's side of the demo server (issue 13): a demo hospital and a demo charity registered and
 * audited as an operator would ({@code institution register}, {@code institution check}), the demo receptionist
 * {@value DemoCards#HOSPITAL_STAFF_NAME} registered with the hospital, and an approved aid order of ¥3,000 for 王秀英
 * at it, nothing paid yet, so a newcomer sees a match and a refused mismatch (the resident's own demo aid, at another
 * demo hospital, is {@code DemoAid}'s and is not listed at this desk). Once per demo server: what is there is
 * found again by its registration numbers. The institutions' private keys are not kept: in the demo nothing is
 * signed by them.
 */
final class DemoHospital {

    static final String HOSPITAL_NAME = "仁和医院";
    /** 王秀英, by the id the demo devices give her. */
    static final UUID PATIENT = DemoDevices.residentId(DemoCards.WANG_XIUYING);
    private static final String HOSPITAL_NUMBER = "DEMO-HOSPITAL-1";
    private static final UUID APPLICATION = UUID.nameUUIDFromBytes("demo-desk-aid-application".getBytes(
            StandardCharsets.UTF_8));
    private static final UUID ORDER = UUID.nameUUIDFromBytes("demo-desk-aid-order".getBytes(StandardCharsets.UTF_8));

    private DemoHospital() {
    }

    /**
     * Registers what the demo desk needs unless the server has it, and gives {@code patient} the desk's aid order.
     *
     * @return the demo hospital's institution id, for the desk's enrolment code
     */
    static String seed(Database database, UUID patient, Clock clock) throws StorageException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            return Institutions.inTransaction(database, connection -> {
                Institution hospital = DemoAid.institution(connection, InstitutionKind.HOSPITAL, HOSPITAL_NAME,
                        HOSPITAL_NUMBER, now);
                Institution charity = DemoAid.institution(connection, InstitutionKind.CHARITY, DemoAid.CHARITY_NAME,
                        DemoAid.CHARITY_NUMBER, now);
                registerReceptionist(connection, hospital.institutionId(), now);
                approveAid(connection, patient, charity.institutionId(), hospital.institutionId(), now);
                return hospital.institutionId();
            });
        } catch (InstitutionException e) {
            throw new IllegalStateException("the demo institutions are registered by construction: "
                    + e.getMessage(), e);
        }
    }

    /** 王秀英's aid at the demo hospital, approved by the demo charity as {@link DemoAid} approves; once. */
    private static void approveAid(Connection connection, UUID patient, String charityId, String hospitalId,
            Instant now) throws SQLException {
        if (AidApplications.find(connection, APPLICATION).isEmpty()) {
            DemoAid.approve(connection, patient, charityId, hospitalId, APPLICATION, ORDER, now);
        }
    }

    private static void registerReceptionist(Connection connection, String hospitalId, Instant now)
            throws SQLException {
        if (StaffRegistry.byKey(connection, DemoCards.hospitalStaffKeyFingerprint()).isPresent()) {
            return;
        }
        PublicKey key;
        try {
            key = StaffKeys.decode(DemoCards.hospitalStaffSubjectPublicKeyInfo());
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException("the demo receptionist's key is P-256 by construction", e);
        }
        try {
            StaffRegistry.add(connection, DemoCards.HOSPITAL_STAFF_NAME, Set.of(StaffRole.HOSPITAL_DESK),
                    ServerSettings.DEFAULT_COMMUNITY, key, DemoCards.hospitalStaffCertificate(),
                    Optional.of(hospitalId), now, "demo");
        } catch (StaffRegistryException e) {
            throw new IllegalStateException("checked just above, in the same transaction", e);
        }
    }
}
