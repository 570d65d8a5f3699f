package com.marketplace.trialassessment.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.common.ForbiddenException;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Timestamps;

/**
 * Subscriptions to the events of the stores' lives. Operations staff subscribe to one merchant's events
 * or, without a merchant id, to every merchant's; a merchant only to its own (its merchant id is
 * implied), and sees, reads and deletes only its own subscriptions (another's answers 404).
 */
@Service
class SubscriptionService {

    static final int MAX_MERCHANT_ID = 64;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookProperties properties;
    private final ReceiverAddress.Resolver resolver;
    private final Set<InetAddress> ownAddresses;
    private final Clock clock;

    SubscriptionService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookProperties properties,
            ReceiverAddress.Resolver resolver, OwnAddresses ownAddresses, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.properties = properties;
        this.resolver = resolver;
        this.ownAddresses = ownAddresses.addresses();
        this.clock = clock;
    }

    @Transactional
    SubscriptionResponse create(SubscriptionRequest request) {
        Optional<String> scope = CurrentCaller.merchantScope();
        String merchantId = request.merchantId();
        List<FieldProblem> problems = new ArrayList<>();
        if (merchantId != null && (merchantId.isBlank() || merchantId.length() > MAX_MERCHANT_ID
                || !merchantId.strip().equals(merchantId))) {
            problems.add(FieldProblem.of("merchantId", NotificationMessages.MERCHANT_ID.with(MAX_MERCHANT_ID)));
        }
        ReceiverAddress.refusal(request.url(), properties.allowLoopbackHttp(), resolver, ownAddresses)
                .ifPresent(refusal -> problems.add(FieldProblem.of("url", refusal)));
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        if (request.events() == null || request.events().isEmpty()) {
            problems.add(FieldProblem.of("events", NotificationMessages.AT_LEAST_ONE_EVENT));
        }
        else {
            for (int i = 0; i < request.events().size(); i++) {
                String name = request.events().get(i);
                Optional<EventType> type = name == null ? Optional.empty() : EventType.ofWireName(name);
                if (type.isEmpty()) {
                    problems.add(FieldProblem.atRow(i, "events", NotificationMessages.NOT_AN_EVENT_TYPE));
                }
                else if (!events.add(type.get())) {
                    problems.add(FieldProblem.atRow(i, "events", NotificationMessages.NAMED_TWICE));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (scope.isPresent()) {
            if (merchantId != null && !merchantId.equals(scope.get())) {
                throw new ForbiddenException(NotificationMessages.OWN_STORES_ONLY);
            }
            merchantId = scope.get();
        }
        String secret = WebhookSignature.newSecret();
        long id = subscriptions.insert(merchantId, request.url(), events, secret, CurrentCaller.subject(),
                Timestamps.now(clock));
        return response(subscriptions.find(id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    PageResponse<SubscriptionResponse> list(int page, int size) {
        String merchant = CurrentCaller.merchantScope().orElse(null);
        List<SubscriptionResponse> items = subscriptions.page(merchant, page * size, size).stream()
                .map(s -> response(s, null)).toList();
        return new PageResponse<>(items, page, size, subscriptions.count(merchant));
    }

    @Transactional(readOnly = true)
    SubscriptionResponse get(long id) {
        return response(visible(id), null);
    }

    @Transactional
    void delete(long id) {
        visible(id);
        deliveries.deleteOf(id);
        subscriptions.delete(id);
    }

    @Transactional(readOnly = true)
    PageResponse<DeliveryResponse> deliveries(long id, int page, int size) {
        visible(id);
        return new PageResponse<>(deliveries.page(id, page * size, size), page, size, deliveries.count(id));
    }

    /** Makes a delivery due again now (after it failed, or to send it once more). */
    @Transactional
    DeliveryResponse retry(long id, String eventId) {
        visible(id);
        if (eventId == null || !eventId.matches("evt_[0-9a-f]{32}") || !deliveries.retry(id, eventId, Timestamps.now(clock))) {
            throw new NotFoundException(NotificationMessages.DELIVERY_NOT_FOUND, eventId);
        }
        return deliveries.find(id, eventId).orElseThrow();
    }

    /** The subscription, when the caller may see it; another merchant's is as missing as one that is not. */
    private Subscription visible(long id) {
        Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> new NotFoundException(NotificationMessages.SUBSCRIPTION_NOT_FOUND, id));
        Optional<String> scope = CurrentCaller.merchantScope();
        if (scope.isPresent() && !scope.get().equals(subscription.merchantId())) {
            throw new NotFoundException(NotificationMessages.SUBSCRIPTION_NOT_FOUND, id);
        }
        return subscription;
    }

    private SubscriptionResponse response(Subscription s, String secret) {
        return new SubscriptionResponse(s.id(), s.url(), s.eventNames(), s.merchantId(), s.createdBy(),
                Timestamps.inBusinessZone(s.createdAt(), clock), s.disabledAt() == null, s.disabledWhy(), secret);
    }
}
