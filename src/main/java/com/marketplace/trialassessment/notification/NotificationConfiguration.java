package com.marketplace.trialassessment.notification;

import java.net.InetAddress;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /** Deliveries are polled on every instance unless {@code trial.webhooks.dispatch} is false (tests deliver by hand). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "trial.webhooks.dispatch", havingValue = "true", matchIfMissing = true)
    static class DispatchSchedule {
    }

    @Bean
    ReceiverAddress.Resolver receiverResolver() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

    @Bean
    OwnAddresses ownAddresses() {
        return OwnAddresses.ofThisMachine();
    }
}
