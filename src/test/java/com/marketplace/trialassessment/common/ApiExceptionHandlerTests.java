package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import com.marketplace.trialassessment.support.MessageBundles;

import jakarta.persistence.PersistenceException;

/** How failures of the database itself are answered, whatever wraps them on their way up. */
class ApiExceptionHandlerTests {

    final ApiExceptionHandler handler = new ApiExceptionHandler();

    {
        // as Spring gives it the application context, which reads the bundles
        handler.setMessageSource(MessageBundles.messageSource());
    }

    /** Bean Validation's findings come as a set in any order; the answer lists them by field, always alike. */
    @Test
    void listsBeanValidationsProblemsByField() throws Exception {
        BeanPropertyBindingResult found = new BeanPropertyBindingResult(new Object(), "store");
        found.addError(new FieldError("store", "name", "must not be blank"));
        found.addError(new FieldError("store", "targets[1].salesTarget", "must be positive"));
        found.addError(new FieldError("store", "launchDate", "must not be null"));
        MethodArgumentNotValidException ex = new MethodArgumentNotValidException(
                new MethodParameter(Object.class.getMethod("toString"), -1), found);

        var response = handler.handleMethodArgumentNotValid(ex, new HttpHeaders(), HttpStatus.BAD_REQUEST,
                new ServletWebRequest(new MockHttpServletRequest()));

        String errors = String.valueOf(((ProblemDetail) response.getBody()).getProperties().get("errors"));
        assertThat(errors.indexOf("launchDate")).isLessThan(errors.indexOf("name"));
        assertThat(errors.indexOf("name")).isLessThan(errors.indexOf("targets[1].salesTarget"));
    }

    /**
     * SQLSTATEs of a database that went away: 57P01 a terminated backend (admin shutdown), 57P02
     * crash shutdown, 57P03 cannot connect now, 53300 too many connections, class 08 a lost or
     * refused connection.
     */
    @ParameterizedTest
    @ValueSource(strings = {"57P01", "57P02", "57P03", "53300", "08006", "08001", "08003"})
    void answersServiceUnavailableWhenJpaLosesTheDatabase(String sqlState) {
        Exception ex = new JpaSystemException(new PersistenceException("statement failed",
                new SQLException("connection lost", sqlState)));

        var response = handler.unexpected(ex);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"commit", "begin"})
    void answersServiceUnavailableWhenATransactionCannotBeginOrEnd(String when) {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException("pool timed out");
        Exception ex = when.equals("begin") ? new CannotCreateTransactionException("no connection", timeout)
                : new TransactionSystemException("commit failed", new SQLException("I/O error", "08006"));

        var response = when.equals("begin") ? handler.databaseUnavailable(ex) : handler.unexpected(ex);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    }

    /** A connection lost mid-transaction: the pool closes it, and the rollback that follows fails with no SQLSTATE. */
    @Test
    void answersServiceUnavailableWhenTheRollbackFailsOnALostConnection() {
        Exception ex = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(handler.unexpected(ex).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void answersInternalErrorForATransactionMisusedWithoutTheDatabase() {
        Exception ex = new JpaSystemException(new TransactionException("Transaction already active"));

        assertThat(handler.unexpected(ex).getStatusCode().value()).isEqualTo(500);
    }

    /** Spring calls class 54 a resource failure, but a statement over PostgreSQL's limits fails however often it is sent. */
    @Test
    void answersInternalErrorWhenAStatementExceedsALimitOfTheDatabase() {
        Exception ex = new DataAccessResourceFailureException("statement too complex",
                new SQLException("stack depth limit exceeded", "54001"));

        assertThat(handler.databaseUnavailable(ex).getStatusCode().value()).isEqualTo(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "42703", "XX000"})
    void answersInternalErrorForOtherDatabaseFailures(String sqlState) {
        Exception ex = new JpaSystemException(new PersistenceException("statement failed",
                new SQLException("bad statement", sqlState)));

        assertThat(handler.unexpected(ex).getStatusCode().value()).isEqualTo(500);
    }
}
