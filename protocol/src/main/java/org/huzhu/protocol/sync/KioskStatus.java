package org.huzhu.protocol.sync;

/** {@code GET /v1/kiosk} answer: how the server sees the calling kiosk. */
public record KioskStatus(String kioskId, String suite, String status, ChainHead head) {
}
