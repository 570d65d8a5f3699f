/**
 * What two or more features share: problem responses, paging, the business clock, request limits.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.marketplace.trialassessment.common;
