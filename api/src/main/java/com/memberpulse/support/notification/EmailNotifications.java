package com.memberpulse.support.notification;

import com.memberpulse.support.assignment.SupportAgent;
import com.memberpulse.support.assignment.SupportTeamService;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.message.Message;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.message.MessageLookup;
import com.memberpulse.support.notification.NotificationDelivery.Channel;
import com.memberpulse.support.notification.NotificationDelivery.Kind;
import com.memberpulse.support.notification.internal.NotificationMapper.StoredSettings;
import com.memberpulse.support.response.RenderedResponse;
import com.memberpulse.support.response.ResponseTemplateKind;
import com.memberpulse.support.response.ResponseTemplateService;
import com.memberpulse.support.response.TemplateValues.NoticeValues;
import com.memberpulse.support.sla.SlaEvents;
import com.memberpulse.support.sla.SlaTargetKind;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAutomation;
import com.memberpulse.support.ticket.TicketEvent.AssigneeChanged;
import com.memberpulse.support.ticket.TicketEvent.StatusChanged;
import com.memberpulse.support.ticket.TicketStatus;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail notifications, a consumer of the event backbone: the member on every status change and public staff reply
 * (with the reply), the agent a ticket is assigned to, the assignee or the admins on an SLA escalation; written with
 * the tenant's templates. Events wait {@code coalesce-window} before they are handled, so that the member's changes
 * recorded within that time of the first are told in one e-mail; the later ones find they were told and pass. Sent,
 * then recorded: at least once (SPEC section 7).
 */
@Component
class EmailNotifications extends NotificationConsumer {

    static final String NAME = "notification-email";
    private static final Set<String> TYPES = Set.of(StatusChanged.TYPE, MessageAdded.TYPE, AssigneeChanged.TYPE, SlaEvents.WARNING,
            SlaEvents.BREACHED);

    private final NotificationSettingsService settings;
    private final NotificationProperties properties;
    private final TicketAutomation tickets;
    private final MessageLookup messages;
    private final EventLog log;
    private final SupportTeamService team;
    private final ResponseTemplateService templates;
    private final MemberPreferences preferences;
    private final DeliveryLog deliveries;
    private final UnsubscribeLinks links;
    private final Mailer mailer;

    EmailNotifications(NotificationSettingsService settings, NotificationProperties properties, TicketAutomation tickets, MessageLookup messages,
                       EventLog log, SupportTeamService team, ResponseTemplateService templates, MemberPreferences preferences,
                       DeliveryLog deliveries, UnsubscribeLinks links, Mailer mailer) {
        super(NAME, TYPES, properties);
        this.settings = settings;
        this.properties = properties;
        this.tickets = tickets;
        this.messages = messages;
        this.log = log;
        this.team = team;
        this.templates = templates;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.links = links;
        this.mailer = mailer;
    }

    @Override
    public Duration delay() {
        return properties.coalesceWindow();
    }

    @Override
    public void handle(DomainEvent event) throws MessagingException {
        StoredSettings current = settings.current();
        Optional<Ticket> ticket = event.ticketId() == null ? Optional.empty() : tickets.find(event.ticketId());
        if (!current.emailEnabled() || ticket.isEmpty()) {
            return;
        }
        switch (event.type()) {
            case AssigneeChanged.TYPE -> toAssignee(event, ticket.get(), current);
            case SlaEvents.WARNING, SlaEvents.BREACHED -> onEscalation(event, ticket.get(), current);
            default -> {
                if (tellsMember(event)) {
                    toMember(event, ticket.get(), current);
                }
            }
        }
    }

    /** Status changes and public staff replies are the member's to hear of; their own replies and notes are not. */
    private static boolean tellsMember(DomainEvent event) {
        return switch (event.type()) {
            case StatusChanged.TYPE -> true;
            case MessageAdded.TYPE -> {
                MessageAdded added = event.payload(MessageAdded.class);
                yield added.visibility() == Message.Visibility.PUBLIC && added.authorRole() == Message.AuthorRole.STAFF;
            }
            default -> false;
        };
    }

