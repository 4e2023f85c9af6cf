/**
 * File attachments (SPEC section 5): uploaded over HTTP ({@code POST /attachments}), checked by content
 * (allow-list, no programs), then claimed by a ticket's description, a reply or an internal note, and
 * downloaded ({@code GET /attachments/{id}}) only by those who may see what they belong to. Uploads nobody
 * claims within a day are removed. The ticket and conversation features depend on this one, never the
 * reverse: a claim copies onto the attachment what authorising a download needs. The tenant's limits
 * ({@link com.memberpulse.support.attachment.AttachmentSettings}) are its admins' to change over GraphQL. Other features see
 * {@link com.memberpulse.support.attachment.AttachmentService}, {@link
 * com.memberpulse.support.attachment.Attachment} and {@link com.memberpulse.support.attachment.AttachedTo}.
 */
@NullMarked
package com.memberpulse.support.attachment;

import org.jspecify.annotations.NullMarked;
