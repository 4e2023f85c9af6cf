package com.memberpulse.support.response;

import com.memberpulse.support.common.input.Ids;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Response templates over GraphQL. Who may do what is decided in {@link ResponseTemplateService}. */
@Controller
class ResponseTemplateController {

    private final ResponseTemplateService templates;

    ResponseTemplateController(ResponseTemplateService templates) {
        this.templates = templates;
    }

    @QueryMapping
    List<ResponseTemplate> responseTemplates(@Argument ResponseTemplateKind kind) {
        return templates.list(kind);
    }

    @QueryMapping
    RenderedResponse renderResponseTemplate(@Argument String id, @Argument String ticketId) {
        return templates.render(Ids.of(id), Ids.of(ticketId));
    }

    @QueryMapping
    RenderedResponse previewResponseTemplate(@Argument PreviewResponseTemplateInput input) {
        return templates.preview(input.kind(), input.subject(), input.body(), Ids.of(input.ticketId()));
    }

    @MutationMapping
    ResponseTemplate createResponseTemplate(@Argument CreateResponseTemplateInput input) {
        return templates.create(input.name(), input.body());
    }

    @MutationMapping
    ResponseTemplate updateResponseTemplate(@Argument UpdateResponseTemplateInput input) {
        return templates.update(Ids.of(input.id()), input.version(), input.name(), input.subject(), input.body());
    }

    @MutationMapping
    String deleteResponseTemplate(@Argument String id) {
        templates.delete(Ids.of(id));
        return id;
    }

    record CreateResponseTemplateInput(String name, String body) {
    }

    record PreviewResponseTemplateInput(ResponseTemplateKind kind, String subject, String body, String ticketId) {
    }

    record UpdateResponseTemplateInput(String id, int version, String name, String subject, String body) {
    }
}
