package com.memberpulse.support.common.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one GraphQL request may ask for, so that no single caller can exhaust the service.
 *
 * @param maxDepth        deepest selection nesting allowed
 * @param maxComplexity   most fields one request may select (graphql-java's field count)
 * @param maxRequestBytes largest request body accepted on /graphql
 * @param timeout         longest a request may run before it is answered with TIMEOUT
 */
@ConfigurationProperties("memberpulse.graphql")
record GraphQlLimits(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("2000") int maxComplexity,
        @DefaultValue("65536") int maxRequestBytes,
        @DefaultValue("30s") Duration timeout) {
}
