package org.huzhu.protocol.counter;

import java.util.List;

/**
 * One page of a counter list: {@code items} from position {@code offset} of {@code total} matches.
 *
 * @param <T> the list's item
 */
public record Page<T>(List<T> items, long offset, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether matches follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
