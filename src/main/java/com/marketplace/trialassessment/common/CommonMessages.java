package com.marketplace.trialassessment.common;

import org.springframework.http.HttpStatus;

/**
 * The texts of the problems every feature shares: the titles, the details the exception handler and
 * the filters write, and the messages of values of the wrong shape. Kept in {@code messages*.properties}.
 */
public enum CommonMessages implements MessageCode {

    TITLE_VALIDATION("common.title.validation"),
    TITLE_MALFORMED_BODY("common.title.malformedBody"),
    TITLE_MALFORMED_REQUEST("common.title.malformedRequest"),
    TITLE_FORBIDDEN("common.title.forbidden"),
    TITLE_NOT_FOUND("common.title.notFound"),
    TITLE_CONFLICT("common.title.conflict"),
    TITLE_UNPROCESSABLE("common.title.unprocessable"),
    TITLE_PAYLOAD_TOO_LARGE("common.title.payloadTooLarge"),
    TITLE_REQUEST_TIMEOUT("common.title.requestTimeout"),
    TITLE_UNAVAILABLE("common.title.unavailable"),
    TITLE_INTERNAL("common.title.internal"),

    INVALID_VALUE("common.detail.invalidValue"),
    INVALID_VALUES("common.detail.invalidValues"),
    INVALID_VALUES_LISTED("common.detail.invalidValuesListed"),
    DATABASE_UNAVAILABLE("common.detail.databaseUnavailable"),
    VALUE_NOT_STORABLE("common.detail.valueNotStorable"),
    CONCURRENT_CHANGE("common.detail.concurrentChange"),
    CHANGED_CONCURRENTLY("common.detail.changedConcurrently"),
    PARAMETERS_TOO_LARGE("common.detail.parametersTooLarge"),
    QUERY_STRING_UNREADABLE("common.detail.queryStringUnreadable"),
    REQUEST_UNREADABLE("common.detail.requestUnreadable"),
    INTERNAL("common.detail.internal"),
    ACCEPT_UNREADABLE("common.detail.acceptUnreadable"),
    BODY_NOT_JSON_AT_VALUE("common.detail.bodyNotJsonAtValue"),
    BODY_WRONG_TYPE("common.detail.bodyWrongType"),
    BODY_MISSING_OR_NOT_JSON("common.detail.bodyMissingOrNotJson"),
    BODY_OVER_LIMIT("common.detail.bodyOverLimit"),
    BODY_TOO_LARGE("common.detail.bodyTooLarge"),
    CONTENT_TYPE_WILDCARD("common.detail.contentTypeWildcard"),
    /** {@code The request cannot be answered: 416 Range Not Satisfiable}, the status's name in the client's language. */
    STATUS_ONLY("common.detail.statusOnly"),

    /** Bean Validation's {@code @NotNull} text, which the API's own checks say too. */
    NOT_NULL("jakarta.validation.constraints.NotNull.message"),
    MUST_BE_GIVEN("common.field.mustBeGiven"),
    MUST_BE_GIVEN_ONCE("common.field.mustBeGivenOnce"),
    BETWEEN("common.field.between"),
    NOT_JSON_HERE("common.field.notJsonHere"),
    INVALID_VALUE_OR_TYPE("common.field.invalidValueOrType"),
    ONE_OF("common.field.oneOf"),
    A_DATE("common.field.date"),
    A_WHOLE_NUMBER("common.field.wholeNumber"),
    A_NUMBER("common.field.number"),
    TRUE_OR_FALSE("common.field.trueOrFalse"),
    A_TEXT("common.field.text"),
    AN_ARRAY("common.field.array"),
    AT_MOST_TWO_DECIMALS("common.field.atMostTwoDecimals"),
    PAGE_NOT_NEGATIVE("common.field.pageNotNegative"),
    PAGE_AT_MOST("common.field.pageAtMost"),
    CHECKPOINT_NUMBER("common.field.checkpointNumber");

    private final String code;

    CommonMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The name of an error status ({@code Not Acceptable}): one text for each 4xx and 5xx of {@link HttpStatus}. */
    public static MessageCode status(HttpStatus status) {
        return () -> "common.status." + status.value();
    }
}
