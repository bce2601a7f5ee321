package org.huzhu.kiosk.ui.counter.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.kiosk.i18n.Language;
import org.huzhu.kiosk.i18n.Messages;
import org.huzhu.kiosk.sync.SyncException;
import org.huzhu.kiosk.sync.SyncProblem;
import org.junit.jupiter.api.Test;

/** A question to the server that got no answer, in words staff act on: never a code, in both languages. */
class ServerProblemTest {

    @Test
    void eachFailureHasItsOwnPlainWords() {
        assertThat(key(new SyncException(SyncProblem.UNREACHABLE, "refused", null), true))
                .isEqualTo("counter.server.unreachable");
        assertThat(key(new SyncException(SyncProblem.SERVER_BUSY, "503", null), true))
                .isEqualTo("counter.server.busy");
        assertThat(key(new SyncException(SyncProblem.NEEDS_STAFF, "staff-revoked", "403", null), true))
                .isEqualTo("counter.server.staffRefused");
        assertThat(key(new SyncException(SyncProblem.NEEDS_STAFF, "kiosk-revoked", "403", null), true))
                .isEqualTo("counter.server.stationRefused");
        assertThat(key(new SyncException(SyncProblem.NEEDS_STAFF, "unknown-resident", "404", null), true))
                .isEqualTo("counter.server.unknownResident");
        assertThat(key(new SyncException(SyncProblem.CLOCK_WRONG, "stale-request", "401", null), true))
                .isEqualTo("counter.server.clock");
        assertThat(key(new SyncException(SyncProblem.NEEDS_STAFF, "the card did not sign", null), false))
                .as("a staff card taken out is said as such, whatever the request got").isEqualTo(
                        "counter.server.cardGone");
        assertThat(ServerProblem.notEnrolled().key()).isEqualTo("counter.server.notEnrolled");
    }

    @Test
    void theWordsExistInBothLanguages() {
        for (SyncProblem problem : SyncProblem.values()) {
            var sentence = ServerProblem.of(new SyncException(problem, "x", null), true);
            for (Language language : Language.values()) {
                assertThat(sentence.in(Messages.of(language))).doesNotStartWith("[").isNotBlank();
            }
        }
    }

    private static String key(Exception failure, boolean staffCardIn) {
        return ServerProblem.of(failure, staffCardIn).key();
    }
}
