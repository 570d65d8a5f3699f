/**
 * The read model for "how is my store doing": each checkpoint's state, the figures of the next
 * one, an outlook (if decided today; at the current run rate), the stores at risk, and the pages
 * that show them.
 */
package com.marketplace.trialassessment.dashboard;
