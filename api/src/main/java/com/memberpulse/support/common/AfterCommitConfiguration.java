package com.memberpulse.support.common;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs {@link AfterCommit} work when a {@code @Transactional} method returns to a caller outside any transaction:
 * wrapped around the transaction (and security) interceptors, so the transaction has committed and its connection
 * is back in the pool by then.
 */
@Configuration(proxyBeanMethods = false)
class AfterCommitConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor afterCommitAdvisor() {
        MethodInterceptor runPendingAfterwards = invocation -> {
            try {
                return invocation.proceed();
            } finally {
                AfterCommit.runPending();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class),
                runPendingAfterwards);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
