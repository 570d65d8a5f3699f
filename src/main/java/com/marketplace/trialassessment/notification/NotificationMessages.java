package com.marketplace.trialassessment.notification;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the notification module's problems, kept in {@code messages*.properties}. */
enum NotificationMessages implements MessageCode {

    SUBSCRIPTION_NOT_FOUND("notification.subscription.notFound"),
    DELIVERY_NOT_FOUND("notification.delivery.notFound"),
    OWN_STORES_ONLY("notification.subscription.ownStoresOnly"),
    MERCHANT_ID("notification.field.merchantId"),
    AT_LEAST_ONE_EVENT("notification.field.atLeastOneEvent"),
    NOT_AN_EVENT_TYPE("notification.field.notAnEventType"),
    NAMED_TWICE("notification.field.namedTwice"),
    URL_TOO_LONG("notification.url.tooLong"),
    URL_NOT_A_URL("notification.url.notAUrl"),
    URL_NOT_ABSOLUTE("notification.url.notAbsolute"),
    URL_HTTPS("notification.url.https"),
    URL_HTTPS_OR_LOCAL_HTTP("notification.url.httpsOrLocalHttp"),
    URL_HOST_UNRESOLVED("notification.url.hostUnresolved"),
    URL_NOT_PUBLIC("notification.url.notPublic");

    private final String code;

    NotificationMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
