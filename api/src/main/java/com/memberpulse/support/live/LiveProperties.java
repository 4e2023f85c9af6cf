package com.memberpulse.support.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxSubscriptionsPerUser live subscriptions one user may have open at once on one instance (one more is
 *                                RATE_LIMITED)
 * @param bufferSize              changes one subscriber may have waiting to be read, and again updates waiting to be sent;
 *                                past either, its connection is closed with 1013 (too slow)
 * @param loadConcurrency         tickets read at once for all of this instance's subscribers
 */
@ConfigurationProperties("memberpulse.live")
record LiveProperties(@DefaultValue("5") int maxSubscriptionsPerUser,
                      @DefaultValue("64") int bufferSize,
                      @DefaultValue("4") int loadConcurrency) {
}
