package com.memberpulse.support.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One start and one restart: the node is slow enough to start that every check shares them. */
class ElasticsearchServerTest {

    private static final String TICKETS = """
        {
          "settings": {"number_of_shards": 1, "number_of_replicas": 0},
          "mappings": {
            "_routing": {"required": true},
            "properties": {
              "tenant": {"type": "keyword"},
              "subject": {"type": "text"},
              "created": {"type": "date"},
              "embedding": {"type": "dense_vector", "dims": 3, "index": true, "similarity": "cosine"}
            }
          }
        }""";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void searchesAndKeepsItsDataAcrossARestart() throws Exception {
        Path dataDir = tmp.resolve("elasticsearch");
        String firstUrl;
        try (var server = ElasticsearchServer.start(dataDir, 0)) {
            firstUrl = server.httpUrl();
            assertThat(firstUrl).matches("http://127\\.0\\.0\\.1:\\d+");

            var info = send(server, "GET", "/", null);
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"number\":\"9.5.3\"", "\"cluster_name\":", "\"tagline\":");
            assertThat(send(server, "HEAD", "/", null).statusCode()).isEqualTo(200);

            assertOk(send(server, "PUT", "/tickets", TICKETS));
            assertOk(send(server, "PUT", "/tickets/_doc/1?routing=acme", """
                {"tenant": "acme", "subject": "Printer on fire", "created": "2025-01-02T10:00:00Z", "embedding": [1, 0, 0]}"""));
            assertOk(send(server, "PUT", "/tickets/_doc/2?routing=globex", """
                {"tenant": "globex", "subject": "Printer out of paper", "created": "2025-01-03T10:00:00Z", "embedding": [0, 1, 0]}"""));
            assertOk(send(server, "POST", "/tickets/_refresh", null));

            var search = send(server, "POST", "/tickets/_search", """
                {
                  "query": {"bool": {
                    "must": [{"match": {"subject": "printer"}}],
                    "filter": [{"range": {"created": {"gte": "2025-01-01"}}}]
                  }},
                  "aggs": {"tenants": {"terms": {"field": "tenant"}}}
                }""");
            assertOk(search);
            assertThat(search.body()).contains("\"total\":{\"value\":2,", "{\"key\":\"acme\",\"doc_count\":1}",
                "{\"key\":\"globex\",\"doc_count\":1}");

            var knn = send(server, "POST", "/tickets/_search", """
                {
                  "knn": {"field": "embedding", "query_vector": [0.9, 0.1, 0], "k": 1, "num_candidates": 10,
                          "filter": {"term": {"tenant": "acme"}}},
                  "_source": ["subject"]
                }""");
            assertOk(knn);
            assertThat(knn.body()).contains("\"_id\":\"1\"", "Printer on fire").doesNotContain("\"_id\":\"2\"");

            server.close();
            server.close(); // idempotent
            assertThatThrownBy(() -> send(server, "GET", "/", null)).isInstanceOf(ConnectException.class);
        }

        try (var restarted = ElasticsearchServer.start(dataDir, 0)) {
            var doc = send(restarted, "GET", "/tickets/_doc/1?routing=acme", null);
            assertThat(doc.body()).contains("\"found\":true", "Printer on fire");
        }
    }

    private HttpResponse<String> send(ElasticsearchServer server, String method, String path, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.httpUrl() + path))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }
}
