/**
 * Notifications (SPEC section 7): the member is told of every status change and public staff reply, staff of
 * assignment and escalation, by e-mail and by a signed webhook event to the host platform, each switchable per tenant.
 * Two consumers of the event backbone deliver them ({@code notification-email}, {@code notification-webhook}): retried
 * with back-off, parked after the last try and re-sent by admins, so a change is never lost because the mail server or
 * the host is down. The delivery log and the ticket's history say what was sent.
 */
@NullMarked
package com.memberpulse.support.notification;

import org.jspecify.annotations.NullMarked;
