package com.marketplace.trialassessment.data;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.ProblemErrors;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.DatedData;
import com.marketplace.trialassessment.store.Store;
import com.marketplace.trialassessment.store.StoreCatalog;

/**
 * Stores batches of daily sales or score snapshots: every row is checked first, and the batch is
 * written in one transaction only when all rows are valid.
 */
@Service
class DatedFigureService {

    static final int MAX_ROWS = 10_000;

    private final DatedFigureRepository repository;
    private final StoreCatalog stores;
    private final Clock clock;

    DatedFigureService(DatedFigureRepository repository, StoreCatalog stores, Clock clock) {
        this.repository = repository;
        this.stores = stores;
        this.clock = clock;
    }

    @Transactional
    int store(FigureKind kind, long storeId, List<? extends DatedFigure> rows) {
        Store store = stores.get(storeId);
        check(kind, store.launchDate(), LocalDate.now(clock), rows);
        return repository.upsert(kind, storeId, rows, Timestamps.now(clock));
    }

    @Transactional(readOnly = true)
    Page<DatedFigureRepository.Row> find(FigureKind kind, long storeId, LocalDate from, LocalDate to,
            Pageable pageable) {
        stores.get(storeId);
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("from", DataMessages.FROM_AFTER_TO);
        }
        return repository.find(kind, storeId, from == null ? LocalDate.of(1, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to, pageable);
    }

    /** Every row must have a date within launch..today, given once, and a valid value. */
    static void check(FigureKind kind, LocalDate launchDate, LocalDate today, List<? extends DatedFigure> rows) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("body", DataMessages.AT_LEAST_ONE_ROW);
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("body", DataMessages.AT_MOST_ROWS.with(MAX_ROWS));
        }
        ProblemErrors errors = new ProblemErrors();
        Map<LocalDate, Integer> firstIndexOfDate = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            DatedFigure row = rows.get(i);
            if (row == null) {
                errors.addAtRow(i, "row", CommonMessages.NOT_NULL);
                continue;
            }
            LocalDate date = row.date();
            Optional<DatedData.Refusal> refusal = date == null ? Optional.empty()
                    : DatedData.refusal(date, launchDate, today);
            if (date == null) {
                errors.addAtRow(i, "date", CommonMessages.NOT_NULL);
            }
            else if (refusal.isPresent()) {
                errors.addAtRow(i, "date", DataMessages.refused(refusal.get(), launchDate, today));
            }
            else {
                Integer first = firstIndexOfDate.putIfAbsent(date, i);
                if (first != null) {
                    errors.addAtRow(i, "date", DataMessages.REPEATS_DATE_OF_ROW.with(first));
                }
            }
            MessageSourceResolvable valueProblem = kind.valueProblem(row.value());
            if (valueProblem != null) {
                errors.addAtRow(i, kind.valueField, valueProblem);
            }
        }
        errors.throwIfAny();
    }
}
