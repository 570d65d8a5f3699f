package com.marketplace.trialassessment.data;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/stores/{id}/violations")
@Tag(name = "Assessment data")
class ViolationController {

    private final ViolationService service;

    ViolationController(ViolationService service) {
        this.service = service;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Record a violation of platform rules")
    ResponseEntity<ViolationResponse> report(@PathVariable long id,
            @Valid @RequestBody ViolationRequests.Report request) {
        ViolationResponse violation = service.report(id, request);
        return ResponseEntity.created(URI.create("/api/stores/" + id + "/violations/" + violation.id()))
                .body(violation);
    }

    @GetMapping
    @Operation(summary = "A store's violations, revoked ones included, ordered by occurrence")
    PageResponse<ViolationResponse> list(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.list(id, Paging.of(page, size, Sort.by("occurredOn", "id"))), v -> v);
    }

    @GetMapping("/{violationId}")
    @Operation(summary = "One violation")
    ViolationResponse get(@PathVariable long id, @PathVariable long violationId) {
        return service.get(id, violationId);
    }

    @PostMapping("/{violationId}/revocation")
    @Operation(summary = "Revoke a violation after a successful appeal; it never counts again")
    ViolationResponse revoke(@PathVariable long id, @PathVariable long violationId,
            @Valid @RequestBody ViolationRequests.Revocation request) {
        return service.revoke(id, violationId, request);
    }
}
