package com.memberpulse.support.attachment.internal;

import static com.memberpulse.support.attachment.internal.UnsupportedFile.ACCEPTED;
import static com.memberpulse.support.attachment.internal.UnsupportedFile.refused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what an upload is from its bytes (Apache Tika's magic numbers), never from its name or the type the
 * client claims, and refuses with UNSUPPORTED_MEDIA_TYPE what is not on the allow-list: images, PDF, plain
 * text (CSV is plain text) and Office documents. Office documents are zip containers, accepted as an {@link
 * OfficeArchive} once every entry, nested documents included, has been checked. The name can only refuse: a
 * text file named {@code run.bat} is still a script to the operating system that opens it.
 */
public final class ContentInspector {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private static final Set<String> ALLOWED = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain");

    private ContentInspector() {
    }

    /** The content type of the file at {@code file}, uploaded as {@code name}; UNSUPPORTED_MEDIA_TYPE if it is not accepted. */
    public static String inspect(Path file, String name) throws IOException {
        if (FileSignatures.runsByName(name)) {
            throw refused("Programs and scripts are not accepted (." + FileNames.extension(name) + " files run when opened). " + ACCEPTED);
        }
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            in.mark(FileSignatures.HEAD_BYTES);
            if (FileSignatures.program(in.readNBytes(FileSignatures.HEAD_BYTES))) {
                throw refused("Programs and scripts are not accepted, whatever their name. " + ACCEPTED);
            }
            in.reset();
            detected = TIKA.detect(in, new Metadata()).getBaseType();
        }
        if (TIKA.getMediaTypeRegistry().isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
            return new OfficeArchive(file, ArchiveLimits.DEFAULT).type();
        }
        if (ALLOWED.contains(detected.toString())) {
            return detected.toString();
        }
        throw refused("This file's content is " + detected + ", which is not accepted. " + ACCEPTED);
    }
}
