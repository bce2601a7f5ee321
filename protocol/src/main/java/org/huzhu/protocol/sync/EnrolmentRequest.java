package org.huzhu.protocol.sync;

/**
 * {@code POST /v1/enrolment} body.
 *
 * @param code      the one-time enrolment code an operator printed on the server, as typed (case and dashes ignored)
 * @param suite     the kiosk's signature suite id
 * @param publicKey the kiosk's public key: standard base64 (with padding) of its X.509 SubjectPublicKeyInfo
 */
public record EnrolmentRequest(String code, String suite, String publicKey) {
}
