package com.marketplace.trialassessment.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/stores/{id}/checkpoints/{k}/reevaluations}: why the checkpoint is decided again. */
record ReevaluationRequest(@NotBlank @Size(max = 2000) String reason) {
}
