package org.huzhu.kiosk.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every registered check's latest answer, in a fixed order, and what follows for residents (ADR 0022): the kiosk is
 * out of order when nobody can sign in (no card reader works and no camera does), when the journal cannot be
 * written, or when the disk is nearly full; anything else that is not OK only makes it degraded.
 *
 * @param checkedAt when the checks ran, by the kiosk's clock
 */
public record HealthReport(Instant checkedAt, List<CheckResult> results) {

    /** Why a kiosk rests: each stops it from serving residents safely. */
    public enum OutOfOrder {
        NO_WAY_TO_SIGN_IN, JOURNAL_NOT_WRITABLE, DISK_NEARLY_FULL
    }

    public HealthReport {
        Objects.requireNonNull(checkedAt);
        results = List.copyOf(results);
    }

    public Optional<CheckResult> result(CheckKind kind) {
        return results.stream().filter(result -> result.kind() == kind).findFirst();
    }

    /** The first reason to stop serving, if any. */
    public Optional<OutOfOrder> outOfOrder() {
        if (failing(CheckKind.JOURNAL)) {
            return Optional.of(OutOfOrder.JOURNAL_NOT_WRITABLE);
        }
        if (failing(CheckKind.DISK_SPACE)) {
            return Optional.of(OutOfOrder.DISK_NEARLY_FULL);
        }
        boolean cardsWork = result(CheckKind.CARD_READERS).map(r -> r.state() != HealthState.FAILING).orElse(false);
        boolean cameraWorks = result(CheckKind.CAMERA).map(r -> r.state() != HealthState.FAILING).orElse(false);
        if (!cardsWork && !cameraWorks) {
            return Optional.of(OutOfOrder.NO_WAY_TO_SIGN_IN);
        }
        return Optional.empty();
    }

    /**
     * The kiosk as a whole: failing only when it is out of order (a dead reader with a working camera still serves),
     * degraded when any check is not OK, else OK.
     */
    public HealthState overall() {
        if (outOfOrder().isPresent()) {
            return HealthState.FAILING;
        }
        return results.stream().map(CheckResult::state).reduce(HealthState.OK, HealthState::worse) == HealthState.OK
                ? HealthState.OK : HealthState.DEGRADED;
    }

    private boolean failing(CheckKind kind) {
        return result(kind).map(r -> r.state() == HealthState.FAILING).orElse(false);
    }
}
