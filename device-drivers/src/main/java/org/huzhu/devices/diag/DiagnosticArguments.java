package org.huzhu.devices.diag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the installers' device commands ({@code cards …}, {@code camera …}) read from their arguments alike. */
public final class DiagnosticArguments {

    private DiagnosticArguments() {
    }

    /** A modifiable copy of {@code args} without a leading {@code name} (the launcher may pass the command's name). */
    public static List<String> after(String name, List<String> args) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.getFirst().equals(name)) {
            rest.removeFirst();
        }
        return rest;
    }

    /** {@code value} as a whole number of seconds from 1 to {@code maxSeconds}; empty for anything else. */
    public static Optional<Duration> seconds(String value, long maxSeconds) {
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 1 && seconds <= maxSeconds ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
