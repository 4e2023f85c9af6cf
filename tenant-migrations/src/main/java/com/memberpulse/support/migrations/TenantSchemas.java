package com.memberpulse.support.migrations;

import java.util.regex.Pattern;

/** The rules for tenant slugs and the schema names derived from them. Raw input never names a schema. */
public final class TenantSchemas {

    /** The schema of the tenant registry, the outbox and other cross-tenant tables. */
    public static final String CONTROL_SCHEMA = "support_control";

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 40;

    private TenantSchemas() {
    }

    /** Whether the slug is acceptable: lower-case letters and digits in words joined by single hyphens, 2 to 40 characters, starting with a letter. */
    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() >= MIN_LENGTH && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    /** Why a slug is refused, or null if it is fine: a message a person can act on. */
    public static String slugProblem(String slug) {
        if (slug == null || slug.isBlank()) {
            return "A tenant slug is required.";
        }
        if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
            return "A tenant slug must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.";
        }
        if (!SLUG.matcher(slug).matches()) {
            return "A tenant slug may contain only lower-case letters and digits, in words joined by single hyphens, and must start with a letter (e.g. 'acme-society').";
        }
        return null;
    }

    /** The schema of a valid slug; hyphens become underscores, which the slug rule keeps unambiguous. */
    public static String schemaFor(String slug) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("Not a valid tenant slug");
        }
        return "tenant_" + slug.replace('-', '_');
    }
}
