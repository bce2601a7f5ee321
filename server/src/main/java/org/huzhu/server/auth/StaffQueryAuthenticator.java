package org.huzhu.server.auth;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.huzhu.protocol.authority.StaffRole;
import org.huzhu.protocol.crypto.StaffKeys;
import org.huzhu.protocol.sync.RequestSignature;
import org.huzhu.protocol.sync.StaffQuerySignature;
import org.huzhu.server.api.ApiException;
import org.huzhu.server.api.Codes;
import org.huzhu.server.kiosk.KioskRecord;
import org.huzhu.server.staff.StaffKeyCache;
import org.huzhu.server.staff.StaffRegistry;
import org.huzhu.server.store.Database;
import org.huzhu.server.store.StorageException;

/**
 * Authenticates a staff station's request (docs/protocol.md §11, and the hospital desk's of §12): first as a kiosk's
 * ({@link RequestAuthenticator}), then by the signed-in staff member's card, whose signature covers the kiosk's
 * signing object with {@link StaffQuerySignature#PURPOSE} added (so it is bound to this request's nonce and cannot be
 * replayed on another). The staff member must be registered, of this server's community, active now and hold a role
 * the endpoint allows ({@link Allowed}). Thread-safe.
 */
public final class StaffQueryAuthenticator {

    /** Who may read the counter's lists: the roles that may do the counter's work (§7.1). */
    public static final Set<StaffRole> COUNTER_ROLES = EnumSet.of(StaffRole.SOCIAL_WORKER, StaffRole.COORDINATOR);

    /**
     * The roles an endpoint allows, any one of which a staff member must hold, and what the refusal calls the place.
     *
     * @param place what the refusal names (e.g. "the counter")
     */
    public record Allowed(Set<StaffRole> roles, String place) {

        public Allowed {
            roles = Set.copyOf(roles);
        }
    }

    /** The counter's endpoints (§11). */
    public static final Allowed COUNTER = new Allowed(COUNTER_ROLES, "the counter");
    /** The hospital desk's endpoints (§12): its receptionists only, who read nothing of the counter's. */
    public static final Allowed HOSPITAL_DESK = new Allowed(EnumSet.of(StaffRole.HOSPITAL_DESK), "a hospital desk");

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SIGNATURE = Pattern.compile("(?:[0-9a-f]{2}){1,256}");

    private final RequestAuthenticator kiosks;
    private final Database database;
    private final StaffKeyCache keys;
    private final String community;
    private final Clock clock;

    /**
     * @param keys      the server's cache of registered card keys (a registered key never changes)
     * @param community the community this server keeps; staff of another read nothing here
     */
    public StaffQueryAuthenticator(RequestAuthenticator kiosks, Database database, StaffKeyCache keys,
            String community, Clock clock) {
        this.kiosks = kiosks;
        this.database = database;
        this.keys = keys;
        this.community = community;
        this.clock = clock;
    }

    /**
     * The kiosk and staff member behind a staff station's request, with the staff member's roles now.
     *
     * @param hospitalId the hospital a hospital-desk staff member is registered with; empty for other staff
     */
    public record CounterCaller(KioskRecord kiosk, String staffId, Set<StaffRole> roles, Optional<String> hospitalId) {
    }

    /**
     * A counter's request ({@link #COUNTER}).
     *
     * @param headers looks a header up by name: null if absent, and a value that cannot be well-formed (such as
     *                {@code ""}) if the header was sent twice
     */
    public CounterCaller authenticate(String method, String target, byte[] body, UnaryOperator<String> headers)
            throws ApiException, StorageException {
        return authenticate(method, target, body, headers, COUNTER);
    }

    /** A request to an endpoint that {@code allowed} staff may use; otherwise as {@link #authenticate}. */
    public CounterCaller authenticate(String method, String target, byte[] body, UnaryOperator<String> headers,
            Allowed allowed) throws ApiException, StorageException {
        KioskRecord kiosk = kiosks.authenticate(method, target, body, headers);
        RequestSignature kioskSignature = RequestAuthenticator.parse(headers);
        String key = headers.apply(StaffQuerySignature.HEADER_STAFF_KEY);
        String signature = headers.apply(StaffQuerySignature.HEADER_STAFF_SIGNATURE);
        if (key == null || signature == null || !KEY.matcher(key).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            throw new ApiException(401, Codes.STAFF_SIGNATURE_REQUIRED, "a staff station's request needs the headers "
                    + StaffQuerySignature.HEADER_STAFF_KEY + " (64 hex) and " + StaffQuerySignature.HEADER_STAFF_SIGNATURE
                    + " (hex DER), signed on the staff card that is signed in");
        }
        Instant now = clock.instant();
        Optional<StaffRegistry.Standing> standing = database.inTransaction(connection ->
                StaffRegistry.standingAt(connection, key, now));
        PublicKey publicKey = standing.isEmpty() ? null : key(key);
        byte[] content = StaffQuerySignature.content(kiosk.suite(), kioskSignature, method, target, body);
        if (publicKey == null || !StaffKeys.verify(publicKey, content, HexFormat.of().parseHex(signature))) {
            throw new ApiException(403, Codes.STAFF_NOT_AUTHORISED,
                    "the staff card is not registered here, or its signature is not of this request");
        }
        StaffRegistry.Standing staff = standing.get();
        if (!staff.community().equals(community)) {
            throw new ApiException(403, Codes.STAFF_WRONG_COMMUNITY, staff.staffId() + " belongs to another community");
        }
        if (!staff.activeAt()) {
            if (now.isBefore(staff.addedAt())) {
                throw new ApiException(403, Codes.STAFF_NOT_AUTHORISED, staff.staffId() + " is not registered yet");
            }
            throw new ApiException(403, Codes.STAFF_REVOKED, staff.staffId() + " is suspended or revoked");
        }
        if (staff.roles().stream().noneMatch(allowed.roles()::contains)) {
            throw new ApiException(403, Codes.ROLE_NOT_ALLOWED, staff.staffId() + " holds no role that may use "
                    + allowed.place() + " (" + allowed.roles().stream().sorted().map(StaffRole::wireName)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
        return new CounterCaller(kiosk, staff.staffId(), staff.roles(), staff.hospitalId());
    }

    private PublicKey key(String fingerprint) throws StorageException {
        Optional<PublicKey> cached = keys.get(fingerprint);
        if (cached.isPresent()) {
            return cached.get();
        }
        PublicKey key = database.inTransaction(connection -> StaffRegistry.key(connection, fingerprint)).orElseThrow();
        keys.put(fingerprint, key);
        return key;
    }
}
