package com.memberpulse.support.response;

import com.memberpulse.support.category.Category;
import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gathers the {@link TemplateValues} of a ticket: its category's name and the tenant's (association's) name. */
@Component
class TicketTemplateValues {

    private final TicketService tickets;
    private final CategoryService categories;

    TicketTemplateValues(TicketService tickets, CategoryService categories) {
        this.tickets = tickets;
        this.categories = categories;
    }

    /** For the agent composing a reply: a ticket the caller may see (NOT_FOUND otherwise), the caller as the agent. */
    TemplateValues forCaller(@Nullable UUID ticketId) {
        Ticket ticket = tickets.get(ticketId);
        CurrentUser user = CurrentUser.get();
        return of(ticket, user.displayName(), user.email());
    }

    /** The {@link TemplateValues#sample sample ticket}, in the current tenant (its name is the association's). */
    TemplateValues sample() {
        return TemplateValues.sample(TenantContext.require().name());
    }

    TemplateValues of(Ticket ticket, @Nullable String agentName, @Nullable String agentEmail) {
        Category category = categories.findAllById(List.of(ticket.categoryId())).get(ticket.categoryId());
        return TemplateValues.of(ticket, category == null ? null : category.name(), agentName, agentEmail,
                TenantContext.require().name());
    }
}
