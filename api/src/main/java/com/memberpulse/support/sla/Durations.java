package com.memberpulse.support.sla;

import java.time.Duration;

/** Durations as the ledger writes them: {@code 4 h}, {@code 90 min} is {@code 1 h 30 min}, {@code 3 d 2 h}. */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append(" min");
        }
        return text.toString();
    }
}
