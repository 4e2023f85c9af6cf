package com.memberpulse.support.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/** A request that runs past the time limit is answered with TIMEOUT instead of hanging. */
class GraphQlRequestErrorsTest {

    @Test
    void aRequestThatDoesNotFinishInTimeIsAnsweredWithTimeout() {
        GraphQlRequestErrors interceptor = new GraphQlRequestErrors(Duration.ofMillis(50), new GraphQlRefusals(12, 2000));
        WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                null, null, Map.of(), Map.of("query", "{ me { userId } }"), "1", null);

        WebGraphQlResponse response = interceptor.intercept(request, r -> Mono.never()).block(Duration.ofSeconds(5));

        assertThat(response).isNotNull();
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().getFirst().getExtensions()).containsEntry("code", "TIMEOUT");
    }
}
