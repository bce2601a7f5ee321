package org.huzhu.kiosk.ui.counter.sync;

import java.util.Map;
import java.util.Optional;
import org.huzhu.protocol.counter.Page;
import org.huzhu.protocol.counter.Rejection;

/**
 * One page of the server's rejections with the names of the residents they were for, as far as this counter knows
 * them (its snapshot of the community). Immutable.
 */
record RejectionPage(Page<Rejection> page, Map<String, String> names) {

    RejectionPage {
        names = Map.copyOf(names);
    }

    /** The name of the resident {@code rejection} was for, if it names one this counter knows. */
    Optional<String> residentName(Rejection rejection) {
        return Optional.ofNullable(rejection.residentId()).map(names::get);
    }
}
