package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of tags: written as typed, stored and compared as one form (lower case, runs of spaces made one hyphen),
 * 1 to 40 letters, digits, hyphens, underscores or dots; at most 20 on a ticket and in one request.
 */
public final class TicketTags {

    static final int MAX_LENGTH = 40;
    static final int MAX_PER_TICKET = 20;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TicketTags() {
    }

    /** The tags of a request in their stored form, sorted, without repeats; VALIDATION_FAILED on {@code field}. */
    public static List<String> normalised(@Nullable Collection<String> raw, String field) {
        if (raw == null || raw.isEmpty()) {
            throw SupportException.validation(field, "Name at least one tag.");
        }
        if (raw.size() > MAX_PER_TICKET) {
            throw SupportException.validation(field, "At most " + MAX_PER_TICKET + " tags at once.");
        }
        TreeSet<String> tags = new TreeSet<>();
        for (String tag : raw) {
            tags.add(one(tag, field));
        }
        return new ArrayList<>(tags);
    }

    /** One tag in its stored form. */
    static String one(@Nullable String raw, String field) {
        String line = TextInput.line(raw, field, MAX_LENGTH, "A tag");
        String tag = SPACES.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("-");
        if (!ALLOWED.matcher(tag).matches()) {
            throw SupportException.validation(field, "Tags are letters, digits, hyphens, underscores and dots (\"" + line + "\" is not).");
        }
        return tag;
    }

    static void requireAtMostAllowed(int count) {
        if (count > MAX_PER_TICKET) {
            throw SupportException.validation("input.tags", "A ticket has at most " + MAX_PER_TICKET + " tags.");
        }
    }

    /** Tags as a history entry shows them: comma-separated, null for none. */
    static @Nullable String listed(List<String> tags) {
        return tags.isEmpty() ? null : String.join(",", tags);
    }
}
