package com.marketplace.trialassessment.common;

import java.math.BigInteger;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where exceptions become RFC 9457 problems. Domain exceptions are mapped by type,
 * Spring MVC's own (wrong method, media type, unknown path …) by {@link ResponseEntityExceptionHandler}.
 * No stack trace or exception class name ever reaches a client. Every title, detail and field message
 * is a text of the message bundles (a domain exception is its detail's text), said in the request's
 * language ({@link ProblemLanguage}) with the {@code MessageSource} Spring gives the handler.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern INDEX = Pattern.compile("^[^\\[]*\\[(\\d+)]");
    /** RFC 9457's type of a problem that says no more than its status. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    /** Long enough for the pool to have replaced lost connections, short enough not to delay a client much. */

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, CommonMessages.TITLE_NOT_FOUND, ex, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, CommonMessages.TITLE_CONFLICT, ex, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> forbidden(ForbiddenException ex) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, CommonMessages.TITLE_FORBIDDEN, ex, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> unprocessable(UnprocessableException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE, CommonMessages.TITLE_UNPROCESSABLE,
                ex, ex.errors().isEmpty() ? null : ex.errors());
    }

    @ExceptionHandler
    ResponseEntity<Object> invalid(InvalidInputException ex) {
        if (ex.total() > ex.errors().size()) {
            ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                    CommonMessages.TITLE_VALIDATION,
                    CommonMessages.INVALID_VALUES_LISTED.with(ex.total(), ex.errors().size()), ex.errors());
            ((ProblemDetail) response.getBody()).setProperty("errorCount", ex.total());
            return response;
        }
        return validation(ex.errors());
    }

    @ExceptionHandler
    ResponseEntity<Object> tooLarge(PayloadTooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                CommonMessages.TITLE_PAYLOAD_TOO_LARGE, ex, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> requestTimeout(RequestTimeoutException ex) {
        return problem(HttpStatus.REQUEST_TIMEOUT, ProblemTypes.REQUEST_TIMEOUT, CommonMessages.TITLE_REQUEST_TIMEOUT,
                ex, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> unavailable(ServiceUnavailableException ex) {
        return unavailable(ex, ex.retryAfter());
    }

    /**
     * The database cannot be reached, dropped the connection or is out of connections: {@code 503}
     * with {@code Retry-After}, since the same request may well succeed in a moment. Types that say
     * so themselves are mapped here; others (a connection lost in the middle of a JPA call, at commit)
     * are recognised by {@link DatabaseFailures} in {@link #unexpected}, which also has the last word
     * on these.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        if (!DatabaseFailures.isUnavailable(ex)) {
            return unexpected(ex);
        }
        log.warn("Database unavailable: {}", ex.getMessage());
        return unavailable(CommonMessages.DATABASE_UNAVAILABLE, DatabaseFailures.RETRY_AFTER);
    }

    @ExceptionHandler
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> fieldProblem(lastNode(v.getPropertyPath().toString()), ProblemLanguage.said(v.getMessage())))
                .toList();
        return beanValidation(errors);
    }

    /**
     * A unique or foreign key violation that validation could not foresee is a concurrent change
     * (SQLSTATE 23505, 23503); any other integrity violation is a defect and answers 500. A
     * value the database cannot hold at all (SQLSTATE class 22: a NUL character in a text, a date
     * beyond its range) is invalid input, whatever validation missed.
     */
    @ExceptionHandler
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
        if (isDataException(ex)) {
            log.info("Request carried a value the database cannot hold: {}", ex.getMostSpecificCause().getMessage());
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, CommonMessages.TITLE_VALIDATION,
                    CommonMessages.VALUE_NOT_STORABLE, null);
        }
        if (hasSqlState(ex, "23505") || hasSqlState(ex, "23503")) {
            log.info("Request conflicted with a concurrent change: {}", ex.getMostSpecificCause().getMessage());
            return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, CommonMessages.TITLE_CONFLICT,
                    CommonMessages.CONCURRENT_CHANGE, null);
        }
        // a NOT NULL or CHECK constraint the code should have kept: a defect, not the client's doing
        return unexpected(ex);
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> lockingFailure(RuntimeException ex) {
        log.info("Request lost a race: {}", ex.getMessage());
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, CommonMessages.TITLE_CONFLICT,
                CommonMessages.CHANGED_CONCURRENTLY, null);
    }

    /**
     * A query string Tomcat cannot decode ({@code ?page=%FF}, a lone {@code %}, {@code %zz}): Tomcat
     * reads parameters lazily and throws when a controller first asks for one. It names the status:
     * {@code 413} for a form body over its size limit, otherwise {@code 400}.
     */
    @ExceptionHandler
    ResponseEntity<Object> undecodableParameters(InvalidParameterException ex) {
        if (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                    CommonMessages.TITLE_PAYLOAD_TOO_LARGE, CommonMessages.PARAMETERS_TOO_LARGE, null);
        }
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, CommonMessages.TITLE_MALFORMED_REQUEST,
                CommonMessages.QUERY_STRING_UNREADABLE, null);
    }

    /**
     * The request firewall checks a header when it is first read; one with a control character read
     * here, by Spring MVC, is refused as the firewall refuses it before the API.
     */
    @ExceptionHandler
    ResponseEntity<Object> rejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, CommonMessages.TITLE_MALFORMED_REQUEST,
                CommonMessages.REQUEST_UNREADABLE, null);
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception ex) {
        if (DatabaseFailures.isUnavailable(ex)) {
            return databaseUnavailable(ex);
        }
        log.error("Unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, CommonMessages.TITLE_INTERNAL,
                CommonMessages.INTERNAL, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(fieldProblem(error.getField(), ProblemLanguage.said(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(FieldProblem.of(error.getObjectName(),
                ProblemLanguage.said(error.getDefaultMessage()))));
        return beanValidation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            if (error instanceof FieldError fieldError) {
                name = fieldError.getField();
            }
            errors.add(fieldProblem(name, ProblemLanguage.said(error.getDefaultMessage())));
        }));
        return beanValidation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        // a parameter of one value given more than once (?page=1&page=2) is refused whatever the values
        MessageSourceResolvable message = ex.getValue() instanceof Object[] values && values.length > 1
                ? CommonMessages.MUST_BE_GIVEN_ONCE : expectation(ex.getRequiredType());
        return validation(List.of(FieldProblem.of(name, message)));
    }

    /** A required query parameter left out is invalid input naming it, like any other. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validation(List.of(FieldProblem.of(ex.getParameterName(), CommonMessages.MUST_BE_GIVEN)));
    }

    /**
     * An {@code Accept} header that cannot be parsed is a malformed request ({@code 400}); one that
     * parses but names nothing the API writes stays {@code 406}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        try {
            new HeaderContentNegotiationStrategy().resolveMediaTypes((NativeWebRequest) request);
        }
        catch (HttpMediaTypeNotAcceptableException unparsable) {
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                    CommonMessages.TITLE_MALFORMED_REQUEST, CommonMessages.ACCEPT_UNREADABLE, null);
        }
        return super.handleHttpMediaTypeNotAcceptable(ex, headers, status, request);
    }

    /**
     * Spring MVC's own problems (unknown path, wrong method or media type …) get a {@code type} too,
     * and, like every problem here, are written as {@code application/problem+json} whatever the
     * {@code Accept} header says: otherwise an {@code Accept} that does not parse left them without a body.
     * Their title and detail come from the bundles as well ({@code problemDetail.title.<exception class>},
     * {@code problemDetail.<exception class>}), which Spring reads in the request's language.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null) {
                problem.setType(ABOUT_BLANK);
            }
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(response.getHeaders());
            problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
            problemHeaders.set(HttpHeaders.CONTENT_LANGUAGE,
                    ProblemLanguage.contentLanguage(LocaleContextHolder.getLocale()));
            return new ResponseEntity<>(problem, problemHeaders, response.getStatusCode());
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        if (ex.getCause() instanceof JacksonException jackson) {
            boolean notJson = isNotJson(jackson);
            List<JacksonException.Reference> path = notJson ? parserPath(jackson) : jackson.getPath();
            if (!path.isEmpty()) {
                Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                FieldProblem problem = bodyProblem(path,
                        notJson ? CommonMessages.NOT_JSON_HERE : expectation(target));
                return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, CommonMessages.TITLE_MALFORMED_BODY,
                        notJson ? CommonMessages.BODY_NOT_JSON_AT_VALUE : CommonMessages.BODY_WRONG_TYPE,
                        List.of(problem));
            }
        }
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, CommonMessages.TITLE_MALFORMED_BODY,
                CommonMessages.BODY_MISSING_OR_NOT_JSON, null);
    }

    /**
     * The body stops being JSON in the middle ({@code NaN}, {@code Infinity}, {@code 0012}, {@code +1},
     * {@code .5} as a value, or a broken structure): the parser refused it, not databind. A number
     * out of range of its type is valid JSON (databind names it), and a body cut off is just that.
     */
    private static boolean isNotJson(JacksonException jackson) {
        return jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)
                && !(jackson instanceof UnexpectedEndOfInputException);
    }

    /**
     * Where the parser stood when the body stopped being JSON. Databind gives such a failure the path
     * only of the object it was filling ({@code annual}, not {@code annual.salesTarget}; nothing at
     * all for a property of the body itself); the parser's contexts, which survive it, name the value
     * it was reading or had just read. Empty at the top level of the body.
     */
    private static List<JacksonException.Reference> parserPath(JacksonException jackson) {
        LinkedList<JacksonException.Reference> path = new LinkedList<>();
        if (jackson.processor() instanceof JsonParser parser) {
            for (TokenStreamContext context = parser.streamReadContext(); context != null && !context.inRoot();
                    context = context.getParent()) {
                if (context.inObject() && context.currentName() != null) {
                    path.addFirst(new JacksonException.Reference(null, context.currentName()));
                }
                else if (context.inArray() && context.hasCurrentIndex()) {
                    path.addFirst(new JacksonException.Reference(null, context.getCurrentIndex()));
                }
            }
        }
        return path;
    }

    /**
     * {@code targets[1].salesTarget} for the value at {@code path}, with the index of the row it is in;
     * a row of a body that is an array is named by its index alone ({@code amount}, index 1).
     */
    private static FieldProblem bodyProblem(List<JacksonException.Reference> path, MessageSourceResolvable message) {
        StringBuilder field = new StringBuilder();
        Integer index = null;
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getPropertyName());
            }
            else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
                if (index == null) {
                    index = ref.getIndex();
                }
            }
        }
        String name = field.toString();
        if (index != null && name.startsWith("[")) {
            name = name.replaceFirst("^\\[\\d+]\\.?", "");
        }
        return new FieldProblem(name.isEmpty() ? "body" : name, message, index);
    }

    /**
     * Bean Validation reports what it found as a set whose order changes from one request to the next
     * (the same request, asked in English and then in French, got them in two orders): its problems
     * are listed by field (and position in an array), then message, so the same input always gets
     * the same answer.
     */
    private static final Comparator<FieldProblem> BY_FIELD = Comparator
            .comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(FieldProblem::index, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(problem -> String.valueOf(problem.message().getDefaultMessage()));

    private ResponseEntity<Object> beanValidation(List<FieldProblem> errors) {
        List<FieldProblem> sorted = new ArrayList<>(errors);
        sorted.sort(BY_FIELD);
        return validation(sorted);
    }

    private ResponseEntity<Object> validation(List<FieldProblem> errors) {
        MessageSourceResolvable detail = errors.size() == 1 ? CommonMessages.INVALID_VALUE
                : CommonMessages.INVALID_VALUES.with(errors.size());
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, CommonMessages.TITLE_VALIDATION, detail,
                errors);
    }

    /**
     * A problem in the request's language ({@code LocaleContextHolder}, which the {@code DispatcherServlet}
     * fills from {@link ClientLanguage}): title, detail and every message of {@code errors}.
     */
    private ResponseEntity<Object> problem(HttpStatus status, URI type, MessageSourceResolvable title,
            MessageSourceResolvable detail, List<FieldProblem> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemLanguage.problem(getMessageSource(), status, type, title, detail, locale);
        if (errors != null) {
            body.setProperty("errors", errors.stream().map(error -> error.in(getMessageSource(), locale)).toList());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemLanguage.contentLanguage(locale))
                .body(body);
    }

    private ResponseEntity<Object> unavailable(MessageSourceResolvable detail, Duration retryAfter) {
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
                CommonMessages.TITLE_UNAVAILABLE, detail, null);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .body(problem.getBody());
    }

    /** {@code targets[2].salesTarget} names the row it belongs to: index 2. */
    private static FieldProblem fieldProblem(String field, MessageSourceResolvable message) {
        Matcher matcher = INDEX.matcher(field);
        Integer index = matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
        return new FieldProblem(field, message, index);
    }

    /** What a value of the type looks like, in the client's words rather than Java's. */
    private static MessageSourceResolvable expectation(Class<?> type) {
        if (type == null) {
            return CommonMessages.INVALID_VALUE_OR_TYPE;
        }
        if (type.isEnum()) {
            return CommonMessages.ONE_OF.with(Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return CommonMessages.A_DATE;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return CommonMessages.A_WHOLE_NUMBER;
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return CommonMessages.A_NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return CommonMessages.TRUE_OR_FALSE;
        }
        if (type == String.class) {
            return CommonMessages.A_TEXT;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return CommonMessages.AN_ARRAY;
        }
        return CommonMessages.INVALID_VALUE_OR_TYPE;
    }

    private static boolean hasSqlState(Throwable ex, String state) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 22, "data exception". */
    private static boolean isDataException(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
