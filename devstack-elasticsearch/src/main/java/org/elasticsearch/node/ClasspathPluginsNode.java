package org.elasticsearch.node;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.List;
import java.util.Map;

/**
 * A node whose plugins come from the classpath (see {@link ClasspathPluginsService}). It lives in this
 * package because {@link NodeConstruction} and {@link NodeServiceProvider} are package-private.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Settings settings, List<Class<? extends Plugin>> plugins) {
        super(
            NodeConstruction.prepareConstruction(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "node"),
                null,
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader ignored) {
                        return new ClasspathPluginsService(environment, plugins);
                    }
                },
                true
            )
        );
    }
}
