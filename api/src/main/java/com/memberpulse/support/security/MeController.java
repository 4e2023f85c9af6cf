package com.memberpulse.support.security;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code me}: the caller as the service sees them. */
@Controller
class MeController {

    @QueryMapping
    CurrentUser me() {
        return CurrentUser.get();
    }

    @SchemaMapping(typeName = "Me", field = "username")
    String username(CurrentUser user) {
        return user.username() != null ? user.username() : user.userId();
    }
}
