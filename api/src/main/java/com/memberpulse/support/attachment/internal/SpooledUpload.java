package com.memberpulse.support.attachment.internal;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload read once from the client into a private temporary file, counted and hashed on the way and
 * refused as soon as it passes the limit, so that it can be inspected and stored without holding it in memory
 * or a database connection while the client sends it. Closing it deletes the file.
 */
public final class SpooledUpload implements AutoCloseable {

    private static final int KB = 1024;
    private static final int MB = 1024 * KB;

    private final Path file;
    private final long size;
    private final String sha256;

    private SpooledUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Reads {@code content} to its end; PAYLOAD_TOO_LARGE once it passes {@code maxBytes}. */
    public static SpooledUpload read(InputStream content, long maxBytes) throws IOException {
        Path file = Files.createTempFile("attachment-", ".upload");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * KB];
                for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new SupportException(ErrorCode.PAYLOAD_TOO_LARGE,
                                "The file is larger than the limit of " + describe(maxBytes) + " per file.");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException(e);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** The SHA-256 of the content, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private static String describe(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return bytes % KB == 0 ? bytes / KB + " KB" : bytes + " bytes";
    }
}
