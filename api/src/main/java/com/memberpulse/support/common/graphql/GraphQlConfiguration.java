package com.memberpulse.support.common.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** The GraphQL endpoint's conventions and limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ExtendedScalars.DateTime);
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }

    @Bean
    GraphQlRequestErrors graphQlRequestErrors(GraphQlLimits limits) {
        return new GraphQlRequestErrors(limits.timeout(), new GraphQlRefusals(limits.maxDepth(), limits.maxComplexity()));
    }

    /** The HTTP side, absent when the service runs a command without a web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Http {

        /** The same status rule for every media type: see {@link GraphQlHttpStatus}. */
        @Bean
        GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
            return new GraphQlHttpHandler(webGraphQlHandler) {
                @Override
                protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
                    return GraphQlHttpStatus.of(response.getExecutionResult());
                }
            };
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        RouterFunction<ServerResponse> graphQlEndpointRefusals(@Value("${spring.graphql.http.path:/graphql}") String path) {
            return GraphQlEndpointRefusals.routes(path);
        }

        @Bean
        GraphQlRequestSizeFilter graphQlRequestSizeFilter(GraphQlLimits limits, JsonMapper jsonMapper) {
            return new GraphQlRequestSizeFilter(limits.maxRequestBytes(), jsonMapper);
        }
    }
}
