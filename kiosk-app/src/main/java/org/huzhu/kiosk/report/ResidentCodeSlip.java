package org.huzhu.kiosk.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What a printed resident code's page says (docs/protocol.md §13): whose it is, the code's text (drawn as a QR code),
 * and until when it works.
 *
 * @param code the code's text as the server issued it ({@code HZ1:…})
 */
public record ResidentCodeSlip(String residentName, String code, Instant expiresAt) {

    public ResidentCodeSlip {
        Objects.requireNonNull(residentName);
        Objects.requireNonNull(code);
        Objects.requireNonNull(expiresAt);
    }
}
