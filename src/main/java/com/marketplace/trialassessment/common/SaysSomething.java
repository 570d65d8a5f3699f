package com.marketplace.trialassessment.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that says something: not null, and holding at least one character that is not white space
 * of any kind (a space separator, Java's white space), a control or a format character. Stricter than
 * {@code @NotBlank}, which takes a text of no-break spaces, zero-width spaces or byte order marks: a
 * reason that changes a decision must be readable.
 */
@Documented
@Constraint(validatedBy = SaysSomething.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SaysSomething {

    /** {@code @NotBlank}'s text, from the message bundles. */
    String message() default "{jakarta.validation.constraints.NotBlank.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SaysSomething, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null && !value.codePoints().allMatch(Validator::saysNothing);
        }

        private static boolean saysNothing(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                    || type == Character.FORMAT;
        }
    }
}
