package com.marketplace.trialassessment.rules;

import java.util.List;

/** The decision an evaluation could not take for want of data, which held back what depends on it. */
public sealed interface Awaiting {

    List<MissingData> missing();

    /** A trial checkpoint. */
    record AtCheckpoint(Checkpoint checkpoint, List<MissingData> missing) implements Awaiting {

        public AtCheckpoint {
            missing = List.copyOf(missing);
        }
    }

    /** An annual assessment or a rectification review of {@code year}. */
    record Annual(AnnualKind kind, int year, List<MissingData> missing) implements Awaiting {

        public Annual {
            missing = List.copyOf(missing);
        }
    }
}
