package org.huzhu.kiosk.health;

import java.util.List;
import java.util.Objects;

/**
 * One check's answer: its state and why, as a message key and its arguments (so the maintenance screen words it in
 * either language: {@code Messages.format(reasonKey, arguments)}). Arguments are numbers and plain strings only, never
 * anything about a resident.
 */
public record CheckResult(CheckKind kind, HealthState state, String reasonKey, List<Object> arguments) {

    public CheckResult {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(state);
        Objects.requireNonNull(reasonKey);
        arguments = List.copyOf(arguments);
    }

    public static CheckResult ok(CheckKind kind, String reasonKey, Object... arguments) {
        return new CheckResult(kind, HealthState.OK, reasonKey, List.of(arguments));
    }

    public static CheckResult degraded(CheckKind kind, String reasonKey, Object... arguments) {
        return new CheckResult(kind, HealthState.DEGRADED, reasonKey, List.of(arguments));
    }

    public static CheckResult failing(CheckKind kind, String reasonKey, Object... arguments) {
        return new CheckResult(kind, HealthState.FAILING, reasonKey, List.of(arguments));
    }

    /** Whether {@code other} says something different (state or reason): a change worth keeping in the history. */
    boolean differsFrom(CheckResult other) {
        return state != other.state || !reasonKey.equals(other.reasonKey) || !arguments.equals(other.arguments);
    }
}
