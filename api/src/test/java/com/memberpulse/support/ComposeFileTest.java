package com.memberpulse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** compose.yaml cannot run here (no Docker engine): check it parses and that everything it mounts or builds from exists. */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void composeFileParsesAndReferencesOnlyFilesThatExist() throws IOException {
        Map<String, Object> compose = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(ROOT.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("postgres", "elasticsearch", "keycloak", "api");
        assertThat((String) services.get("postgres").get("image")).startsWith("postgres:17");
        assertThat((String) services.get("elasticsearch").get("image")).contains(":9.5");
        assertThat((String) services.get("keycloak").get("image")).contains(":26.5");

        services.forEach((name, service) -> {
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(ROOT.resolve(source).normalize()).as(name + " mounts " + source).isRegularFile();
                }
            }
            if (service.get("build") instanceof Map<?, ?> build) {
                Path context = ROOT.resolve(String.valueOf(build.get("context"))).normalize();
                assertThat(context).isDirectory();
                assertThat(context.resolve(String.valueOf(build.get("dockerfile")))).isRegularFile();
            }
        });
    }
}
