package org.huzhu.server.api;

/** Error codes of whole-request refusals (docs/protocol.md, "Errors"). */
public final class Codes {

    public static final String MALFORMED_JSON = "malformed-json";
    public static final String MALFORMED_BASE64 = "malformed-base64";
    public static final String INVALID_REQUEST = "invalid-request";
    /** A heartbeat whose body is well-formed JSON but not a heartbeat (docs/protocol.md §15). */
    public static final String INVALID_HEARTBEAT = "invalid-heartbeat";
    public static final String BODY_TOO_LARGE = "body-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String MISSING_SIGNATURE = "missing-signature";
    public static final String UNKNOWN_KIOSK = "unknown-kiosk";
    public static final String KIOSK_REVOKED = "kiosk-revoked";
    public static final String STALE_REQUEST = "stale-request";
    public static final String REPLAYED_REQUEST = "replayed-request";
    public static final String BAD_REQUEST_SIGNATURE = "bad-request-signature";
    public static final String INVALID_ENROLMENT_CODE = "invalid-enrolment-code";
    public static final String BAD_PUBLIC_KEY = "bad-public-key";
    public static final String UNKNOWN_SUITE = "unknown-suite";
    public static final String ALREADY_ENROLLED = "already-enrolled";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    /** Counter queries (§11): the staff card's signature. */
    public static final String STAFF_SIGNATURE_REQUIRED = "staff-signature-required";
    public static final String STAFF_NOT_AUTHORISED = "staff-not-authorised";
    public static final String STAFF_WRONG_COMMUNITY = "staff-wrong-community";
    public static final String STAFF_REVOKED = "staff-revoked";
    public static final String ROLE_NOT_ALLOWED = "role-not-allowed";
    public static final String UNKNOWN_RESIDENT = "unknown-resident";
    /** Institutions (§12): who signed is not a registered institution, or may not act now. */
    public static final String INSTITUTION_UNKNOWN = "institution-unknown";
    public static final String INSTITUTION_NOT_AUDITED = "institution-not-audited";
    public static final String INSTITUTION_SUSPENDED = "institution-suspended";
    /** Aid orders (§12.6): only a charity issues them, signed with its registered key. */
    public static final String NOT_A_CHARITY = "not-a-charity";
    public static final String BAD_ORDER_SIGNATURE = "bad-order-signature";
    public static final String DOCUMENT_UNKNOWN = "document-unknown";
    public static final String STORAGE_UNAVAILABLE = "storage-unavailable";
    /** {@code GET /v1/face/templates} before the kiosk registered its template key (docs/protocol.md §14). */
    public static final String FACE_KEY_REQUIRED = "face-key-required";
    /** The transparency log (§16): no log of that community here, or no accepted transaction of that id in it. */
    public static final String UNKNOWN_COMMUNITY = "unknown-community";
    public static final String NOT_IN_LOG = "not-in-log";
    public static final String INTERNAL_ERROR = "internal-error";

    private Codes() {
    }
}
