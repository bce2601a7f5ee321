package org.huzhu.kiosk.health;

/**
 * One part of the kiosk that can say how it is. Checks are run on the health thread, one after the other, so
 * {@link #check()} may block briefly (a file probe, a database read) but must not wait on the network or a card. A
 * device that comes later (a receipt printer) implements this and is {@link HealthMonitor#register registered}; a
 * device that is not configured registers nothing, and so is simply absent from the report.
 */
public interface HealthCheck {

    CheckKind kind();

    /** How it is now. A check that throws is reported as failing with a generic reason (and the error is logged). */
    CheckResult check();
}
