package org.huzhu.kiosk.ui.session;

import java.util.List;

/**
 * Long lists shown a few at a time with a "more" choice that turns to the next page (and from the last back to the
 * first): how screens keep within six large choices that still fit at the larger text step.
 */
public final class Pages {

    private Pages() {
    }

    /** The items on {@code page}. */
    public static <T> List<T> slice(List<T> items, int page, int perPage) {
        int from = Math.min(page * perPage, items.size());
        return items.subList(from, Math.min(from + perPage, items.size()));
    }

    /** The page after {@code page}, back to the first after the last. */
    public static int next(int page, int size, int perPage) {
        int pages = Math.max(1, (size + perPage - 1) / perPage);
        return (page + 1) % pages;
    }

    /** Whether {@code size} items need more than one page. */
    public static boolean paged(int size, int perPage) {
        return size > perPage;
    }
}
