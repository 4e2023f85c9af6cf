package com.memberpulse.support.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.memberpulse.support.search.index.SearchClients;
import com.memberpulse.support.search.index.TicketIndices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Elasticsearch client ({@code memberpulse.search.url}) and the ticket indices ({@code memberpulse.search.index-prefix}). */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(@Value("${memberpulse.search.url}") String url) {
        return SearchClients.connect(url);
    }

    @Bean
    TicketIndices ticketIndices(ElasticsearchClient client, @Value("${memberpulse.search.index-prefix:}") String prefix) {
        return new TicketIndices(client, prefix);
    }
}
