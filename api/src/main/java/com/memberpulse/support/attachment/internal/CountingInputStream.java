package com.memberpulse.support.attachment.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read (or skipped) from a stream; {@link #counted} sees each step and may refuse to go on. */
class CountingInputStream extends FilterInputStream {

    private long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    /** Called after each step that read {@code bytes} more, which {@link #count()} already includes. */
    protected void counted(long bytes) {
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        add(b == -1 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        add(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long bytes) {
        if (bytes > 0) {
            count += bytes;
            counted(bytes);
        }
    }
}
