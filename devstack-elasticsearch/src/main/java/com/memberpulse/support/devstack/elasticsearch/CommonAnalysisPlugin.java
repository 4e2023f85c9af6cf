package com.memberpulse.support.devstack.elasticsearch;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The token filters of Elasticsearch's {@code analysis-common} module that the service's index mappings use:
 * {@code stemmer} (languages {@code english}/{@code porter}, {@code possessive_english}, {@code minimal_english}) and
 * {@code asciifolding}. That module is not published to Maven Central, so this node builds them from the Lucene
 * classes the module itself wraps; a real cluster has the module, and the mappings are the same for both.
 */
public class CommonAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisModule.AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", (indexSettings, environment, name, settings) -> stemmer(name, settings.get("language", settings.get("name", "english"))),
                "asciifolding", (indexSettings, environment, name, settings) -> {
                    boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
                    return filter(name, stream -> new ASCIIFoldingFilter(stream, preserveOriginal), true);
                });
    }

    private static TokenFilterFactory stemmer(String name, String language) {
        return switch (language) {
            case "english", "porter" -> filter(name, PorterStemFilter::new, false);
            case "possessive_english" -> filter(name, EnglishPossessiveFilter::new, false);
            case "minimal_english" -> filter(name, EnglishMinimalStemFilter::new, false);
            default -> throw new IllegalArgumentException("The devstack node's stemmer knows english, porter, possessive_english and"
                    + " minimal_english, not '" + language + "'");
        };
    }

    /** A filter; {@code normalizes} if it also applies to the terms of wildcard, prefix and fuzzy queries (folding does). */
    private static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> filter, boolean normalizes) {
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream stream) {
                return filter.apply(stream);
            }

            @Override
            public TokenStream normalize(TokenStream stream) {
                return normalizes ? filter.apply(stream) : stream;
            }
        };
    }
}
