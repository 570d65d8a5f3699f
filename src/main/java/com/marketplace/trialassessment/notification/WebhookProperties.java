package com.marketplace.trialassessment.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowLoopbackHttp accept {@code http://127.0.0.1:…} receivers, so that webhooks can be tried
 *                          and tested on one machine: set by the {@code local} profile, never in production
 * @param dispatch          whether this instance delivers the outbox (every instance does by default;
 *                          tests deliver by hand)
 */
@ConfigurationProperties("trial.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowLoopbackHttp, @DefaultValue("true") boolean dispatch) {
}
