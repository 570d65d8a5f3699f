package com.marketplace.trialassessment.common;

import java.beans.PropertyEditorSupport;
import java.util.OptionalLong;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path variables and query parameters of type {@code long}/{@code Long} and {@code int}/{@code Integer}
 * are read by {@link WholeNumbers} and by nothing else. Spring's own conversion trims white space and
 * reads hex ({@code 0x2}, {@code #2}) and a plus sign, and when a stricter converter refuses a text
 * it falls back to its default property editors, which read it the lenient way after all. An editor
 * registered on the binder is asked first and alone, so no lenient reading is left. A value that is
 * not a whole number in its one plain spelling answers {@code 400} naming the parameter, like any
 * other value of the wrong type; an empty text is no value, as with Spring's own conversion.
 */
@ControllerAdvice
class StrictNumberBinding {

    @InitBinder
    void wholeNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new WholeNumberEditor(false, false));
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(false, true));
        binder.registerCustomEditor(int.class, new WholeNumberEditor(true, false));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(true, true));
    }

    private static final class WholeNumberEditor extends PropertyEditorSupport {

        private final boolean toInt;
        private final boolean allowEmpty;

        WholeNumberEditor(boolean toInt, boolean allowEmpty) {
            this.toInt = toInt;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            if (allowEmpty && (text == null || text.isEmpty())) {
                setValue(null);
                return;
            }
            if (toInt) {
                setValue(WholeNumbers.parseInt(text).orElseThrow(WholeNumberEditor::notWhole));
            }
            else {
                OptionalLong value = WholeNumbers.parseLong(text);
                setValue(value.orElseThrow(WholeNumberEditor::notWhole));
            }
        }

        private static IllegalArgumentException notWhole() {
            return new IllegalArgumentException("not a whole number in plain decimal digits");
        }
    }
}