    /** One e-mail for the burst that starts at {@code event}: its replies, then the status it left the ticket in. */
    private void toMember(DomainEvent event, Ticket ticket, StoredSettings current) throws MessagingException {
        String address = TextInput.isBlank(ticket.requesterEmail()) ? null : ticket.requesterEmail();
        String recipient = address == null ? "member" : address;
        if (deliveries.told(ticket.id(), event.id(), Channel.EMAIL, recipient)) {
            return;
        }
        List<DomainEvent> burst = new ArrayList<>(List.of(event));
        log.followingWithin(event, properties.coalesceWindow()).stream().filter(EmailNotifications::tellsMember).forEach(burst::add);
        List<Long> eventIds = burst.stream().map(DomainEvent::id).toList();
        Kind kind = burst.size() > 1 ? Kind.UPDATES : Kind.of(event.type());
        if (address == null) {
            deliveries.skipped(ticket.id(), Channel.EMAIL, kind, recipient, "The member has no e-mail address.", eventIds);
            return;
        }
        if (preferences.optedOut(ticket.requesterId())) {
            deliveries.skipped(ticket.id(), Channel.EMAIL, kind, recipient, "The member opted out of e-mail.", eventIds);
            return;
        }
        String tenant = TenantContext.require().slug();
        String url = properties.memberTicketUrl(tenant, ticket.id());
        List<RenderedResponse> parts = new ArrayList<>();
        TicketStatus toldStatus = null;
        for (DomainEvent change : burst) {
            if (change.type().equals(MessageAdded.TYPE)) {
                Optional<Message> reply = messages.find(change.payload(MessageAdded.class).messageId());
                reply.ifPresent(message -> parts.add(templates.renderNotification(ResponseTemplateKind.NEW_REPLY, ticket, message.authorName(),
                        null, NoticeValues.reply(url, message.body()))));
            } else {
                toldStatus = change.payload(StatusChanged.class).to();
            }
        }
        if (toldStatus != null) {
            parts.add(templates.renderNotification(ResponseTemplateKind.STATUS_CHANGED, ticket, null, null,
                    NoticeValues.statusChange(url, toldStatus)));
        }
        if (parts.isEmpty()) {
            return;
        }
        String subject = parts.getFirst().subject();
        String body = parts.stream().map(RenderedResponse::body).collect(Collectors.joining("<hr>"));
        String unsubscribe = links.url(tenant, ticket.requesterId());
        String footer = "You get this e-mail about your request " + HtmlUtils.htmlEscape("#" + ticket.number()) + " with "
                + HtmlUtils.htmlEscape(TenantContext.require().name()) + ". <a href=\"" + HtmlUtils.htmlEscape(unsubscribe)
                + "\">Unsubscribe from these e-mails</a>.";
        Map<String, String> headers = threadHeaders(ticket, current);
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        send(current, address, ticket.requesterName(), subject, body, url, footer, messageId(event, address, current), headers);
        deliveries.sent(ticket.id(), Channel.EMAIL, kind, address, subject, eventIds,
                "E-mailed the member (" + ticket.requesterName() + "): " + subject);
    }

    private void toAssignee(DomainEvent event, Ticket ticket, StoredSettings current) throws MessagingException {
        AssigneeChanged change = event.payload(AssigneeChanged.class);
        // Handed on again meanwhile: the later assignee hears of it, not this one.
        if (change.to() == null || log.recordedAfter(event, AssigneeChanged.TYPE)) {
            return;
        }
        Optional<SupportAgent> agent = team.activeAgent(change.to());
        if (agent.isPresent()) {
            String url = properties.staffTicketUrl(TenantContext.require().slug(), ticket.id());
            RenderedResponse rendered = templates.renderNotification(ResponseTemplateKind.ASSIGNED, ticket, agent.get().name(),
                    agent.get().email(), NoticeValues.link(url));
            toStaff(event, ticket, current, agent.get(), Kind.ASSIGNED, rendered, url);
        }
    }

