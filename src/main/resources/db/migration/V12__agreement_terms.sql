-- The agreement terms a target version may carry (annual-assessment.md): the annual standard (sales of
-- a whole year, service score) and the fee terms (the annual fee, the sales of a year from which half
-- or all of what was charged is refunded). Each block is all there or all null: older versions, and
-- new ones sent without it, have none. Versions are never edited, so these are only ever inserted.
-- Money is numeric(14, 2) like every amount (at most 999,999,999,999.99), scores numeric(3, 2).
alter table target_version
    add column annual_sales_target         numeric(14, 2),
    add column annual_service_score_target numeric(3, 2),
    add column annual_fee                  numeric(14, 2),
    add column half_refund_sales           numeric(14, 2),
    add column full_refund_sales           numeric(14, 2),
    add constraint target_version_annual_complete
        check ((annual_sales_target is null) = (annual_service_score_target is null)),
    add constraint target_version_annual_sales_target_positive check (annual_sales_target > 0),
    add constraint target_version_annual_score_range check (annual_service_score_target between 0 and 5),
    add constraint target_version_fee_complete
        check (num_nulls(annual_fee, half_refund_sales, full_refund_sales) in (0, 3)),
    add constraint target_version_annual_fee_positive check (annual_fee > 0),
    add constraint target_version_refund_thresholds
        check (half_refund_sales > 0 and half_refund_sales < full_refund_sales);
