package org.huzhu.protocol.sync;

/** {@code POST /v1/enrolment} answer: the kiosk as registered, and the key that will sign its receipts. */
public record EnrolmentResponse(String kioskId, String suite, String fingerprint, ServerKey serverKey) {
}
