package com.memberpulse.support.attachment.internal;

/**
 * How far an uploaded archive (an Office document) may unpack before it is refused as a zip bomb: in all,
 * {@code maxUnpackedBytes} over every entry at every level; {@code maxRatio} times what the entries take
 * packed, per entry and for the whole upload, counted only past {@code ratioFloorBytes} so that a small,
 * repetitive part does not trip it; archives nested at most {@code maxDepth} levels, the upload being the first.
 */
record ArchiveLimits(long maxUnpackedBytes, int maxRatio, long ratioFloorBytes, int maxDepth) {

    private static final long MB = 1024 * 1024;

    /**
     * Real documents unpack to 2 to 20 times their size (Apache POI refuses past 100 too); 512 MB is far above
     * what a 25 MB document holds and bounds the work one upload can cost. Three levels: the document, an
     * embedded object (a chart's workbook), and a document embedded in that one.
     */
    static final ArchiveLimits DEFAULT = new ArchiveLimits(512 * MB, 100, MB, 3);
}
