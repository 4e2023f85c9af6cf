package com.memberpulse.support.devstack;

import java.nio.file.Path;

/** Where the devstack keeps unpacked servers and the data of named instances between runs. */
final class DevStackHome {

    private DevStackHome() {
    }

    static Path directory() {
        String configured = System.getenv("MEMBERPULSE_DEVSTACK_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "memberpulse-devstack");
    }
}
