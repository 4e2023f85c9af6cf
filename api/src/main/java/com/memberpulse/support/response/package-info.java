/**
 * Responses (SPEC section 5): canned responses, shared (admins manage them) or personal (an agent's own, seen by
 * nobody else), searchable and scoped to categories; and response templates, mustache texts rendered against a
 * ticket, among them each tenant's member notification templates (SPEC section 7).
 * <p>
 * The public face: {@link com.memberpulse.support.response.TemplateRenderer} with
 * {@link com.memberpulse.support.response.TemplateValues} (plain Java: what a template may say, and filling it in
 * with escaped values) and the services; the notification feature calls
 * {@link com.memberpulse.support.response.ResponseTemplateService#renderNotification}.
 */
@NullMarked
package com.memberpulse.support.response;

import org.jspecify.annotations.NullMarked;
