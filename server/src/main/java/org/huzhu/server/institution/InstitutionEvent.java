package org.huzhu.server.institution;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of an institution ({@code institution_event}).
 *
 * @param kind      {@code registered}, {@code checked}, {@code suspended} or {@code reinstated}
 * @param nonProfit for a check: whether the charity's registered non-profit status was confirmed
 */
public record InstitutionEvent(String institutionId, int seq, String kind, Instant at, String byWhom, String reason,
        List<CheckedDocument> documents, boolean nonProfit) {

    public InstitutionEvent {
        documents = List.copyOf(documents);
    }
}
