package com.marketplace.trialassessment.data;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.common.ServiceUnavailableException;

/**
 * The bulk uploads this instance takes at once ({@code trial.bulk.max-concurrent-uploads}). A slot
 * is taken before the body is read and given back when the upload has been stored or refused; when
 * none is free the upload is refused at once ({@code 503} with {@code Retry-After}) instead of
 * waiting, so slow or many feeds cannot take every thread and database connection of the service.
 */
@Component
class BulkUploadSlots {

    /** A slot frees when an upload ends, which takes seconds for a body of millions of rows. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Semaphore slots;
    private final int size;

    BulkUploadSlots(BulkProperties properties) {
        this.size = properties.maxConcurrentUploads();
        this.slots = new Semaphore(size);
    }

    /**
     * A free slot, to be closed when the upload ends.
     *
     * @throws ServiceUnavailableException when every slot is taken
     */
    Slot take() {
        if (!slots.tryAcquire()) {
            throw new ServiceUnavailableException(DataMessages.UPLOADS_BUSY.with(size), RETRY_AFTER);
        }
        return new Slot();
    }

    /** One upload's slot; closing it more than once gives it back once. */
    final class Slot implements AutoCloseable {

        private boolean released;

        @Override
        public void close() {
            if (!released) {
                released = true;
                slots.release();
            }
        }
    }
}
