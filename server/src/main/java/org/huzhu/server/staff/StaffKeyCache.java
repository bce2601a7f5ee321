package org.huzhu.server.staff;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered staff card keys by their fingerprint, kept in memory so that staff signatures are verified ahead, on
 * every core, with the kiosks' own signatures ({@code EnvelopeChecker}) rather than one after the other inside the
 * batch's database transaction. Safe to cache because a registered key never changes (a new card is a new staff
 * entry); whether its holder may authorise is still read from the registry for every transaction. A key registered
 * after the server started (by {@code staff add} in another process) is simply not here until the first transaction
 * it signed has been checked the slow way. Thread-safe.
 */
public final class StaffKeyCache {

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    public Optional<PublicKey> get(String keyFingerprint) {
        return Optional.ofNullable(keys.get(keyFingerprint));
    }

    /** Remembers a key read from the registry; {@code keyFingerprint} must be the key's own fingerprint. */
    public void put(String keyFingerprint, PublicKey key) {
        keys.putIfAbsent(keyFingerprint, key);
    }
}
