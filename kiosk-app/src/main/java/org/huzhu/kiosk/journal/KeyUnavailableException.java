package org.huzhu.kiosk.journal;

import org.huzhu.kiosk.identity.KeyStoreException;

/**
 * This kiosk's key could not be opened ({@link KeyStoreException}: wrong passphrase, damaged file) or belongs to
 * another kiosk's journal ({@link JournalException}), so nothing can be signed. Unchecked: it comes from
 * {@link Journal#identity()}, which the kiosk's services call while they work; the kiosk stops when it happens
 * ({@code KioskMain}), as it would have before its window opened.
 */
public final class KeyUnavailableException extends RuntimeException {

    KeyUnavailableException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
