package org.huzhu.kiosk.desk;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.protocol.payload.ResidentProfileSet;

/**
 * How the centre reaches a resident, as staff enter it at enrolment: their phone and an emergency contact, each
 * optional ({@code ""}). Personal data: it goes to the server in a {@code resident.profile-set} and is never kept in
 * the station's tables or the snapshot (ADR 0014).
 */
public record Contact(String phone, String emergencyName, String emergencyPhone) {

    /** A resident with no phone and no emergency contact. */
    public static final Contact NONE = new Contact("", "", "");

    /** What is wrong with a contact as entered, for the form to point at. */
    public enum Problem {
        PHONE,
        EMERGENCY_NAME,
        EMERGENCY_PHONE
    }

    public Contact {
        phone = Objects.requireNonNull(phone).strip();
        emergencyName = Objects.requireNonNull(emergencyName).strip();
        emergencyPhone = Objects.requireNonNull(emergencyPhone).strip();
    }

    /**
     * The first thing to put right before this can be recorded, if any: a phone that is not one, an emergency name
     * too long, or an emergency contact without a name or without a phone (staff could not use half of one).
     */
    public Optional<Problem> problem() {
        if (!ResidentProfileSet.isPhone(phone)) {
            return Optional.of(Problem.PHONE);
        }
        if (emergencyName.length() > ResidentProfileSet.MAX_NAME
                || emergencyName.isEmpty() && !emergencyPhone.isEmpty()) {
            return Optional.of(Problem.EMERGENCY_NAME);
        }
        if (!ResidentProfileSet.isPhone(emergencyPhone) || !emergencyName.isEmpty() && emergencyPhone.isEmpty()) {
            return Optional.of(Problem.EMERGENCY_PHONE);
        }
        return Optional.empty();
    }
}
