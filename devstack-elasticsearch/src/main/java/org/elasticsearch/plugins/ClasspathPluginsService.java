package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves plugins that are already on the classpath. The stock service loads plugin bundles from the
 * home's {@code modules/} and {@code plugins/} directories, which a node built from Maven jars does not
 * have. It lives in this package for the package-private {@link LoadedPlugin} and helpers.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        this.plugins = pluginClasses.stream().map(type -> load(type, environment)).toList();
        loadExtensions(plugins);
    }

    private static LoadedPlugin load(Class<? extends Plugin> type, Environment environment) {
        var descriptor = new PluginDescriptor(
            type.getSimpleName(),
            "classpath plugin",
            Build.current().version(),
            Build.current().version(),
            Integer.toString(Runtime.version().feature()),
            type.getName(),
            null,
            List.of(),
            false,
            false,
            false,
            false,
            PluginDescriptor.DeploymentTarget.ALL
        );
        var plugin = loadPlugin(type, environment.settings(), environment.configDir());
        return new LoadedPlugin(descriptor, plugin, type.getClassLoader());
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return plugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(plugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }
}
