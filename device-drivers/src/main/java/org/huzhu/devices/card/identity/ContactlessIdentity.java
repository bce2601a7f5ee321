package org.huzhu.devices.card.identity;

/**
 * A contactless card or tag known only by its UID (community cards and tags bound to a resident at the counter).
 *
 * @param uid upper-case hex of the UID bytes the reader reported
 * @param randomPerTap true for a 4-byte UID starting with 08 (ISO/IEC 14443-3 random ID): such a card, e.g. a phone or a
 *     passport, shows a new UID on every tap and cannot be bound to a resident
 */
public record ContactlessIdentity(String uid, boolean randomPerTap) implements CardIdentity {

    @Override
    public String profileName() {
        return "contactless UID";
    }
}
