package com.marketplace.trialassessment.common;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@code Accept} header as RFC 9110 (12.4.2) reads it: a media range with {@code q=0} is one the
 * client does not accept. Spring MVC only sorts such a range last and then serves it, so
 * {@code Accept: text/csv;q=0} got the CSV it refuses, with {@code 200}; here the ranges of quality 0
 * are left out, and when nothing else is left the answer is {@code 406}, as for any {@code Accept}
 * that names nothing the endpoint writes. A header that does not parse is still a malformed request
 * ({@code 400}, {@code ApiExceptionHandler}); no header, or one without any range, accepts anything.
 * <p>
 * Not covered: a {@code q=0} range that only narrows a wider one ({@code text/csv;q=0, *}{@code /*})
 * still lets the wider one accept the type it names.
 */
@Configuration(proxyBeanMethods = false)
class AcceptNegotiation implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new AcceptedRanges()));
    }

    /** The ranges of the {@code Accept} header that accept something (quality above 0), most specific first. */
    static final class AcceptedRanges extends HeaderContentNegotiationStrategy {

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
            List<MediaType> ranges = super.resolveMediaTypes(request);
            if (ranges.equals(MEDIA_TYPE_ALL_LIST)) {
                return ranges;
            }
            // an empty list accepts nothing: no mapping produces for it, no converter writes for it (406)
            return ranges.stream().filter(range -> range.getQualityValue() > 0).toList();
        }
    }
}
