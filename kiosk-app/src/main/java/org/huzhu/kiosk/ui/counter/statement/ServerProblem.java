package org.huzhu.kiosk.ui.counter.statement;

import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.ui.counter.kit.Sentence;

/**
 * Why a question to the server (search, statement) got no answer, in words staff can act on: not enrolled, the
 * server out of reach, the staff card gone, or the server not taking this staff member's card. Never a code.
 */
public final class ServerProblem {

    private ServerProblem() {
    }

    /** The counter has no server to ask: it is not enrolled. */
    public static Sentence notEnrolled() {
        return Sentence.of("counter.server.notEnrolled");
    }

    /**
     * @param failure     what the question to the server threw
     * @param staffCardIn whether the staff session is still open (a card taken out makes its signature fail)
     */
    public static Sentence of(Exception failure, boolean staffCardIn) {
        if (!staffCardIn) {
            return Sentence.of("counter.server.staffCardGone");
        }
        if (!(failure instanceof SyncException sync)) {
            return Sentence.of("counter.server.failed");
        }
        return Sentence.of(switch (sync.problem()) {
            case UNREACHABLE, SERVER_BUSY -> "counter.server.unreachable";
            case CLOCK_WRONG -> "counter.server.clock";
            case LOCAL_STORAGE -> "counter.server.failed";
            case UNTRUSTED_SERVER -> "counter.server.untrusted";
            case NEEDS_STAFF -> "unknown-resident".equals(sync.refusal()) ? "counter.server.unknownResident"
                    : "counter.server.refused";
        });
    }
}
