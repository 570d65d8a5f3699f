package com.marketplace.trialassessment.store;

import java.net.URI;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/stores")
@Tag(name = "Stores")
class StoreController {

    private final StoreService service;

    StoreController(StoreService service) {
        this.service = service;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Register a store; it is assessed against the target version in force on its launch date")
    @ApiResponse(responseCode = "201", description = "The store, registered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "The category does not exist, or has no target version for the launch date")
    ResponseEntity<StoreResponse> create(@Valid @RequestBody CreateStoreRequest request) {
        StoreResponse store = service.create(request);
        return ResponseEntity.created(URI.create("/api/stores/" + store.id())).body(store);
    }

    @GetMapping
    @Operation(summary = "List stores, filtered by status, standing, category and merchant, ordered by id")
    PageResponse<StoreResponse> list(@RequestParam(required = false) StoreStatus status,
            @RequestParam(required = false) Standing standing,
            @RequestParam(required = false) String categoryCode,
            @RequestParam(required = false) String merchantId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.list(status, standing, categoryCode, merchantId, Paging.of(page, size, Sort.by("id"))),
                s -> s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One store")
    StoreResponse get(@PathVariable long id) {
        return service.get(id);
    }

    @GetMapping("/{id}/status-history")
    @Operation(summary = "Every change of the store's status, oldest first, with time and cause")
    PageResponse<StatusChangeResponse> statusHistory(@PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.statusHistory(id, Paging.of(page, size, Sort.by("id"))), c -> c);
    }
}
