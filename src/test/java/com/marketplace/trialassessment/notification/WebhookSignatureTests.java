package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Standard Webhooks signatures, on the specification's own example and on what must not verify. */
class WebhookSignatureTests {

    /** The example of the Standard Webhooks specification. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsTheSpecificationsExample() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the signature itself                          | v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=                                  | true
            among others, space separated                 | v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=                      | true
            another signature                             | v1,bm9wZQ==                                                                       | false
            the right bytes under another version         | v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=                                  | false
            a signature of another message                | v1,h0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=                                  | false
            """)
    void verifiesOnlyTheSignatureOfTheDelivery(String description, String header, boolean verifies) {
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isEqualTo(verifies);
    }

    @Test
    void aChangedBodyIdOrTimestampDoesNotVerify() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY + " ", signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID + "x", TIMESTAMP, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, signature)).isFalse();
    }

    @Test
    void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
    }

    @Test
    void aSecretWithoutItsPrefixIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                ID, TIMESTAMP, BODY));
    }
}
