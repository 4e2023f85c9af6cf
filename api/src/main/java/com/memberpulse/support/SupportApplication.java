package com.memberpulse.support;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MemberPulse Support: the multi-tenant member-support service. Every instance runs the features' scheduled jobs,
 * so each job must be safe on several instances at once (rows claimed with {@code FOR UPDATE SKIP LOCKED}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SupportApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(SupportApplication.class, args);
        // A one-off command (e.g. --memberpulse.command=migrate-tenants) ends the process with its exit code.
        if (context.getEnvironment().containsProperty("memberpulse.command")) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The time every feature decides with (a test can give another). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
