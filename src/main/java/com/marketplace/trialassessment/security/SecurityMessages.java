package com.marketplace.trialassessment.security;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the security module's problems, kept in {@code messages*.properties}. */
enum SecurityMessages implements MessageCode {

    TITLE_UNAUTHORIZED("security.title.unauthorized"),
    TOKEN_REQUIRED("security.tokenRequired"),
    ROLES_DO_NOT_ALLOW("security.rolesDoNotAllow"),
    REQUEST_REFUSED("security.requestRefused"),
    RESOURCE_NOT_FOUND("security.resource.notFound"),
    ROLES_AMONG("security.field.rolesAmong"),
    MERCHANT_ID_REQUIRED("security.field.merchantIdRequired");

    private final String code;

    SecurityMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
