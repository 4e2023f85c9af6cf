package com.memberpulse.support.category;

import com.memberpulse.support.category.internal.CategoryDetails;
import com.memberpulse.support.category.internal.CategoryMapper;
import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.input.Reordering;
import com.memberpulse.support.common.persistence.UniqueKeys;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.security.Access;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's ticket categories: listing for everyone in the tenant, changes for admins, and look-ups
 * for the ticket feature. Name uniqueness is left to the database's unique index, so concurrent writers cannot
 * both win; its violation becomes {@code CATEGORY_NAME_TAKEN}.
 */
@Service
public class CategoryService {

    private final CategoryMapper categories;
    private final Access access;

    CategoryService(CategoryMapper categories, Access access) {
        this.categories = categories;
        this.access = access;
    }

    /** Active categories in position order; archived ones too if asked for by staff (members never see them). */
    @PreAuthorize("@access.tenantUser()")
    @Transactional(readOnly = true)
    public List<Category> list(boolean includeArchived) {
        return categories.list(includeArchived && access.staff());
    }

    /** A new category, last in the order. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Category create(String name, @Nullable String description) {
        CategoryDetails details = new CategoryDetails(name, description);
        categories.lockPositions();
        return claimingName(details.name(), "input.name", () -> categories.insert(details.name(), details.nameKey(), details.description()));
    }

    /** Replaces name and description, if {@code version} is still the current one (CONFLICT otherwise). */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Category update(@Nullable UUID id, int version, String name, @Nullable String description) {
        CategoryDetails details = new CategoryDetails(name, description);
        Category updated = claimingName(details.name(), "input.name",
                () -> categories.update(id, version, details.name(), details.nameKey(), details.description()));
        if (updated == null) {
            require(id); // no such category: NOT_FOUND; otherwise the version was stale
        }
        return VersionedWrites.requireApplied(updated, "This category was changed by someone else meanwhile. Reload it and try again.");
    }

    /** Archives a category; one already archived is returned as it is. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Category archive(@Nullable UUID id) {
        Category category = require(id);
        return category.archived() ? category : categories.archive(id);
    }

    /** Restores an archived category; an active one is returned as it is. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Category restore(@Nullable UUID id) {
        Category category = require(id);
        return category.archived() ? claimingName(category.name(), null, () -> categories.restore(id)) : category;
    }

    /** Puts every category of the tenant, archived included, in the order of {@code ids}; returns them so. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public List<Category> reorder(List<UUID> ids) {
        categories.lockPositions();
        Reordering.requireEachOnce(categories.list(true).stream().map(Category::id).toList(), ids, "category",
                "category, archived ones included");
        categories.reorder(ids);
        return categories.list(true);
    }

    /**
     * The category a new ticket or a category change may use: NOT_FOUND if absent, CATEGORY_ARCHIVED if archived.
     * The row stays share-locked until the caller's transaction ends, so a concurrent archive waits for the ticket.
     */
    @Transactional
    public Category requireAssignable(@Nullable UUID id) {
        Category category = categories.findForShare(id);
        if (category == null) {
            throw SupportException.notFound("Category");
        }
        if (category.archived()) {
            throw new SupportException(ErrorCode.CATEGORY_ARCHIVED,
                    "The category '" + category.name() + "' is archived. Choose another one.");
        }
        return category;
    }

    /** The first active category in the admins' order: for a follow-up ticket whose closed ticket's category is archived. */
    @Transactional(readOnly = true)
    public Category firstActive() {
        return categories.list(false).stream().findFirst().orElseThrow(() -> new SupportException(ErrorCode.CATEGORY_ARCHIVED,
                "Every category is archived: an admin must restore or create one first."));
    }

    /** Categories by id, archived included, for batch loading (one query). */
    @Transactional(readOnly = true)
    public Map<UUID, Category> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return categories.findAll(ids).stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    /**
     * The distinct ids in the order given, each naming a category of the tenant (archived ones included); NOT_FOUND on
     * {@code field} for the first that names none. For features whose records point at categories.
     */
    @Transactional(readOnly = true)
    public List<UUID> requireAll(@Nullable List<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, Category> found = findAllById(distinct);
        for (UUID id : distinct) {
            if (!found.containsKey(id)) {
                throw new SupportException(ErrorCode.NOT_FOUND, "Category " + id + " was not found.", field);
            }
        }
        return distinct;
    }

    private Category require(@Nullable UUID id) {
        Category category = categories.find(id);
        if (category == null) {
            throw SupportException.notFound("Category");
        }
        return category;
    }

    /** Runs a write that may give a category {@code name}; the unique index refusing it means the name is taken. */
    private static <T extends @Nullable Category> T claimingName(String name, @Nullable String field, Supplier<T> write) {
        return UniqueKeys.claiming(write,
                () -> new SupportException(ErrorCode.CATEGORY_NAME_TAKEN, "A category named '" + Echo.of(name) + "' already exists (names are compared ignoring case, spaces and invisible characters).", field));
    }
}
