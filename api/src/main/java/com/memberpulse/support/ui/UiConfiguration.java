package com.memberpulse.support.ui;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the built screens. {@code /app/} is the application (its own sign-in decides what a user sees); the pages
 * are public, everything they show comes through the API with the user's token. Hashed assets are cached for a
 * year, the HTML never, so a new build is picked up at the next load.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UiProperties.class)
class UiConfiguration implements WebMvcConfigurer {

    static final String PATH = "/app/";

    private final UiProperties properties;

    UiConfiguration(UiProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/app", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
        if (properties.graphiql()) {
            registry.addRedirectViewController("/graphiql", PATH + "graphiql.html");
        } else {
            // A development tool: outside the local profile it is not there at all (its bundle stays unreachable too).
            registry.addStatusController("/graphiql", HttpStatus.NOT_FOUND);
            registry.addStatusController(PATH + "graphiql.html", HttpStatus.NOT_FOUND);
            registry.addStatusController(PATH + "assets/graphiql-*", HttpStatus.NOT_FOUND);
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String location = properties.location() == null || properties.location().isBlank()
                ? "classpath:/META-INF/resources" + PATH : properties.location();
        registry.addResourceHandler(PATH + "assets/**")
                .addResourceLocations(location + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations(location)
                .setCacheControl(CacheControl.noCache());
    }

    /** What the pages need to sign in: where Keycloak is, their client, and where the API is (same origin). */
    @RestController
    static class UiSettingsController {

        private final UiProperties properties;

        UiSettingsController(UiProperties properties) {
            this.properties = properties;
        }

        @GetMapping(PATH + "config.json")
        Map<String, String> settings() {
            return Map.of("authority", properties.authority(), "clientId", properties.clientId(), "graphqlUrl", "/graphql");
        }
    }
}
