package com.memberpulse.support.response;

/**
 * A canned response or template filled in for a ticket: the body is sanitised rich text, the subject (notification
 * templates only, else null) plain text.
 */
public record RenderedResponse(String subject, String body) {
}
