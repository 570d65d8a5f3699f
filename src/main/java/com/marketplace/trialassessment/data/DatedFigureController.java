package com.marketplace.trialassessment.data;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/stores/{id}")
@Tag(name = "Assessment data")
class DatedFigureController {

    private final DatedFigureService service;

    DatedFigureController(DatedFigureService service) {
        this.service = service;
    }

    @PutMapping("/daily-sales")
    @Operation(summary = "Store daily sales; a day sent again replaces the amount. All rows or none.")
    StoredCount putDailySales(@PathVariable long id, @RequestBody List<DailySale> rows) {
        return new StoredCount(service.store(FigureKind.DAILY_SALES, id, rows));
    }

    @GetMapping("/daily-sales")
    @Operation(summary = "A store's daily sales, ordered by date, optionally within from..to")
    PageResponse<DailySale> getDailySales(@PathVariable long id,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.find(FigureKind.DAILY_SALES, id, from, to, Paging.of(page, size, Sort.unsorted())),
                row -> new DailySale(row.date(), row.value()));
    }

    @PutMapping("/service-scores")
    @Operation(summary = "Store service-score snapshots; a date sent again replaces the score. All rows or none.")
    StoredCount putServiceScores(@PathVariable long id, @RequestBody List<ServiceScore> rows) {
        return new StoredCount(service.store(FigureKind.SERVICE_SCORE, id, rows));
    }

    @GetMapping("/service-scores")
    @Operation(summary = "A store's service-score snapshots, ordered by date, optionally within from..to")
    PageResponse<ServiceScore> getServiceScores(@PathVariable long id,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.find(FigureKind.SERVICE_SCORE, id, from, to, Paging.of(page, size, Sort.unsorted())),
                row -> new ServiceScore(row.date(), row.value()));
    }
}
