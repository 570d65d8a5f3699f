package com.marketplace.trialassessment.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowLoopbackHttp accept {@code http://127.0.0.1:…} receivers, so that webhooks can be tried
 *                          and tested on one machine: set by the {@code local} profile, never in production
 */
@ConfigurationProperties("trial.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowLoopbackHttp) {
}
