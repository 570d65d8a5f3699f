package com.marketplace.trialassessment.dashboard;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;
import com.marketplace.trialassessment.rules.Standing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Dashboard")
class DashboardController {

    private final AssessmentViewService assessments;
    private final OperationsViewService operations;
    private final AnnualStandingService annual;

    DashboardController(AssessmentViewService assessments, OperationsViewService operations,
            AnnualStandingService annual) {
        this.assessments = assessments;
        this.operations = operations;
        this.annual = annual;
    }

    @GetMapping("/api/stores/{id}/assessment")
    @Operation(summary = "Where the store stands: each checkpoint's state, the next checkpoint's figures, the outlook")
    StoreAssessmentResponse assessment(@PathVariable long id) {
        return assessments.assess(id);
    }

    @GetMapping("/api/stores/{id}/assessment/sales-curve")
    @Operation(summary = "Cumulative sales per trial day up to today, for the dashboard's chart")
    List<AssessmentViewService.SalesCurvePoint> salesCurve(@PathVariable long id) {
        return assessments.salesCurve(id);
    }

    @GetMapping("/api/stores/{id}/annual-standing")
    @Operation(summary = "Where a formal store stands this year: the year so far against its pro-rated target, the "
            + "projection, score and points, if the year ended today, the rectification period, a pending clearance "
            + "(409 for a store that is not formal)")
    @ApiResponse(responseCode = "200", description = "Where the store stands", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The store is not formal: it has no year to stand in")
    AnnualStandingResponse annualStanding(@PathVariable long id) {
        return annual.standing(id);
    }

    @GetMapping("/api/dashboard/at-risk-stores")
    @Operation(summary = "Stores whose outlook misses a requirement: on trial (their next checkpoint; most behind on "
            + "sales first), or with phase=FORMAL formal stores (their year; warned ones first, then most behind)")
    PageResponse<?> atRisk(@RequestParam(required = false) String categoryCode,
            @RequestParam(required = false) Integer checkpoint, @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) Standing standing, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (checkpoint != null && (checkpoint < 1 || checkpoint > 4)) {
            throw InvalidInputException.of("checkpoint", CommonMessages.CHECKPOINT_NUMBER);
        }
        if (phase == Phase.FORMAL) {
            if (checkpoint != null) {
                throw InvalidInputException.of("checkpoint", DashboardMessages.CHECKPOINT_NOT_FOR_FORMAL);
            }
            return annual.atRisk(categoryCode, standing, Paging.of(page, size, Sort.unsorted()));
        }
        if (standing != null) {
            throw InvalidInputException.of("standing", DashboardMessages.STANDING_ONLY_FOR_FORMAL);
        }
        return operations.atRisk(categoryCode, checkpoint, Paging.of(page, size, Sort.unsorted()));
    }

    /** Which stores the at-risk list is about: those on trial (their next checkpoint), or formal ones (their year). */
    enum Phase {
        TRIAL, FORMAL
    }

    @GetMapping("/api/dashboard/summary")
    @Operation(summary = "Stores by status, and stores on trial by their next checkpoint")
    OperationsViewService.Summary summary() {
        return operations.summary();
    }
}
