package com.memberpulse.support.response;

import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.category.Category;
import com.memberpulse.support.category.CategoryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Canned responses over GraphQL. Who may do what is decided in {@link CannedResponseService}. */
@Controller
class CannedResponseController {

    private final CannedResponseService responses;
    private final CategoryService categories;

    CannedResponseController(CannedResponseService responses, CategoryService categories) {
        this.responses = responses;
        this.categories = categories;
    }

    @QueryMapping
    List<CannedResponse> cannedResponses(@Argument String search, @Argument String categoryId) {
        return responses.list(search, Ids.of(categoryId));
    }

    @QueryMapping
    RenderedResponse renderCannedResponse(@Argument String id, @Argument String ticketId) {
        return responses.render(Ids.of(id), Ids.of(ticketId));
    }

    @MutationMapping
    CannedResponse createCannedResponse(@Argument CreateCannedResponseInput input) {
        return responses.create(Boolean.TRUE.equals(input.shared()), input.title(), input.body(), input.shortcut(),
                Ids.all(input.categoryIds()));
    }

    @MutationMapping
    CannedResponse updateCannedResponse(@Argument UpdateCannedResponseInput input) {
        return responses.update(Ids.of(input.id()), input.version(), input.title(), input.body(), input.shortcut(),
                Ids.all(input.categoryIds()));
    }

    @MutationMapping
    String deleteCannedResponse(@Argument String id) {
        responses.delete(Ids.of(id));
        return id;
    }

    /** The categories of a page of responses in one query, in each response's order. */
    @BatchMapping(typeName = "CannedResponse", field = "categories")
    Map<CannedResponse, List<Category>> categories(List<CannedResponse> page) {
        Map<UUID, Category> byId = categories.findAllById(page.stream().flatMap(r -> r.categoryIds().stream()).distinct().toList());
        Map<CannedResponse, List<Category>> result = new LinkedHashMap<>();
        page.forEach(response -> result.put(response, response.categoryIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
        return result;
    }

    record CreateCannedResponseInput(String title, String body, String shortcut, List<String> categoryIds, Boolean shared) {
    }

    record UpdateCannedResponseInput(String id, int version, String title, String body, String shortcut, List<String> categoryIds) {
    }
}
