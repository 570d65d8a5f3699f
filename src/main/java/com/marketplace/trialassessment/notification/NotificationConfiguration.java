package com.marketplace.trialassessment.notification;

import java.net.InetAddress;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    ReceiverAddress.Resolver receiverResolver() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

    @Bean
    OwnAddresses ownAddresses() {
        return OwnAddresses.ofThisMachine();
    }
}
