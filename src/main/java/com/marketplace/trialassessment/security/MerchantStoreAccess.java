package com.marketplace.trialassessment.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.store.StoreCatalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A merchant reaches a store's resources only when the store is theirs; anyone else's store answers
 * 404, exactly as a store that does not exist, so merchants never learn which ids exist.
 */
@Configuration(proxyBeanMethods = false)
class MerchantStoreAccess implements WebMvcConfigurer {

    private final StoreCatalog stores;

    MerchantStoreAccess(StoreCatalog stores) {
        this.stores = stores;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Optional<String> merchant = CurrentCaller.merchantScope();
                if (merchant.isPresent()) {
                    storeId(request).ifPresent(id -> {
                        if (!stores.merchantOf(id).map(merchant.get()::equals).orElse(false)) {
                            throw new NotFoundException("Store", id);
                        }
                    });
                }
                return true;
            }
        }).addPathPatterns("/api/stores/*", "/api/stores/*/**");
    }

    @SuppressWarnings("unchecked")
    private static Optional<Long> storeId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
