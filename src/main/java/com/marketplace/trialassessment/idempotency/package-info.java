/**
 * Safe retries: a {@code POST} under {@code /api/} sent with an {@code Idempotency-Key} header is
 * carried out once per caller and key; a retry gets the first answer again (status, {@code Location},
 * body), across instances, for at least {@code trial.idempotency.retention}.
 */
package com.marketplace.trialassessment.idempotency;
