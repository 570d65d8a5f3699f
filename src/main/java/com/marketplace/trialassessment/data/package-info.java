/**
 * The facts a store is assessed on, as feeds and operations staff send them: daily sales and
 * service-score snapshots (upserted by date, all-or-nothing per request) and violations (recorded,
 * revoked after a successful appeal).
 */
package com.marketplace.trialassessment.data;
