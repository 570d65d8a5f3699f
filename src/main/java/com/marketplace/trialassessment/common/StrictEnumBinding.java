package com.marketplace.trialassessment.common;

import java.beans.PropertyEditorSupport;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Query parameters and path variables of an enum type ({@code status}, {@code standing}, {@code phase})
 * are read exactly: the name of one of the values, as written, given once. Spring's own conversion
 * trims the text first, so {@code %20WARNED} and {@code WARNED%0A} were read as {@code WARNED} and a
 * lone {@code %00} as no value at all (an unfiltered list), and of a parameter given twice it read
 * the first ({@code phase=FORMAL&phase=TRIAL} answered for formal stores): each time an answer to a
 * question the client did not ask. An empty text is no value (no filter), as for numbers
 * ({@link StrictNumberBinding}); any other text answers {@code 400} naming the parameter.
 * <p>
 * As with numbers, an editor on the binder is asked first and alone (a stricter converter would not
 * do: when it refuses a text, Spring reads the trimmed text after all). The editor must know the
 * enum, so one is registered for each enum the handler method takes. Of a parameter given more than
 * once the binder hands the editor the values joined by commas, which no value's name contains.
 */
@ControllerAdvice
class StrictEnumBinding {

    @InitBinder
    void exactNames(WebDataBinder binder, HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if (type.isEnum()) {
                    binder.registerCustomEditor(type, new ExactNameEditor(type));
                }
            }
        }
    }

    private static final class ExactNameEditor extends PropertyEditorSupport {

        private final Class<?> type;

        ExactNameEditor(Class<?> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
                return;
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    setValue(constant);
                    return;
                }
            }
            throw new IllegalArgumentException("not the name of one of the values");
        }
    }
}
