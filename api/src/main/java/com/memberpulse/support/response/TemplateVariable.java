package com.memberpulse.support.response;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The variables a template or canned response may use, each with where its value comes from. The list is closed:
 * a template naming anything else is refused when saved, never rendered with a blank. The schema documents the
 * same list on {@code ResponseTemplate.body}.
 */
enum TemplateVariable {
    MEMBER_FIRST_NAME("member.firstName", TemplateValues::memberFirstName),
    MEMBER_LAST_NAME("member.lastName", TemplateValues::memberLastName),
    MEMBER_NAME("member.name", TemplateValues::memberName),
    MEMBER_EMAIL("member.email", TemplateValues::memberEmail),
    TICKET_NUMBER("ticket.number", v -> Long.toString(v.ticketNumber())),
    TICKET_REFERENCE("ticket.reference", v -> "#" + v.ticketNumber()),
    TICKET_SUBJECT("ticket.subject", TemplateValues::ticketSubject),
    TICKET_STATUS("ticket.status", TemplateValues::statusInWords),
    TICKET_PRIORITY("ticket.priority", TemplateValues::priorityInWords),
    TICKET_CATEGORY("ticket.category", TemplateValues::categoryName),
    AGENT_NAME("agent.name", TemplateValues::agentName),
    AGENT_FIRST_NAME("agent.firstName", TemplateValues::agentFirstName),
    AGENT_EMAIL("agent.email", TemplateValues::agentEmail),
    CLIENT_NAME("client.name", TemplateValues::clientName),
    TICKET_URL("ticket.url", v -> v.notice().ticketUrl()),
    /** The one variable that brings markup: the renderer puts the (sanitised) reply in place of its escaped value. */
    REPLY_BODY("reply.body", v -> v.notice().replyHtml()),
    SLA_TARGET("sla.target", v -> v.notice().slaTarget()),
    SLA_STATE("sla.state", v -> v.notice().slaState());

    private static final Map<String, TemplateVariable> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TemplateVariable::key, Function.identity()));

    private final String key;
    private final Function<TemplateValues, String> value;

    TemplateVariable(String key, Function<TemplateValues, String> value) {
        this.key = key;
        this.value = value;
    }

    /** The name as written in a template, between the mustaches: {@code member.firstName}. */
    String key() {
        return key;
    }

    /** This variable's value for a ticket; empty (never null) when unknown. */
    String valueIn(TemplateValues values) {
        String text = value.apply(values);
        return text == null ? "" : text;
    }

    static Optional<TemplateVariable> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every key, comma-separated, for messages that tell a person what they may write. */
    static String allKeys() {
        return Arrays.stream(values()).map(TemplateVariable::key).collect(Collectors.joining(", "));
    }
}
