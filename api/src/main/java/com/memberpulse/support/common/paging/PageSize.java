package com.memberpulse.support.common.paging;

import com.memberpulse.support.common.error.SupportException;

/** The page-size rule of every connection: default 25, at most 100. */
public final class PageSize {

    public static final int DEFAULT = 25;
    public static final int MAX = 100;

    private PageSize() {
    }

    /** The page size for a {@code first} argument, or VALIDATION_FAILED on {@code first}. */
    public static int of(Integer first) {
        if (first == null) {
            return DEFAULT;
        }
        if (first < 1 || first > MAX) {
            throw SupportException.validation("first", "first must be between 1 and " + MAX + ".");
        }
        return first;
    }
}
