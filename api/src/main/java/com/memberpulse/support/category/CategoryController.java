package com.memberpulse.support.category;

import com.memberpulse.support.common.error.SupportException;
import java.util.List;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The category queries and mutations. Authorisation is enforced in {@link CategoryService}. */
@Controller
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @QueryMapping
    List<Category> ticketCategories(@Argument Boolean includeArchived) {
        return categories.list(Boolean.TRUE.equals(includeArchived));
    }

    @MutationMapping
    Category createTicketCategory(@Argument CreateTicketCategoryInput input) {
        return categories.create(input.name(), input.description());
    }

    @MutationMapping
    Category updateTicketCategory(@Argument UpdateTicketCategoryInput input) {
        return categories.update(categoryId(input.id()), input.version(), input.name(), input.description());
    }

    @MutationMapping
    Category archiveTicketCategory(@Argument String id) {
        return categories.archive(categoryId(id));
    }

    @MutationMapping
    Category restoreTicketCategory(@Argument String id) {
        return categories.restore(categoryId(id));
    }

    @MutationMapping
    List<Category> reorderTicketCategories(@Argument List<String> ids) {
        return categories.reorder(ids.stream().map(CategoryController::listedId).toList());
    }

    /** A malformed id names no category, so it answers like an unknown one. */
    private static UUID categoryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw SupportException.notFound("Category");
        }
    }

    private static UUID listedId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw SupportException.validation("ids", "Every value in ids must be a category id.");
        }
    }

    record CreateTicketCategoryInput(String name, String description) {
    }

    record UpdateTicketCategoryInput(String id, int version, String name, String description) {
    }
}
