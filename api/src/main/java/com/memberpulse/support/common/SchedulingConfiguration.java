package com.memberpulse.support.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the features' {@code @Scheduled} jobs. Every instance runs them, so each job must be safe to run on
 * several instances at once (rows claimed with {@code FOR UPDATE SKIP LOCKED}, idempotent changes).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
