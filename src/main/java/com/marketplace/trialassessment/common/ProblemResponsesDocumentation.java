package com.marketplace.trialassessment.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem answers of every API operation in the OpenAPI document, as {@link ApiExceptionHandler}
 * and the security chain give them: an RFC 9457 {@code Problem} ({@code application/problem+json})
 * for {@code 400} (invalid input or an unreadable request: every operation reads something), {@code 401}
 * and {@code 403} (every {@code /api} call needs a token whose roles allow it), {@code 404} (an
 * operation on a resource named in its path), {@code 409} (a change that clashes with the resource's
 * state or a concurrent change), {@code 408}, {@code 413} and {@code 415} (an operation with a request body),
 * {@code 406} (an {@code Accept} the operation cannot answer) and {@code 503} (the database is away).
 */
@Configuration(proxyBeanMethods = false)
public class ProblemResponsesDocumentation {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new io.swagger.v3.oas.models.Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
            });
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        Map<HttpStatus, String> problems = new LinkedHashMap<>();
        problems.put(HttpStatus.BAD_REQUEST, "Invalid input or an unreadable request; `errors` lists each invalid value");
        problems.put(HttpStatus.UNAUTHORIZED, "No bearer token, or one that does not verify");
        problems.put(HttpStatus.FORBIDDEN, "The token's roles do not allow this request");
        if (path.contains("{")) {
            problems.put(HttpStatus.NOT_FOUND, "No such resource (or, for a merchant, not one of its own)");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            problems.put(HttpStatus.CONFLICT, "The request clashes with the resource's state or a concurrent change");
        }
        if (operation.getRequestBody() != null) {
            problems.put(HttpStatus.REQUEST_TIMEOUT, "The request body did not arrive in time");
            problems.put(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the service accepts");
            problems.put(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A Content-Type the operation does not read");
        }
        problems.put(HttpStatus.NOT_ACCEPTABLE, "An Accept the operation cannot answer");
        problems.put(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable, or every bulk upload slot is busy; retry after Retry-After");
        problems.forEach((status, description) -> responses.putIfAbsent(String.valueOf(status.value()),
                problemResponse(description)));
        // every problem answer, these and those an operation declares itself (a 409 of a read, a 422), is a Problem
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** A problem answer of an operation, for the OpenAPI document: an RFC 9457 {@code Problem}. */
    public static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    /** RFC 9457's members and this service's extensions (docs/api.md, *Errors*). */
    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field's name or path"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .addProperty("index", new IntegerSchema().description("its position in the submitted array"))
                .addProperty("line", new IntegerSchema().format("int64").description("its line in a streamed body"));
        fieldProblem.setRequired(List.of("field", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, for people and for programs")
                .addProperty("type", new StringSchema().format("uri")
                        .description("what kind of problem, e.g. urn:trial-assessment:problem:validation"))
                .addProperty("title", new StringSchema().description("a short summary of the kind"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what happened in this case"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the request's path"))
                .addProperty("errors", new ArraySchema().items(fieldProblem).description("each invalid value"))
                .addProperty("errorCount", new IntegerSchema().description("how many invalid values, when only the first are listed"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
