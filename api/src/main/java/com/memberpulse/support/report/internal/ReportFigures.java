package com.memberpulse.support.report.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of the report's statement: a group's figures ({@code total} false) or all groups' ({@code total} true). The
 * key is the group's raw value (a category id, a priority, an assignee id or null for nobody, a requester type, a
 * {@code yyyy-MM-dd} date); the label is a category's or agent's name, null for the other groupings.
 */
public record ReportFigures(boolean total, @Nullable String key, @Nullable String label, int raised, int resolved, int open,
                            @Nullable Integer firstResponseMedianMinutes, @Nullable Integer firstResponseP90Minutes,
                            @Nullable Integer resolutionMedianMinutes, @Nullable Integer resolutionP90Minutes,
                            @Nullable Double slaMetShare) {
}
