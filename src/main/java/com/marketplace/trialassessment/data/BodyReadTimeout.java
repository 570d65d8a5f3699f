package com.marketplace.trialassessment.data;

import org.apache.coyote.ContinueResponseTiming;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's side of the bulk uploads' limits. A read of a request body waits at most
 * {@code trial.bulk.idle-timeout} for the next bytes (Tomcat's upload timeout; without it a read
 * waits the connection timeout, a minute, and a client sending a byte now and then never trips
 * anything); {@link TimedBody} turns the failed read into {@code 408}. And {@code 100 Continue} is
 * sent only when the application starts reading the body, so a client that asks first
 * ({@code Expect: 100-continue}, as curl does for large bodies) and is refused ({@code 401},
 * {@code 413}, {@code 503} when every upload slot is taken) never sends it.
 */
@Component
class BodyReadTimeout implements TomcatProtocolHandlerCustomizer<AbstractHttp11Protocol<?>> {

    private final int idleTimeoutMillis;

    BodyReadTimeout(BulkProperties properties) {
        this.idleTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, properties.idleTimeout().toMillis());
    }

    @Override
    public void customize(AbstractHttp11Protocol<?> protocol) {
        protocol.setDisableUploadTimeout(false);
        protocol.setConnectionUploadTimeout(idleTimeoutMillis);
        protocol.setContinueResponseTiming(ContinueResponseTiming.ON_REQUEST_BODY_READ.toString());
    }
}
