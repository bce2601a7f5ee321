package org.huzhu.kiosk.sync.faults;

/** What {@link FaultyProxy} does to one request. Every fault is one a real network or gateway can do. */
public enum Fault {
    /** Forward the request and pass the answer back. */
    NONE,
    /** Wait a while, then forward and answer. */
    DELAY,
    /** Close the kiosk's connection without forwarding or answering. */
    DROP,
    /** Forward the same bytes twice (the second is a replay to the server); answer with the first answer. */
    DUPLICATE,
    /**
     * Close the kiosk's connection at once (as if it timed out), and deliver the request to the server only after a
     * later request got there: the kiosk's retry and the stale copy race on two connections.
     */
    DELIVER_LATE,
    /** Reset the kiosk's connection (RST) without forwarding. */
    RESET_BEFORE_FORWARDING,
    /** Forward, let the server answer, then reset the kiosk's connection: applied, but the kiosk never hears. */
    RESET_AFTER_SERVER_ANSWERED,
    /** Forward, pass back only the first half of the answer, then reset. */
    TRUNCATED_ANSWER,
    /** Answer 502 with a gateway's HTML page, without forwarding. */
    GATEWAY_ERROR,
    /** Forward, then replace the server's answer with a 500: applied, but the kiosk hears a failure. */
    ANSWER_REPLACED_BY_5XX
}
