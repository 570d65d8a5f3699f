package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.marketplace.trialassessment.support.MessageBundles;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

class ProblemErrorControllerTests {

    final ProblemErrorController controller = new ProblemErrorController(MessageBundles.messageSource());

    @Test
    void askedForDirectlyTheErrorPageIsAnUnknownPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");

        assertThatThrownBy(() -> controller.error(request)).isInstanceOf(NoResourceFoundException.class);
    }

    @Test
    void aStatusCodeAttributeWithoutAnErrorDispatchIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);

        assertThatThrownBy(() -> controller.error(request)).isInstanceOf(NoResourceFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            400, urn:trial-assessment:problem:malformed-request
            404, about:blank
            405, about:blank
            413, urn:trial-assessment:problem:payload-too-large
            500, urn:trial-assessment:problem:internal
            503, about:blank
            """)
    void aForwardedErrorKeepsItsStatusAsAProblem(int status, String type) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/stores");

        ResponseEntity<ProblemDetail> response = controller.error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getStatus()).isEqualTo(status);
        assertThat(response.getBody().getType()).hasToString(type);
        assertThat(response.getBody().getTitle()).isNotBlank();
        assertThat(response.getBody().getDetail()).isNotBlank();
        assertThat(response.getBody().getInstance()).hasToString("/api/stores");
    }
}
