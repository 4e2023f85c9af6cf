/**
 * The conventions every feature shares, one sub-package per concern: {@code error} (stable codes, one JSON
 * shape for GraphQL and HTTP), {@code graphql} (limits, request hardening, error mapping), {@code paging}
 * (Relay connections, signed cursors, page sizes), {@code input} (ids and reorder lists from the API),
 * {@code text} (plain text as stored and compared, rich text) and {@code persistence} (MyBatis type handlers and the versioned-write rules).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.memberpulse.support.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
