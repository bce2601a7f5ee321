package org.huzhu.server.staff;

/** A registry change that does not apply (a key registered twice, a revoked member reinstated): nothing changed. */
public final class StaffRegistryException extends Exception {

    public StaffRegistryException(String message) {
        super(message);
    }
}
