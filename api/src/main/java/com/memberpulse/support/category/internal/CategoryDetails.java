package com.memberpulse.support.category.internal;

import com.memberpulse.support.common.text.TextInput;

/**
 * The text an admin gives a category, normalised as it is stored ({@link TextInput}): the name on one line, the
 * description keeping its lines, blank meaning none. Uniqueness is the database's to decide, on the name's
 * {@link #nameKey()} (see the V10 migration).
 */
public record CategoryDetails(String name, String description) {

    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_DESCRIPTION_LENGTH = 500;

    public CategoryDetails {
        name = TextInput.line(name, "input.name", MAX_NAME_LENGTH, "A category name");
        description = TextInput.optionalText(description, "input.description", MAX_DESCRIPTION_LENGTH, "A category description");
    }

    /** What another active category's name must not share: case, spaces, invisible characters and look-alike forms folded. */
    public String nameKey() {
        return TextInput.key(name);
    }
}
