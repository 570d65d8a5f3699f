package com.marketplace.trialassessment.idempotency;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the idempotency module's problems, kept in {@code messages*.properties}. */
enum IdempotencyMessages implements MessageCode {

    TITLE_KEY_REUSED("idempotency.title.keyReused"),
    KEY_REUSED("idempotency.keyReused"),
    SENT_ONCE("idempotency.field.sentOnce"),
    KEY_LENGTH("idempotency.field.keyLength"),
    PRINTABLE_ASCII("idempotency.field.printableAscii");

    private final String code;

    IdempotencyMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
