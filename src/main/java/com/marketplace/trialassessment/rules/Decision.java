package com.marketplace.trialassessment.rules;

import java.util.List;

/** What the rules say about one due checkpoint: decided, or waiting for data. */
public sealed interface Decision {

    Checkpoint checkpoint();

    record Decided(CheckpointResult result) implements Decision {

        @Override
        public Checkpoint checkpoint() {
            return result.checkpoint();
        }
    }

    record AwaitingData(Checkpoint checkpoint, List<MissingData> missing) implements Decision {

        public AwaitingData {
            missing = List.copyOf(missing);
        }
    }
}
