package com.memberpulse.support.search;

import com.memberpulse.support.SupportApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * The search indexer on its own: the service without its web side, running only the {@code search-indexer} consumer of
 * the event backbone. Run several for more indexing throughput: they share the log's partitions through the backbone's
 * leases and never index an event twice. The API instances then run with {@code memberpulse.search.indexer-enabled=false}.
 * Same jar, same configuration as the API: {@code java -cp api.jar -Dloader.main=com.memberpulse.support.search.SearchIndexerApplication
 * org.springframework.boot.loader.launch.PropertiesLauncher} (see the README).
 */
public final class SearchIndexerApplication {

    private SearchIndexerApplication() {
    }

    public static void main(String[] args) {
        List<String> withDefaults = new ArrayList<>(List.of("--spring.main.web-application-type=none", "--memberpulse.events.consumers=" + SearchIndexer.NAME,
                "--memberpulse.search.indexer-enabled=true"));
        withDefaults.addAll(List.of(args));
        SpringApplication.run(SupportApplication.class, withDefaults.toArray(String[]::new));
    }
}
