package org.huzhu.kiosk.ui.counter.kit;

import java.io.IOException;
import java.util.Set;
import org.huzhu.kiosk.report.ExportException;
import org.huzhu.kiosk.sync.SyncException;

/**
 * Why a question to the server (a search, a statement, a report, the rejections, starting over) or an export came to
 * nothing, in plain words with what to do next: never the exception's own message, which is for the log.
 */
public final class ServerProblem {

    /**
     * The server's refusals of the staff member behind the card (protocol §11, checks 3 to 6; at a hospital desk also
     * a card of another hospital, §12.11).
     */
    private static final Set<String> STAFF_REFUSALS = Set.of("staff-signature-required", "staff-not-authorised",
            "staff-wrong-community", "staff-revoked", "role-not-allowed", "staff-not-of-hospital");
    /** The server's refusals of this station itself (§4). */
    private static final Set<String> STATION_REFUSALS = Set.of("unknown-kiosk", "kiosk-revoked");

    private ServerProblem() {
    }

    /** Whether the server refused the staff member behind the card (rather than the question or the network). */
    public static boolean refusesTheStaffMember(Exception failure) {
        return failure instanceof SyncException sync && STAFF_REFUSALS.contains(sync.refusal());
    }

    /** The counter is not enrolled with a server: nothing can be asked. */
    public static Sentence notEnrolled() {
        return Sentence.of("counter.server.notEnrolled");
    }

    /**
     * @param cardStillSigns whether the staff card is still in its reader (a card taken out is the likeliest reason
     *                       a signed question failed without an answer)
     */
    public static Sentence of(Exception failure, boolean cardStillSigns) {
        return switch (failure) {
            case ExportException export -> Sentence.of(export.messageKey());
            case IOException io -> Sentence.of("report.error.notWritten");
            case SyncException sync when refusesTheStaffMember(sync) -> Sentence.of("counter.server.staffRefused");
            case SyncException sync when STATION_REFUSALS.contains(sync.refusal()) ->
                    Sentence.of("counter.server.stationRefused");
            case SyncException sync when !cardStillSigns -> Sentence.of("counter.server.cardGone");
            case SyncException sync when "unknown-resident".equals(sync.refusal()) ->
                    Sentence.of("counter.server.unknownResident");
            case SyncException sync -> switch (sync.problem()) {
                case UNREACHABLE -> Sentence.of("counter.server.unreachable");
                case SERVER_BUSY -> Sentence.of("counter.server.busy");
                case CLOCK_WRONG -> Sentence.of("counter.server.clock");
                case UNTRUSTED_SERVER, LOG_INCONSISTENT -> Sentence.of("counter.server.untrusted");
                case LOCAL_STORAGE, NEEDS_STAFF -> Sentence.of("counter.server.failed");
            };
            default -> Sentence.of("counter.server.failed");
        };
    }
}
