package com.memberpulse.support.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The official Java client, writing times as ISO-8601 text (what the mappings' date fields read). */
public final class SearchClients {

    private SearchClients() {
    }

    public static ElasticsearchClient connect(String url) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return ElasticsearchClient.of(config -> config.host(url).jsonMapper(new JacksonJsonpMapper(json)));
    }
}
