/**
 * The daily evaluation run: decides every due checkpoint on its own each day, shared across
 * instances by claiming stores with {@code FOR UPDATE SKIP LOCKED}, with leases so that a crashed
 * instance's stores are taken up again by a later run.
 */
package com.marketplace.trialassessment.schedule;
