package com.memberpulse.support.attachment.internal;

import static com.memberpulse.support.attachment.internal.UnsupportedFile.ACCEPTED;
import static com.memberpulse.support.attachment.internal.UnsupportedFile.refused;

import com.memberpulse.support.common.error.SupportException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An uploaded zip, accepted only as an Office document: OOXML (.docx, .xlsx, .pptx) known by its main part,
 * OpenDocument by its {@code mimetype} entry. Every entry is read to its end through an {@link ExpansionMeter}
 * and checked: a program (by name or magic), an OLE2 object (VBA macros, packaged objects), OpenDocument
 * macros or an archive refuses the upload. The one archive allowed inside is another accepted Office document
 * (a chart's workbook inside a .docx is an .xlsx): it is checked the same way, streamed through its parent's
 * entry and never unpacked to disk, at most {@link ArchiveLimits#maxDepth()} levels deep.
 */
final class OfficeArchive {

    private static final int MAX_ENTRIES = 10_000;
    /** Enough for the magic numbers and an OpenDocument's {@code mimetype}. */
    private static final int HEAD_BYTES = 100;
    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Set<String> OPEN_DOCUMENT = Set.of(
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    /** Where OpenDocument keeps macros (OOXML keeps them in an OLE2 part, refused by its magic). */
    private static final List<String> OPEN_DOCUMENT_MACROS = List.of("Basic/", "Scripts/");

    private final Path file;
    private final long uploadBytes;
    private final ArchiveLimits limits;
    private final ExpansionMeter meter;

    OfficeArchive(Path file, ArchiveLimits limits) throws IOException {
        this.file = file;
        this.uploadBytes = Files.size(file);
        this.limits = limits;
        this.meter = new ExpansionMeter(limits, uploadBytes);
    }

    /** The document's content type; UNSUPPORTED_MEDIA_TYPE if anything in it, at any level, is refused. */
    String type() throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw tooManyParts();
            }
            Parts parts = new Parts();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                // ZipFile feeds the inflater no more than the declared packed size, so the ratio is never overstated;
                // a size declared too large loosens this entry's ratio only, never the upload's.
                long packed = Math.min(entry.getCompressedSize(), uploadBytes);
                try (InputStream content = zip.getInputStream(entry)) {
                    check(entry, content, () -> packed, 1, parts);
                }
            }
            if (parts.ooxml && parts.type().isEmpty()) {
                throw refused("This Office document is of a kind that is not accepted. " + ACCEPTED);
            }
            return parts.type().orElseThrow(() -> refused("Archives are not accepted. " + ACCEPTED));
        } catch (ZipException | EOFException e) {
            throw refused("The file looks like an archive but cannot be read (damaged or encrypted). " + ACCEPTED);
        }
    }

    /** What the checks have unpacked so far, in bytes. */
    long unpacked() {
        return meter.unpacked();
    }

    private void check(ZipEntry entry, InputStream content, LongSupplier packed, int depth, Parts parts) throws IOException {
        String name = FileNames.sanitize(entry.getName());
        if (FileSignatures.runsByName(name)) {
            throw refused("The file contains a program or script (" + name + ").");
        }
        if (OPEN_DOCUMENT_MACROS.stream().anyMatch(entry.getName()::startsWith)) {
            throw refused("The document contains macros.");
        }
        if (entry.isDirectory()) {
            return;
        }
        PushbackInputStream metered = new PushbackInputStream(meter.meter(content, packed), HEAD_BYTES);
        byte[] head = metered.readNBytes(HEAD_BYTES);
        if (FileSignatures.program(head) || FileSignatures.ole2(head)) {
            throw refused("The file contains a program, a macro or an embedded object (" + name + ").");
        }
        if (FileSignatures.otherArchive(head)) {
            throw embeddedArchive(name);
        }
        parts.add(entry.getName(), head);
        metered.unread(head);
        if (FileSignatures.zip(head)) {
            nested(name, metered, depth + 1);
        }
        metered.transferTo(OutputStream.nullOutputStream());
    }

    /** An archive inside an entry, walked through the entry's stream. */
    private void nested(String name, InputStream content, int depth) throws IOException {
        if (depth > limits.maxDepth()) {
            throw refused("The document holds documents nested more than " + limits.maxDepth() + " levels deep (" + name
                    + "), more than the service checks. Remove the embedded object, or save the document as PDF.");
        }
        // counts the bytes the archive takes from its parent's entry, the packed side of its entries' ratios;
        // closing it leaves that entry to the parent, which reads it to its end
        CountingInputStream packed = new CountingInputStream(content) {
            @Override
            public void close() {
            }
        };
        Parts parts = new Parts();
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooManyParts();
                }
                long start = packed.count();
                check(entry, zip, () -> packed.count() - start, depth, parts);
            }
        }
        if (parts.type().isEmpty()) {
            throw embeddedArchive(name);
        }
    }

    private static SupportException embeddedArchive(String name) {
        return refused("The document contains an archive (" + name + "). Embedded images and Office documents are accepted, other archives are not.");
    }

    private static SupportException tooManyParts() {
        return refused("The document has too many parts to be checked.");
    }

    /** What one archive's entries say it is; only the names that matter are kept. */
    private static final class Parts {
        private boolean ooxml;
        private Optional<String> mainPart = Optional.empty();
        private String mimetype = "";

        void add(String name, byte[] head) {
            ooxml |= name.equals("[Content_Types].xml");
            if (mainPart.isEmpty()) {
                mainPart = Optional.ofNullable(OOXML_MAIN_PARTS.get(name));
            }
            if (name.equals("mimetype")) {
                mimetype = new String(head, StandardCharsets.US_ASCII).strip();
            }
        }

        Optional<String> type() {
            if (ooxml) {
                return mainPart;
            }
            return OPEN_DOCUMENT.contains(mimetype) ? Optional.of(mimetype) : Optional.empty();
        }
    }
}
