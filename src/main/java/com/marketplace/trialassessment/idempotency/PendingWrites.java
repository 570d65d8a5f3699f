package com.marketplace.trialassessment.idempotency;

import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * Inside {@link IdempotencyFilter}'s transaction the services' own transactions only join it, so what
 * JPA still holds back would reach the database at the filter's commit, after the answer: a failure
 * then (a unique key a concurrent change took) could no longer become the usual problem. So the
 * pending changes are flushed before a successful answer's body is written, where an exception still
 * goes through {@code ApiExceptionHandler} like any other.
 */
@ControllerAdvice
class PendingWrites implements ResponseBodyAdvice<Object> {

    private final EntityManager entityManager;

    PendingWrites(EntityManagerFactory entityManagerFactory) {
        // the transaction's own entity manager, whichever thread asks
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servletRequest
                && servletRequest.getServletRequest().getAttribute(IdempotencyFilter.IN_TRANSACTION) != null
                && response instanceof ServletServerHttpResponse servletResponse
                && IdempotencyFilter.isSuccess(servletResponse.getServletResponse().getStatus())) {
            flush();
        }
        return body;
    }

    /** Writes what JPA holds back of the current transaction; a failure as Spring's data access exceptions. */
    void flush() {
        try {
            entityManager.flush();
        }
        catch (PersistenceException ex) {
            DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
            throw translated != null ? translated : ex;
        }
    }
}
