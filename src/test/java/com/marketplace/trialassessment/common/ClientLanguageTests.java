package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

import com.marketplace.trialassessment.support.MessageBundles;

/** Which language a request is answered in, and that it never follows the JVM's default locale. */
class ClientLanguageTests {

    final LocaleResolver resolver = new ClientLanguage().localeResolver();

    Locale resolve(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stores/1");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return resolver.resolveLocale(request);
    }

    @ParameterizedTest(name = "[{0}] is answered in {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                                  | en
            ''                                 | en
            zh-CN                              | zh-CN
            zh                                 | zh-CN
            zh-TW                              | zh-CN
            zh-Hant-HK                         | zh-CN
            en-US                              | en
            fr                                 | en
            *                                  | en
            'fr, zh;q=0.5'                     | zh-CN
            'zh;q=0.4, en;q=0.6'               | en
            'zh;q=0, fr'                       | en
            'fr;q=0.9, de;q=0.8'               | en
            ;;;not a tag                       | en
            """)
    void answersInTheFirstLanguageOfTheHeaderItSpeaks(String acceptLanguage, String answered) {
        assertThat(resolve(acceptLanguage).toLanguageTag()).isEqualTo(answered);
    }

    /** A header of thousands of ranges is read as far as its first 256 characters, whole ranges only. */
    @Test
    void readsOnlyTheFirstRangesOfAnEndlessHeader() {
        String endless = "fr;q=0.9, " + "de;q=0.1, ".repeat(5_000) + "zh";

        assertThat(ClientLanguage.firstRanges(endless)).hasSizeLessThanOrEqualTo(ClientLanguage.MAX_HEADER)
                .startsWith("fr;q=0.9, de;q=0.1").endsWith("de;q=0.1");
        assertThat(resolve(endless)).as("the zh at the end is past what is read").isEqualTo(Locale.ENGLISH);
        assertThat(resolve("fr, " + "x-a, ".repeat(10) + "zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ClientLanguage.firstRanges("x".repeat(1_000))).hasSize(ClientLanguage.MAX_HEADER);
    }

    @Test
    void answersEnglishByDefaultOnAServerSetUpInChinese() {
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(resolve(null)).isEqualTo(Locale.ENGLISH);
            assertThat(resolve("fr")).isEqualTo(Locale.ENGLISH);
            // and the bundles do not fall back to the JVM's locale for a language they do not have
            assertThat(MessageBundles.messageSource().getMessage(CommonMessages.TITLE_NOT_FOUND, Locale.FRENCH))
                    .isEqualTo("Not found");
        }
        finally {
            Locale.setDefault(jvm);
        }
    }
}
