package com.memberpulse.support.response;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.UniqueKeys;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.response.internal.ResponseTemplateDetails;
import com.memberpulse.support.response.internal.ResponseTemplateMapper;
import com.memberpulse.support.response.internal.ResponseTemplateText;
import com.memberpulse.support.ticket.Ticket;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response templates: staff list and render them, admins manage them. The member notifications are written with the
 * tenant's STATUS_CHANGED and NEW_REPLY templates, which every tenant has from its migration: editable, not
 * deletable. Name uniqueness is left to the database's unique index.
 */
@Service
public class ResponseTemplateService {

    private final ResponseTemplateMapper templates;
    private final TicketTemplateValues ticketValues;

    ResponseTemplateService(ResponseTemplateMapper templates, TicketTemplateValues ticketValues) {
        this.templates = templates;
        this.ticketValues = ticketValues;
    }

    /** The templates by name; only those of {@code kind} if it is given. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<ResponseTemplate> list(@Nullable ResponseTemplateKind kind) {
        return templates.list(kind);
    }

    /** A new reply template (the notification templates exist already). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public ResponseTemplate create(String name, String body) {
        ResponseTemplateDetails details = ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, name, null, body);
        return claimingName(details.name(), () -> templates.insertReply(details.name(), details.body().html()));
    }

    /** Replaces name, subject (notifications only) and body, if {@code version} is still the current one (CONFLICT otherwise). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public ResponseTemplate update(@Nullable UUID id, int version, String name, @Nullable String subject, String body) {
        ResponseTemplate existing = require(id);
        ResponseTemplateDetails details = ResponseTemplateDetails.of(existing.kind(), name, subject, body);
        ResponseTemplate updated = claimingName(details.name(),
                () -> templates.update(id, version, details.name(), details.subject(), details.body().html()));
        return VersionedWrites.requireApplied(updated, "This response template was changed meanwhile. Reload it and try again.");
    }

    /** Removes a reply template for good; notification templates are refused (VALIDATION_FAILED on {@code id}). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public void delete(@Nullable UUID id) {
        ResponseTemplate template = require(id);
        if (!template.deletable()) {
            throw SupportException.validation("id", "'" + template.name() + "' is what members' " + template.kind()
                    + " notifications are written with: it can be edited but not deleted.");
        }
        templates.deleteReply(id);
    }

    /** The template filled in for a ticket the caller may see, with the caller as the agent. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public RenderedResponse render(@Nullable UUID id, @Nullable UUID ticketId) {
        return render(require(id), ticketValues.forCaller(ticketId));
    }

    /**
     * An unsaved template's text filled in, to preview it while it is written: validated as saving would validate it
     * (the same errors, on the same fields), then rendered for a ticket the caller may see with the caller as the
     * agent, or for the {@link TemplateValues#sample sample ticket} when {@code ticketId} is null. Nothing is stored.
     * Staff, like {@link #render}: agents preview what they write for their own canned responses too.
     */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public RenderedResponse preview(ResponseTemplateKind kind, @Nullable String subject, String body, @Nullable UUID ticketId) {
        ResponseTemplateText text = ResponseTemplateText.of(kind, subject, body);
        TemplateValues values = ticketId == null ? ticketValues.sample() : ticketValues.forCaller(ticketId);
        return render(text.subject(), text.body().html(), values);
    }

    /**
     * A notification about {@code ticket}, written with the tenant's template of {@code kind}: for the notification
     * feature, in the ticket's tenant, without authorisation of its own (the caller decides who is notified).
     * {@code agentName} and {@code agentEmail} are those of the staff user who acted (the assignee, for staff
     * notifications), null if none did; {@code notice} what only a notification has. A reply notification whose
     * template leaves the reply out gets it after its text: the member always reads what staff wrote.
     */
    @Transactional(readOnly = true)
    public RenderedResponse renderNotification(ResponseTemplateKind kind, Ticket ticket, @Nullable String agentName,
                                               @Nullable String agentEmail, TemplateValues.NoticeValues notice) {
        if (!kind.isNotification()) {
            throw new IllegalArgumentException(kind + " is not a notification kind");
        }
        ResponseTemplate template = templates.findNotification(kind);
        RenderedResponse rendered = render(template, ticketValues.of(ticket, agentName, agentEmail).withNotice(notice));
        if (kind == ResponseTemplateKind.NEW_REPLY && notice.replyHtml() != null && !TemplateRenderer.showsReply(template.body())) {
            return new RenderedResponse(rendered.subject(),
                    rendered.body() + "<blockquote>" + RichText.sanitize(notice.replyHtml()) + "</blockquote>");
        }
        return rendered;
    }

    private static RenderedResponse render(ResponseTemplate template, TemplateValues values) {
        return render(template.subject(), template.body(), values);
    }

    private static RenderedResponse render(@Nullable String subject, String body, TemplateValues values) {
        return new RenderedResponse(subject == null ? null : TemplateRenderer.renderLine(subject, values),
                TemplateRenderer.renderHtml(body, values));
    }

    private ResponseTemplate require(@Nullable UUID id) {
        ResponseTemplate template = id == null ? null : templates.find(id);
        if (template == null) {
            throw SupportException.notFound("Response template");
        }
        return template;
    }

    /** Runs a write that may give a template {@code name}; the unique index refusing it means the name is taken. */
    private static <T extends @Nullable ResponseTemplate> T claimingName(String name, Supplier<T> write) {
        return UniqueKeys.claiming(write,
                () -> SupportException.validation("input.name", "A response template named '" + Echo.of(name) + "' already exists."));
    }
}
