package com.marketplace.trialassessment.idempotency;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.common.PayloadTooLargeException;
import com.marketplace.trialassessment.common.ProblemLanguage;
import com.marketplace.trialassessment.common.ProblemTypes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A {@code POST} under {@code /api/} (but the bulk uploads) sent with an {@code Idempotency-Key} is
 * carried out at most once per caller ({@code sub}) and key. In one transaction the key is taken (its
 * row inserted), the request is handled (the services' transactions join this one) and, when it
 * succeeded, its answer is stored in the key's row; so what the request created and the answer a
 * retry gets are committed together, or neither is. A request that did not succeed is rolled back and
 * leaves the key free. The same key again, with the same method, path and body: the stored answer,
 * marked {@value #REPLAYED}; with another request: {@code 422}. A request with a key still in use
 * waits, at the database, for the first to finish, on whichever instance it runs.
 * <p>
 * Runs after Spring Security's filters, so the caller is known and allowed to make the request
 * (registered by {@link IdempotencyConfiguration}).
 */
@Component(IdempotencyFilter.NAME)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String NAME = "idempotencyFilter";
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final URI KEY_REUSED = URI.create("urn:trial-assessment:problem:idempotency-key-reused");
    /** A request attribute, set while a request runs in the key's transaction ({@link PendingWrites}). */
    static final String IN_TRANSACTION = IdempotencyFilter.class.getName() + ".IN_TRANSACTION";

    static final int MAX_KEY_LENGTH = 255;
    /** The answers kept are small JSON documents; a larger one is a defect, not something to keep. */
    static final int MAX_ANSWER_SIZE = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final PendingWrites pendingWrites;
    private final TransactionTemplate transactions;
    private final ProblemLanguage language;

    IdempotencyFilter(IdempotencyKeys keys, PendingWrites pendingWrites, PlatformTransactionManager transactionManager,
            ProblemLanguage language) {
        this.keys = keys;
        this.pendingWrites = pendingWrites;
        this.transactions = new TransactionTemplate(transactionManager);
        this.language = language;
    }

    static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** Every {@code POST} under {@code /api/} but the bulk uploads, whose bodies are streamed and whose rows are upserted. */
    static boolean honours(String path) {
        return path.startsWith("/api/") && !path.startsWith("/api/bulk/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !HttpMethod.POST.matches(request.getMethod()) || !honours(path) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        MessageSourceResolvable invalid = values.size() == 1 ? invalid(values.get(0)) : IdempotencyMessages.SENT_ONCE;
        if (invalid != null) {
            Locale locale = language.of(request);
            ProblemDetail problem = language.problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                    CommonMessages.TITLE_VALIDATION, CommonMessages.INVALID_VALUE,
                    List.of(FieldProblem.of(HEADER, invalid)), locale);
            write(request, response, problem, locale);
            return;
        }
        String key = values.get(0);
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        }
        catch (PayloadTooLargeException ex) {
            write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                    CommonMessages.TITLE_PAYLOAD_TOO_LARGE, ex);
            return;
        }
        byte[] caller = sha256(CurrentCaller.subject().getBytes(StandardCharsets.UTF_8));
        byte[] fingerprint = fingerprint(request, body);
        Answer answer;
        try {
            answer = transactions.execute(status -> {
                Optional<StoredAnswer> earlier = keys.take(caller, key, fingerprint);
                if (earlier.isPresent()) {
                    return earlier.get().answers(fingerprint) ? new Replay(earlier.get()) : new KeyReused();
                }
                return handle(new CachedBodyRequest(request, body), response, chain, status, caller, key, fingerprint);
            });
        }
        catch (ChainFailure failure) {
            resetIfPossible(response);
            if (failure.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failure.getCause();
        }
        catch (RuntimeException ex) {
            resetIfPossible(response);
            throw ex;
        }
        answer.write(request, response);
    }

    /** Handles the request in the key's transaction; keeps its answer, or rolls back when it failed. */
    private Answer handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            TransactionStatus transaction, byte[] caller, String key, byte[] fingerprint) {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        request.setAttribute(IN_TRANSACTION, Boolean.TRUE);
        try {
            chain.doFilter(request, captured);
        }
        catch (IOException | ServletException ex) {
            throw new ChainFailure(ex);
        }
        finally {
            request.removeAttribute(IN_TRANSACTION);
        }
        if (!isSuccess(captured.getStatus())) {
            transaction.setRollbackOnly();
            return new Live(captured);
        }
        pendingWrites.flush();
        byte[] body = captured.getContentAsByteArray();
        if (body.length > MAX_ANSWER_SIZE) {
            log.error("The answer to {} {} is {} bytes, too large to keep for its Idempotency-Key; rolled back",
                    request.getMethod(), request.getRequestURI(), body.length);
            transaction.setRollbackOnly();
            return new Failed();
        }
        keys.answer(caller, key, new StoredAnswer(fingerprint, captured.getStatus(),
                captured.getHeader(HttpHeaders.LOCATION), captured.getContentType(), body));
        return new Live(captured);
    }

    /** Why a key cannot be used, or null: 1 to 255 printable ASCII characters. */
    private static MessageSourceResolvable invalid(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return IdempotencyMessages.KEY_LENGTH.with(MAX_KEY_LENGTH);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < ' ' || c > '~') {
                return IdempotencyMessages.PRINTABLE_ASCII;
            }
        }
        return null;
    }

    /** Method, path (with the query) and body: what makes a retry the same request. */
    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        String target = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
        MessageDigest digest = sha256();
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        return digest.digest(body);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java platform has SHA-256", ex);
        }
    }

    /** Writes the problem, in the request's language, naming the request's path as its {@code instance}. */
    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            MessageSourceResolvable title, MessageSourceResolvable detail) throws IOException {
        Locale locale = language.of(request);
        write(request, response, language.problem(status, type, title, detail, locale), locale);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
            Locale locale) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        language.write(response, problem, locale);
    }

    private static void resetIfPossible(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.reset();
        }
    }

    /** What the client is answered, once the transaction is over. */
    private sealed interface Answer permits Live, Replay, KeyReused, Failed {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** The answer of the request itself: status and headers are set already, the body is held back until now. */
    private record Live(ContentCachingResponseWrapper captured) implements Answer {
        @Override
        public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
            captured.copyBodyToResponse();
        }
    }

    private record Replay(StoredAnswer stored) implements Answer {
        @Override
        public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(stored.status());
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setHeader(REPLAYED, "true");
            response.setContentLength(stored.body().length);
            response.getOutputStream().write(stored.body());
        }
    }

    private final class KeyReused implements Answer {
        @Override
        public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
            IdempotencyFilter.this.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, KEY_REUSED,
                    IdempotencyMessages.TITLE_KEY_REUSED, IdempotencyMessages.KEY_REUSED);
        }
    }

    private final class Failed implements Answer {
        @Override
        public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
            resetIfPossible(response);
            IdempotencyFilter.this.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                    CommonMessages.TITLE_INTERNAL, CommonMessages.INTERNAL);
        }
    }

    /** An {@code IOException} or {@code ServletException} of the chain, through the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