    private void onEscalation(DomainEvent event, Ticket ticket, StoredSettings current) throws MessagingException {
        SlaEvents.Escalated escalated = event.payload(SlaEvents.Escalated.class);
        Optional<SupportAgent> assignee = ticket.assigneeId() == null ? Optional.empty() : team.activeAgent(ticket.assigneeId());
        Map<String, SupportAgent> recipients = new LinkedHashMap<>();
        if (escalated.notifyAssignee()) {
            assignee.ifPresent(agent -> recipients.put(agent.id(), agent));
        }
        if (escalated.notifyAdmins()) {
            team.activeAdmins().forEach(admin -> recipients.putIfAbsent(admin.id(), admin));
        }
        String url = properties.staffTicketUrl(TenantContext.require().slug(), ticket.id());
        NoticeValues notice = NoticeValues.escalation(url, escalated.target() == SlaTargetKind.FIRST_RESPONSE ? "first response" : "resolution",
                event.type().equals(SlaEvents.WARNING) ? "at risk" : "breached");
        RenderedResponse rendered = templates.renderNotification(ResponseTemplateKind.ESCALATED, ticket, ticket.assigneeName(),
                assignee.map(SupportAgent::email).orElse(null), notice);
        for (SupportAgent recipient : recipients.values()) {
            toStaff(event, ticket, current, recipient, Kind.ESCALATED, rendered, url);
        }
    }

    private void toStaff(DomainEvent event, Ticket ticket, StoredSettings current, SupportAgent to, Kind kind, RenderedResponse rendered,
                         String url) throws MessagingException {
        String address = TextInput.isBlank(to.email()) ? null : to.email();
        String recipient = address == null ? to.name() : address;
        if (deliveries.told(ticket.id(), event.id(), Channel.EMAIL, recipient)) {
            return;
        }
        if (address == null) {
            deliveries.skipped(ticket.id(), Channel.EMAIL, kind, recipient, to.name() + " has no e-mail address.", List.of(event.id()));
            return;
        }
        String footer = "You get this e-mail as support staff of " + HtmlUtils.htmlEscape(TenantContext.require().name()) + ".";
        send(current, address, to.name(), rendered.subject(), rendered.body(), url, footer, messageId(event, address, current),
                threadHeaders(ticket, current));
        deliveries.sent(ticket.id(), Channel.EMAIL, kind, address, rendered.subject(), List.of(event.id()),
                "E-mailed " + to.name() + ": " + rendered.subject());
    }

    private void send(StoredSettings current, String to, @Nullable String toName, String subject, String body, String ticketUrl,
                      String footerHtml, String messageId, Map<String, String> headers) throws MessagingException {
        // The templates write the ticket's address as text (an editor keeps no link to a placeholder): linked here.
        String escapedUrl = HtmlUtils.htmlEscape(ticketUrl);
        String linked = body.replace(escapedUrl, "<a href=\"" + escapedUrl + "\">" + escapedUrl + "</a>");
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:system-ui,-apple-system,"
                + "'Segoe UI',sans-serif;line-height:1.5;color:#1f2328\">" + linked
                + "<hr><p style=\"font-size:12px;color:#59636e\">" + footerHtml + "</p></body></html>";
        headers.put("Auto-Submitted", "auto-generated");
        Tenant tenant = TenantContext.require();
        mailer.send(new Mailer.Mail(from(current), current.fromName() == null ? tenant.name() : current.fromName(), current.replyToAddress(),
                to, toName, subject, MailText.of(linked + "<hr><p>" + footerHtml + "</p>"), html, messageId, headers));
    }

    private String from(StoredSettings current) {
        return current.fromAddress() == null ? properties.mailFrom() : current.fromAddress();
    }

    /** The same for every attempt at one notification to one recipient, so a second copy is recognised as one. */
    private String messageId(DomainEvent event, String recipient, StoredSettings current) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(recipient.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "notification." + event.id() + "." + HexFormat.of().formatHex(digest, 0, 6) + "@" + domain(current);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Every e-mail about a ticket refers to one thread id, so that mail clients show them together. */
    private Map<String, String> threadHeaders(Ticket ticket, StoredSettings current) {
        Map<String, String> headers = new LinkedHashMap<>();
        String thread = "<ticket." + ticket.id() + "@" + domain(current) + ">";
        headers.put("In-Reply-To", thread);
        headers.put("References", thread);
        return headers;
    }

    private String domain(StoredSettings current) {
        String from = from(current);
        return from.substring(from.indexOf('@') + 1);
    }
}
