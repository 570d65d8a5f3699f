package com.marketplace.trialassessment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Checks that an answer is an RFC 9457 problem as the API contract describes it: {@code type},
 * {@code title}, {@code status}, {@code detail}, for validation errors {@code errors[]} with
 * {@code field} and {@code message}, and nothing of the service's insides (stack traces, class names).
 */
public final class ProblemAssertions {

    /** Words that only appear in a body when internals leak. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "javax.", "jakarta.",
            "org.springframework", "org.hibernate", "org.postgresql", "tools.jackson", "com.fasterxml",
            "com.marketplace", "SQL", "stackTrace", "trace");

    private ProblemAssertions() {
    }

    /** Asserts the status and the problem shape; the problem as JSON. */
    public static JsonNode assertProblem(RestTestClient.ResponseSpec response, int status) {
        String body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        return assertProblemBody(body, status);
    }

    public static JsonNode assertProblemBody(String body, int status) {
        assertNoInternals(body);
        JsonNode problem = Fixtures.json(body);
        assertThat(problem.path("type").asString()).as("type of %s", body).isNotBlank();
        assertThat(problem.path("title").asString()).as("title of %s", body).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status of %s", body).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as("detail of %s", body).isNotBlank();
        if (problem.has("errors")) {
            errors(problem);
        }
        return problem;
    }

    public static void assertNoInternals(String body) {
        assertThat(body).as("response body").isNotNull();
        for (String internal : INTERNALS) {
            assertThat(body).as("body leaks internals (%s)", internal).doesNotContain(internal);
        }
    }

    /** The entries of {@code errors}, each checked to name a field and say what is wrong. */
    public static List<JsonNode> errors(JsonNode problem) {
        JsonNode errors = problem.get("errors");
        assertThat(errors).as("errors of %s", problem).isNotNull();
        assertThat(errors.isArray()).as("errors is an array").isTrue();
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode error : errors) {
            assertThat(error.path("field").asString()).as("field of %s", error).isNotBlank();
            assertThat(error.path("message").asString()).as("message of %s", error).isNotBlank();
            if (error.has("index")) {
                assertThat(error.get("index").isIntegralNumber()).as("index of %s", error).isTrue();
            }
            list.add(error);
        }
        return list;
    }

    /** The only error the problem names; asserts there is exactly one. */
    public static JsonNode singleError(JsonNode problem) {
        List<JsonNode> errors = errors(problem);
        assertThat(errors).as("errors of %s", problem).hasSize(1);
        return errors.get(0);
    }

    /** The fields the problem names, in order. */
    public static List<String> fields(JsonNode problem) {
        return errors(problem).stream().map(e -> e.get("field").asString()).toList();
    }

    /** The row indexes the problem names, in order; errors without an index are left out. */
    public static List<Integer> indexes(JsonNode problem) {
        return errors(problem).stream().filter(e -> e.has("index")).map(e -> e.get("index").asInt()).toList();
    }
}
