package com.memberpulse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature packages stay apart: no cycles, and none reaches into another's internals. */
class ModularityTests {

    static final String START = "<!-- modules:start -->";
    static final String END = "<!-- modules:end -->";

    private final ApplicationModules modules = ApplicationModules.of(SupportApplication.class);

    @Test
    void featurePackagesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /** The README's module diagram is the one the code has: paste the expected block when it changes. */
    @Test
    void readmeShowsTheModuleGraph() throws IOException {
        Path root = repositoryRoot();
        String expected = mermaid(modules);
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String actual = start < 0 || end < start ? "" : readme.substring(start + START.length(), end).strip();
        if (!actual.equals(expected)) {
            Path written = root.resolve("api/target/modules.mermaid");
            Files.createDirectories(written.getParent());
            Files.writeString(written, expected + "\n");
            assertThat(actual).as("The module graph changed. Put this between " + START + " and " + END
                    + " in README.md (also written to " + written + "):\n\n" + expected + "\n").isEqualTo(expected);
        }
    }

    /** A Mermaid flowchart: each module a node, an arrow per module it depends on; both in name order. */
    static String mermaid(ApplicationModules modules) {
        Comparator<ApplicationModule> byName = Comparator.comparing(ApplicationModule::getName);
        StringBuilder chart = new StringBuilder("```mermaid\nflowchart LR\n");
        modules.stream().sorted(byName).forEach(module -> chart.append("    ").append(module.getName()).append('\n'));
        modules.stream().sorted(byName).forEach(module -> chart.append(module.getDirectDependencies(modules).uniqueModules()
                .filter(target -> !target.equals(module))
                .sorted(byName)
                .map(target -> "    " + module.getName() + " --> " + target.getName() + "\n")
                .collect(Collectors.joining())));
        return chart.append("```").toString();
    }

    /** The directory with the README: the working directory is {@code api/} under Maven, the root in an IDE. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }
}
