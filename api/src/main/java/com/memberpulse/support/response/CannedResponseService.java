package com.memberpulse.support.response;

import com.memberpulse.support.category.CategoryService;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.UniqueKeys;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.response.internal.CannedResponseDetails;
import com.memberpulse.support.response.internal.CannedResponseMapper;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned responses, for staff only. Everyone on the staff sees the shared ones and their own personal ones; admins
 * manage the shared ones, everyone their own. Someone else's personal response answers NOT_FOUND, exactly like one
 * that does not exist, admins included. Shortcut uniqueness per owner is left to the database's unique index.
 */
@Service
class CannedResponseService {

    private static final int MAX_SEARCH_LENGTH = 200;

    private final CannedResponseMapper responses;
    private final CategoryService categories;
    private final TicketTemplateValues ticketValues;
    private final Access access;

    CannedResponseService(CannedResponseMapper responses, CategoryService categories, TicketTemplateValues ticketValues, Access access) {
        this.responses = responses;
        this.categories = categories;
        this.ticketValues = ticketValues;
        this.access = access;
    }

    /**
     * The shared responses and the caller's own, by title. {@code search} (blank: none) matches title, shortcut and
     * text ignoring case, an exact shortcut first; {@code categoryId} keeps those for that category and those for all.
     */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public List<CannedResponse> list(@Nullable String search, @Nullable UUID categoryId) {
        String term = search == null || search.isBlank() ? null : search.strip();
        if (term != null && term.length() > MAX_SEARCH_LENGTH) {
            throw SupportException.validation("search", "A search can have at most " + MAX_SEARCH_LENGTH + " characters.");
        }
        if (categoryId != null && categories.findAllById(List.of(categoryId)).isEmpty()) {
            throw SupportException.notFound("Category");
        }
        return responses.list(CurrentUser.get().userId(), term, categoryId);
    }

    /** A new response: the caller's own, or shared if {@code shared} (admins only). */
    @PreAuthorize("@access.staff()")
    @Transactional
    public CannedResponse create(boolean shared, String title, String body, @Nullable String shortcut, @Nullable List<UUID> categoryIds) {
        if (shared && !access.admin()) {
            throw SupportException.forbidden("Only admins create shared canned responses; leave out shared to keep a personal one.");
        }
        CannedResponseDetails details = CannedResponseDetails.of(title, body, shortcut);
        List<UUID> scope = categories.requireAll(categoryIds, "input.categoryIds");
        String owner = shared ? null : CurrentUser.get().userId();
        return claimingShortcut(shared, details.shortcut(), () -> responses.insert(owner, details.title(), details.body().html(),
                details.body().text(), details.shortcut(), scope));
    }

    /** Replaces title, body, shortcut and categories, if {@code version} is still the current one (CONFLICT otherwise). */
    @PreAuthorize("@access.staff()")
    @Transactional
    public CannedResponse update(@Nullable UUID id, int version, String title, String body, @Nullable String shortcut,
                                 @Nullable List<UUID> categoryIds) {
        CannedResponse existing = visible(id);
        requireManageable(existing);
        CannedResponseDetails details = CannedResponseDetails.of(title, body, shortcut);
        List<UUID> scope = categories.requireAll(categoryIds, "input.categoryIds");
        CannedResponse updated = claimingShortcut(existing.shared(), details.shortcut(), () -> responses.update(id, version, details.title(),
                details.body().html(), details.body().text(), details.shortcut(), scope));
        return VersionedWrites.requireApplied(updated, "This canned response was changed meanwhile. Reload it and try again.");
    }

    /** Removes a response for good. */
    @PreAuthorize("@access.staff()")
    @Transactional
    public void delete(@Nullable UUID id) {
        requireManageable(visible(id));
        responses.delete(id);
    }

    /** The response's text filled in for a ticket the caller may see, for the agent to edit before sending. */
    @PreAuthorize("@access.staff()")
    @Transactional(readOnly = true)
    public RenderedResponse render(@Nullable UUID id, @Nullable UUID ticketId) {
        CannedResponse response = visible(id);
        return new RenderedResponse(null, TemplateRenderer.renderHtml(response.body(), ticketValues.forCaller(ticketId)));
    }

    private CannedResponse visible(@Nullable UUID id) {
        CannedResponse response = id == null ? null : responses.find(id, CurrentUser.get().userId());
        if (response == null) {
            throw SupportException.notFound("Canned response");
        }
        return response;
    }

    private void requireManageable(CannedResponse response) {
        if (response.shared() && !access.admin()) {
            throw SupportException.forbidden("Only admins change or delete shared canned responses.");
        }
    }

    /** Runs a write that may give its owner {@code shortcut}; the unique index refusing it means the owner has it already. */
    private static <T extends @Nullable CannedResponse> T claimingShortcut(boolean shared, @Nullable String shortcut, Supplier<T> write) {
        String owner = shared ? "Another shared canned response" : "Another of your canned responses";
        return UniqueKeys.claiming(write,
                () -> SupportException.validation("input.shortcut", owner + " has the shortcut '" + Echo.of(shortcut) + "'. Choose another one."));
    }
}
