package com.marketplace.trialassessment.assessment;

import java.time.Clock;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.common.Paging;
import com.marketplace.trialassessment.store.StoreCatalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/stores/{id}")
@Tag(name = "Evaluation and verdicts")
class AssessmentController {

    private final EvaluationService evaluations;
    private final VerdictQueries verdicts;
    private final FeeStatementQueries feeStatements;
    private final StoreCatalog stores;
    private final Clock clock;

    AssessmentController(EvaluationService evaluations, VerdictQueries verdicts, FeeStatementQueries feeStatements,
            StoreCatalog stores, Clock clock) {
        this.evaluations = evaluations;
        this.verdicts = verdicts;
        this.feeStatements = feeStatements;
        this.stores = stores;
        this.clock = clock;
    }

    @PostMapping("/evaluations")
    @Operation(summary = "Decide every due, undecided checkpoint in order, stopping at a failure or missing data")
    EvaluationResponse evaluate(@PathVariable long id) {
        return response(evaluations.evaluate(id, Trigger.REQUEST));
    }

    @GetMapping("/verdicts")
    @Operation(summary = "All verdicts of the store, current and superseded, by checkpoint and time")
    PageResponse<VerdictResponse> verdicts(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        stores.get(id);
        return PageResponse.of(verdicts.all(id, Paging.of(page, size, Sort.by("checkpoint", "id"))),
                v -> VerdictResponse.of(v, clock));
    }

    @PostMapping("/checkpoints/{k}/reevaluations")
    @Operation(summary = "Decide a decided checkpoint again (appeal, corrected data); the new verdict supersedes the old")
    EvaluationResponse reevaluate(@PathVariable long id, @PathVariable int k,
            @Valid @RequestBody ReevaluationRequest request) {
        if (k < 1 || k > 4) {
            throw InvalidInputException.of("k", CommonMessages.CHECKPOINT_NUMBER);
        }
        return response(evaluations.reevaluate(id, k, request.keptReason()));
    }

    @GetMapping("/annual-results")
    @Operation(summary = "Every annual assessment and rectification review of the store, oldest first, "
            + "current, superseded and voided")
    PageResponse<AnnualResultResponse> annualResults(@PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        stores.get(id);
        return PageResponse.of(verdicts.annualResults(id, Paging.of(page, size, Sort.by("dueDate", "kind", "id"))),
                r -> AnnualResultResponse.of(r, clock));
    }

    @GetMapping("/fee-statements")
    @Operation(summary = "Every annual-fee statement of the store, oldest first (by the year it settles), issued "
            + "and void")
    PageResponse<FeeStatementResponse> feeStatements(@PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        stores.get(id);
        PageRequest paging = Paging.of(page, size, Sort.unsorted());
        return new PageResponse<>(feeStatements.ofStore(id, (int) paging.getOffset(), paging.getPageSize()),
                paging.getPageNumber(), paging.getPageSize(), feeStatements.countOfStore(id));
    }

    @PostMapping("/annual-assessments/{year}/reevaluations")
    @Operation(summary = "Decide the store's latest annual assessment again (appeal, corrected data); it voids the "
            + "review that followed it, and the standing is worked out again")
    EvaluationResponse reevaluateAnnual(@PathVariable long id, @PathVariable int year,
            @Valid @RequestBody ReevaluationRequest request) {
        return response(evaluations.reevaluate(id, AnnualKind.ANNUAL, year(year), request.keptReason()));
    }

    @PostMapping("/rectification-reviews/{year}/reevaluations")
    @Operation(summary = "Decide the store's latest rectification review (of the assessed year) again; the standing "
            + "is worked out again")
    EvaluationResponse reevaluateReview(@PathVariable long id, @PathVariable int year,
            @Valid @RequestBody ReevaluationRequest request) {
        return response(evaluations.reevaluate(id, AnnualKind.RECTIFICATION, year(year), request.keptReason()));
    }

    /** A year as the annual paths and the fee export take it: 2000..9999 (the tables' range), else 400. */
    static int year(int year) {
        if (year < 2000 || year > 9999) {
            throw InvalidInputException.of("year", AssessmentMessages.YEAR);
        }
        return year;
    }

    private EvaluationResponse response(EvaluationResult result) {
        return EvaluationResponse.of(result, verdicts.byIds(result.verdictIds()),
                verdicts.annualResultsByIds(result.annualResultIds()), feeStatements.byIds(result.feeStatementIds()),
                clock);
    }
}
