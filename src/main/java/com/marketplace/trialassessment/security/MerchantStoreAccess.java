package com.marketplace.trialassessment.security;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.WholeNumbers;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreMessages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A merchant reaches a store's resources only when the store is theirs; anyone else's store answers
 * 404, exactly as a store that does not exist, so merchants never learn which ids exist.
 * <p>
 * The check runs on the {@code {id}} of the handler Spring MVC chose (every mapping under
 * {@code /api/stores/{id}}), the very text the controller's {@code @PathVariable} receives, and reads
 * it as {@link WholeNumbers} does, which is how the controllers read it too
 * ({@code common.StrictNumberBinding}): the store checked is the store the controller serves. Text
 * that is no store id in its one plain spelling ({@code 0x2}, {@code " 2"}, {@code 02} …) answers a
 * merchant the same 404, before any controller runs. A mapping below {@code /api/stores/} without an
 * {@code {id}} is closed to merchants, so that a new mapping cannot bypass the check by naming its
 * variable otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MerchantStoreAccess implements WebMvcConfigurer {

    /** The mappings whose {@code {id}} is a store id. */
    static final String STORE = "/api/stores/{id}";
    private static final String BELOW_STORES = "/api/stores/";

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
                    checkStore(request, merchant.get());
                }
                return true;
            }
        });
    }

    private void checkStore(HttpServletRequest request, String merchant) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !pattern.toString().startsWith(BELOW_STORES)) {
            return;
        }
        String id = pattern.toString().equals(STORE) || pattern.toString().startsWith(STORE + "/")
                ? storeIdText(request) : null;
        if (id == null) {
            throw new NotFoundException(SecurityMessages.RESOURCE_NOT_FOUND, request.getRequestURI());
        }
        OptionalLong storeId = WholeNumbers.parseLong(id);
        if (storeId.isEmpty() || !stores.merchantOf(storeId.getAsLong()).map(merchant::equals).orElse(false)) {
            throw new NotFoundException(StoreMessages.NOT_FOUND, id);
        }
    }

    /** The {@code {id}} as the controller's {@code @PathVariable} receives it (decoded). */
    private static String storeIdText(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : null;
    }
}
