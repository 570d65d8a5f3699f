package com.marketplace.trialassessment.category;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.ProblemErrors;
import com.marketplace.trialassessment.common.Timestamps;

@Service
class CategoryService {

    /** The default {@code effectiveFrom} of a first version: before any store could have launched. */
    static final LocalDate FAR_PAST = LocalDate.of(1900, 1, 1);
    /** {@code effectiveFrom} has a four-digit year, well within what PostgreSQL's {@code date} holds. */
    static final LocalDate EARLIEST_EFFECTIVE_FROM = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST_EFFECTIVE_FROM = LocalDate.of(9999, 12, 31);

    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CategoryService(Categories categories, ApplicationEventPublisher events, Clock clock) {
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Category create(CreateCategoryRequest request) {
        VersionTerms terms = checked(request.targets(), request.annual(), request.fee());
        LocalDate effectiveFrom = request.effectiveFrom() == null ? FAR_PAST : checked(request.effectiveFrom());
        if (categories.existsByCode(request.code())) {
            throw new ConflictException(CategoryMessages.ALREADY_EXISTS, request.code());
        }
        Instant now = Timestamps.now(clock);
        Category category = new Category(request.code(), request.name().strip(), now);
        category.addTargetVersion(effectiveFrom, terms.targets(), terms.annual(), terms.fee(), CurrentCaller.subject(),
                now);
        return categories.saveAndFlush(category);
    }

    @Transactional
    TargetVersion addTargetVersion(String code, NewTargetVersionRequest request) {
        VersionTerms terms = checked(request.targets(), request.annual(), request.fee());
        LocalDate effectiveFrom = checked(request.effectiveFrom());
        Category category = categories.findByCodeForUpdate(code)
                .orElseThrow(() -> new NotFoundException(CategoryMessages.NOT_FOUND, code));
        TargetVersion version = category.addTargetVersion(effectiveFrom, terms.targets(), terms.annual(), terms.fee(),
                CurrentCaller.subject(), Timestamps.now(clock));
        categories.flush();
        events.publishEvent(new TargetVersionAdded(category.id(), version.version()));
        return version;
    }

    @Transactional(readOnly = true)
    Category get(String code) {
        Category category = categories.findByCode(code)
                .orElseThrow(() -> new NotFoundException(CategoryMessages.NOT_FOUND, code));
        category.targetVersions().forEach(TargetVersion::targets);
        return category;
    }

    @Transactional(readOnly = true)
    Page<CategoryResponse> list(Pageable pageable) {
        return categories.findAll(pageable).map(CategoryResponse::of);
    }

    private static LocalDate checked(LocalDate effectiveFrom) {
        if (effectiveFrom.isBefore(EARLIEST_EFFECTIVE_FROM) || effectiveFrom.isAfter(LATEST_EFFECTIVE_FROM)) {
            throw InvalidInputException.of("effectiveFrom",
                    CommonMessages.BETWEEN.with(EARLIEST_EFFECTIVE_FROM, LATEST_EFFECTIVE_FROM));
        }
        return effectiveFrom;
    }

    /**
     * The targets and the agreement terms of a new version, every problem of any of them reported at
     * once; kept with two decimals, as the database stores them.
     */
    private static VersionTerms checked(List<TargetInput> targets, AnnualStandardInput annual, FeeTermsInput fee) {
        ProblemErrors errors = new ProblemErrors();
        checkTargets(targets, errors);
        AnnualTerms annualTerms = AgreementTermsCheck.annual(annual, errors);
        AnnualFeeTerms feeTerms = AgreementTermsCheck.fee(fee, errors);
        errors.throwIfAny();
        return new VersionTerms(targets.stream()
                .map(t -> new CheckpointTarget(t.checkpoint(), twoDecimals(t.salesTarget()),
                        twoDecimals(t.serviceScoreTarget())))
                .toList(), annualTerms, feeTerms);
    }

    /** Exactly checkpoints 1..4, each once; a service-score target at 2..4 and none at 1. */
    private static void checkTargets(List<TargetInput> inputs, ProblemErrors errors) {
        boolean[] seen = new boolean[5];
        for (int i = 0; i < inputs.size(); i++) {
            TargetInput input = inputs.get(i);
            int checkpoint = input.checkpoint();
            if (seen[checkpoint]) {
                errors.addAtRow(i, "targets[" + i + "].checkpoint", CategoryMessages.CHECKPOINT_TWICE.with(checkpoint));
            }
            seen[checkpoint] = true;
            if (checkpoint == 1 && input.serviceScoreTarget() != null) {
                errors.addAtRow(i, "targets[" + i + "].serviceScoreTarget", CategoryMessages.NO_SCORE_AT_CHECKPOINT_1);
            }
            if (checkpoint > 1 && input.serviceScoreTarget() == null) {
                errors.addAtRow(i, "targets[" + i + "].serviceScoreTarget",
                        CategoryMessages.SCORE_REQUIRED.with(checkpoint));
            }
        }
        for (int checkpoint = 1; checkpoint <= 4; checkpoint++) {
            if (!seen[checkpoint]) {
                errors.add("targets", CategoryMessages.CHECKPOINT_MISSING.with(checkpoint));
            }
        }
    }

    /** What a new version holds, checked. */
    private record VersionTerms(List<CheckpointTarget> targets, AnnualTerms annual, AnnualFeeTerms fee) {
    }

    /** Validation allows at most two decimals, so this never rounds. */
    private static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
