package org.huzhu.kiosk.ui.hospital.kit;

import org.huzhu.kiosk.ui.counter.kit.Sentence;
import org.huzhu.kiosk.ui.counter.kit.ServerProblem;

/**
 * Why a hospital desk's question to the server came to nothing: as at the counter ({@link ServerProblem}), except
 * that a card the server refuses here is said in the desk's words (a receptionist's card of this hospital is needed,
 * not a social worker's).
 */
public final class DeskProblem {

    private DeskProblem() {
    }

    /** @param cardStillSigns whether the staff card is still in its reader */
    public static Sentence of(Exception failure, boolean cardStillSigns) {
        return ServerProblem.refusesTheStaffMember(failure) ? Sentence.of("hospital.server.staffRefused")
                : ServerProblem.of(failure, cardStillSigns);
    }
}
