package org.huzhu.server.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.huzhu.protocol.Authorisation;
import org.huzhu.protocol.UnsignedTransaction;
import org.huzhu.protocol.aid.MatchRefusal;
import org.huzhu.protocol.payload.AidApplied;
import org.huzhu.protocol.payload.HospitalOrderSubmitted;
import org.huzhu.server.aid.AidApplications;
import org.huzhu.server.aid.AidDelivery;
import org.huzhu.server.aid.AidOrders;
import org.huzhu.server.api.Codes;
import org.huzhu.server.catalogue.Catalogue;
import org.huzhu.server.institution.Institution;
import org.huzhu.server.institution.InstitutionKind;
import org.huzhu.server.institution.Institutions;
import org.huzhu.server.institution.Standing;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.kiosk.Kiosks;
import org.huzhu.server.staff.StaffRegistry;

/**
 * The rules of the aid types (docs/protocol.md §12), after authority ({@link BusinessRules}) found staff of the right
 * role behind them: an application is for an enrolled resident, once, to a charity and a hospital that may act, and
 * reaches the charity sealed; a hospital order is submitted by staff of the desk's own hospital and pays only when it
 * matches its aid order ({@link AidOrders#match}). Thread-safe; works inside the caller's transaction.
 */
final class AidRules {

    static final String DUPLICATE_APPLICATION = "duplicate-application";
    /** A station may not claim a match: it is the server's verdict on a {@code hospital-order.submitted}. */
    static final String HOSPITAL_ORDER_REQUIRED = "hospital-order-required";

    private final AidDelivery delivery;

    AidRules(AidDelivery delivery) {
        this.delivery = delivery;
    }

    Outcome apply(Connection connection, UnsignedTransaction body, AidApplied applied) throws SQLException {
        if (!Catalogue.residentExists(connection, applied.residentId())) {
            return Outcome.rejected(BusinessRules.UNKNOWN_RESIDENT);
        }
        if (AidApplications.find(connection, applied.applicationId()).isPresent()) {
            return Outcome.rejected(DUPLICATE_APPLICATION);
        }
        Optional<String> refusal = refusal(connection, applied.charityId(), InstitutionKind.CHARITY);
        if (refusal.isEmpty()) {
            refusal = refusal(connection, applied.hospitalId(), InstitutionKind.HOSPITAL);
        }
        if (refusal.isPresent()) {
            return Outcome.rejected(refusal.get());
        }
        AidApplications.record(connection, applied, body.id().toString(), body.createdAt());
        delivery.application(connection, applied, body.createdAt());
        return Outcome.ACCEPTED;
    }

    Outcome apply(Connection connection, UnsignedTransaction body, HospitalOrderSubmitted submitted, Instant now)
            throws SQLException {
        Optional<String> hospital = deskHospital(connection, body);
        if (hospital.isEmpty()) {
            return Outcome.rejected(MatchRefusal.STAFF_NOT_OF_HOSPITAL.code());
        }
        Optional<String> refusal = refusal(connection, hospital.get(), InstitutionKind.HOSPITAL);
        if (refusal.isEmpty()) {
            // A suspended charity's orders pay nothing until it is reinstated.
            Optional<String> charity = AidOrders.charityOf(connection, submitted.aidOrderId());
            if (charity.isPresent()) {
                refusal = refusal(connection, charity.get(), InstitutionKind.CHARITY);
            }
        }
        if (refusal.isPresent()) {
            return Outcome.rejected(refusal.get());
        }
        return AidOrders.match(connection, submitted, hospital.get(), body.id().toString(), now)
                .map(matchRefusal -> Outcome.rejected(matchRefusal.code())).orElse(Outcome.ACCEPTED);
    }

    /** Why the institution of that id may not take part as {@code kind} now, if it may not. */
    private static Optional<String> refusal(Connection connection, String institutionId, InstitutionKind kind)
            throws SQLException {
        Standing standing = Institutions.standing(connection, institutionId);
        if (standing.institution().map(Institution::kind).filter(kind::equals).isEmpty()) {
            return Optional.of(Codes.INSTITUTION_UNKNOWN);
        }
        return standing.refusal();
    }

    /**
     * The hospital a hospital order is submitted for: the desk's, enrolled for it, when every staff card that signed
     * is registered as of that hospital too; empty otherwise.
     */
    private static Optional<String> deskHospital(Connection connection, UnsignedTransaction body)
            throws SQLException {
        Optional<String> desk = Kiosks.find(connection, body.kioskId()).flatMap(KioskRecord::hospitalId);
        if (desk.isEmpty()) {
            return Optional.empty();
        }
        for (Authorisation authorisation : body.authorisations()) {
            Optional<String> staff = StaffRegistry.standingAt(connection, authorisation.key(), body.createdAt())
                    .flatMap(StaffRegistry.Standing::hospitalId);
            if (!staff.equals(desk)) {
                return Optional.empty();
            }
        }
        return desk;
    }
}
