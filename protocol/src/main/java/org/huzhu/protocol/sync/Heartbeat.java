package org.huzhu.protocol.sync;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/heartbeat} body (docs/protocol.md §15): how a kiosk says it is alive and how it is, for the
 * operator's fleet view. Nothing about residents: check names and states, counts, a version and a time.
 *
 * @param kioskTime  the kiosk's clock when it sent this
 * @param appVersion the kiosk application's version
 * @param unsynced   transactions in the kiosk's outbox the server has not answered
 * @param overall    {@code ok}, {@code degraded} or {@code failing} (failing: out of order)
 * @param checks     each health check's state, at most {@value #MAX_CHECKS}, each name once
 */
public record Heartbeat(Instant kioskTime, String appVersion, long unsynced, String overall, List<Check> checks) {

    public static final int MAX_CHECKS = 16;
    public static final int MAX_VERSION_LENGTH = 64;
    /** A check's name: lower-case words joined by hyphens, as the kiosk's health model names them. */
    public static final Pattern CHECK_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.+_-]{1," + MAX_VERSION_LENGTH + "}");
    public static final List<String> STATES = List.of("ok", "degraded", "failing");

    /** One health check and its state. */
    public record Check(String name, String state) {
    }
}
