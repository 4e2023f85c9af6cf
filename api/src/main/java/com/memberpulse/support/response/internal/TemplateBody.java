package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.response.TemplateRenderer;
import java.util.Map;

/**
 * A body as stored: sanitised rich text that may hold template variables, and the same without markup for search.
 * It is checked before sanitising, so the author reads about the template they wrote, and after, because the
 * sanitiser rewrites text ({@code >} becomes {@code &gt;}) and what is stored must render.
 */
public record TemplateBody(String html, String text) {

    private static final int MAX_LENGTH = 20_000;

    public static TemplateBody of(String body, String field) {
        if (body != null && body.length() > MAX_LENGTH) {
            throw SupportException.validation(field, "A body can have at most " + MAX_LENGTH + " characters.");
        }
        requireRenderable(body, field);
        String html = RichText.sanitize(body);
        String text = RichText.plainText(html);
        if (text.isEmpty()) {
            throw SupportException.validation(field, "A body with some text is required.");
        }
        requireRenderable(html, field);
        return new TemplateBody(html, text);
    }

    /**
     * VALIDATION_FAILED on {@code field} when {@code template} cannot be saved: the message names the problem, and
     * {@code extensions.line} its line, for an editor to mark.
     */
    static void requireRenderable(String template, String field) {
        TemplateRenderer.problem(template).ifPresent(problem -> {
            throw problem.line() == null ? SupportException.validation(field, problem.message())
                    : SupportException.validation(field, problem.message(), Map.of("line", problem.line()));
        });
    }
}
