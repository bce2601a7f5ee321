package org.huzhu.kiosk.journal;

import org.huzhu.protocol.Authorisation;

/**
 * Signs a transaction's authorised content (docs/protocol.md §1.1) on the signed-in staff member's card, so the server
 * can tell a staff action from a kiosk's word. Blocking (card I/O): never call it on the FX thread.
 */
@FunctionalInterface
public interface StaffAuthoriser {

    /** @throws JournalException the card could not sign (removed, PIN no longer verified, refused) */
    Authorisation authorise(byte[] authorisedContent) throws JournalException;
}
