package org.huzhu.protocol.policy;

/** What {@link OfflinePolicy#decide} says about a spend. */
public sealed interface OfflineDecision {

    /** Whether the kiosk may go ahead without asking anyone. */
    boolean allowed();

    /** Within the limits; {@code remainingMinutes} may still be spent offline after this one. */
    record Allowed(int remainingMinutes) implements OfflineDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /** Beyond the offline limits, but a staff member authorised it. */
    record AllowedByStaff() implements OfflineDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * Not allowed now: the kiosk must get a fresh snapshot from the server, or a staff member must authorise it.
     *
     * @param remainingMinutes what could still be spent offline (0 unless the reason is the offline limit)
     */
    record NeedsConnectionOrStaff(Reason reason, int remainingMinutes) implements OfflineDecision {
        @Override
        public boolean allowed() {
            return false;
        }
    }

    /** Why a spend needs a connection or staff; {@link #code()} is the server's rejection reason. */
    enum Reason {
        NO_SNAPSHOT("offline-no-snapshot"),
        SNAPSHOT_TOO_OLD("offline-too-long"),
        OFFLINE_LIMIT_EXCEEDED("offline-limit-exceeded");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
