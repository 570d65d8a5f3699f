package com.marketplace.trialassessment.common;

import java.io.IOException;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code trial.max-body-size} with a {@code 413} problem: at once when
 * the declared length is too large, and while reading when a chunked body grows past the limit.
 * Bulk uploads ({@code /api/bulk/**}) are not limited here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** Where the bulk endpoints live; the container has decoded and normalised the servlet path. */
    static final String BULK_PATH = "/api/bulk/";

    private final DataSize limit;
    private final ProblemLanguage language;

    RequestBodyLimitFilter(BusinessProperties properties, ProblemLanguage language) {
        this.limit = properties.maxBodySize();
        this.language = language;
    }

    /**
     * The bulk endpoints stream bodies far larger than a JSON batch into the database; they enforce
     * their own limit ({@code trial.bulk.max-body-size}) while reading.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(BULK_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            Locale locale = language.of(request);
            response.setHeader("Connection", "close");
            language.write(response, language.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                    CommonMessages.TITLE_PAYLOAD_TOO_LARGE, new PayloadTooLargeException(limit), locale), locale);
            return;
        }
        chain.doFilter(declared < 0 ? new LimitedRequest(request, limit) : request, response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final DataSize limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, DataSize limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.toBytes()) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
