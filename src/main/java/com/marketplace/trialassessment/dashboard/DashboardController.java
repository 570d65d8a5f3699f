package com.marketplace.trialassessment.dashboard;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Dashboard")
class DashboardController {

    private final AssessmentViewService assessments;
    private final OperationsViewService operations;

    DashboardController(AssessmentViewService assessments, OperationsViewService operations) {
        this.assessments = assessments;
        this.operations = operations;
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

    @GetMapping("/api/dashboard/at-risk-stores")
    @Operation(summary = "Stores on trial whose outlook misses a requirement, most behind on sales first")
    PageResponse<OperationsViewService.AtRiskStore> atRisk(@RequestParam(required = false) String categoryCode,
            @RequestParam(required = false) Integer checkpoint, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (checkpoint != null && (checkpoint < 1 || checkpoint > 4)) {
            throw InvalidInputException.of("checkpoint", "must be a checkpoint from 1 to 4");
        }
        return operations.atRisk(categoryCode, checkpoint, Paging.of(page, size, Sort.unsorted()));
    }

    @GetMapping("/api/dashboard/summary")
    @Operation(summary = "Stores by status, and stores on trial by their next checkpoint")
    OperationsViewService.Summary summary() {
        return operations.summary();
    }
}
