package com.marketplace.trialassessment.notification;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/webhook-subscriptions")
@Tag(name = "Notifications")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Subscribe a receiver to events; the answer shows the signing secret, once")
    ResponseEntity<SubscriptionResponse> create(@RequestBody SubscriptionRequest request) {
        SubscriptionResponse created = subscriptions.create(request);
        return ResponseEntity.created(URI.create("/api/webhook-subscriptions/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions (operations staff: all), by id")
    PageResponse<SubscriptionResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        return subscriptions.list(paging.getPageNumber(), paging.getPageSize());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription (without its secret)")
    SubscriptionResponse get(@PathVariable long id) {
        return subscriptions.get(id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first: attempts, last status, next attempt")
    PageResponse<DeliveryResponse> deliveries(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        return subscriptions.deliveries(id, paging.getPageNumber(), paging.getPageSize());
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/deliveries/{eventId}/retry")
    @Operation(summary = "Try a delivery again now (a failed one gets three more days of retries)")
    ResponseEntity<DeliveryResponse> retry(@PathVariable long id, @PathVariable String eventId) {
        return ResponseEntity.accepted().body(subscriptions.retry(id, eventId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription; nothing more is delivered to it")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }
}
