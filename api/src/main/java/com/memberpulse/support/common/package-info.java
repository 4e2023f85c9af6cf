/**
 * What every feature shares: the error model (stable codes, one JSON shape for GraphQL and HTTP), the
 * GraphQL conventions (signed cursors, page sizes, limits) and the HTTP hardening around them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.memberpulse.support.common;

import org.springframework.modulith.ApplicationModule;
