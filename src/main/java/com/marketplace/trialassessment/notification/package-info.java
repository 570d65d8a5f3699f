/**
 * Notifications: webhook subscriptions of merchants and operations staff, and the signed deliveries
 * of the events of the stores' lives (Standard Webhooks). Owns {@code webhook_subscription}.
 */
@org.springframework.modulith.ApplicationModule
package com.marketplace.trialassessment.notification;
