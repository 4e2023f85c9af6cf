package com.memberpulse.support.attachment.internal;

import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts what one upload's archive entries unpack to, as they are read, and refuses the upload the moment a
 * bound of {@link ArchiveLimits} is passed: a zip bomb is unpacked no further than the bound, and never kept,
 * in memory or on disk. The unpacked sizes a zip declares are never believed; only the bytes read count.
 */
final class ExpansionMeter {

    private static final long MB = 1024 * 1024;

    private final ArchiveLimits limits;
    private final long uploadBytes;
    private long unpacked;

    ExpansionMeter(ArchiveLimits limits, long uploadBytes) {
        this.limits = limits;
        this.uploadBytes = uploadBytes;
    }

    /** All bytes unpacked so far, every entry at every level. */
    long unpacked() {
        return unpacked;
    }

    /**
     * {@code entry}, an entry's unpacked content, counted as it is read; {@code packedBytes} tells how many bytes
     * of its archive the entry has taken so far (or at most), the other side of its ratio.
     */
    InputStream meter(InputStream entry, LongSupplier packedBytes) {
        return new CountingInputStream(entry) {
            @Override
            protected void counted(long bytes) {
                unpacked += bytes;
                if (unpacked > limits.maxUnpackedBytes()) {
                    throw UnsupportedFile.refused("The document unpacks to more than " + limits.maxUnpackedBytes() / MB
                            + " MB, more than the service checks. Send a smaller document, or save it as PDF.");
                }
                if (tooDense(count(), packedBytes.getAsLong()) || tooDense(unpacked, uploadBytes)) {
                    throw UnsupportedFile.refused("The document unpacks to more than " + limits.maxRatio()
                            + " times its size, as a zip bomb does. If it is a real document, save it as PDF and send that.");
                }
            }
        };
    }

    private boolean tooDense(long unpackedBytes, long packedBytes) {
        return unpackedBytes > limits.ratioFloorBytes() && unpackedBytes > limits.maxRatio() * Math.max(packedBytes, 1);
    }
}
