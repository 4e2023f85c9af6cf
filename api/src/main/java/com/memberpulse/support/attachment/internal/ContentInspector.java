package com.memberpulse.support.attachment.internal;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what an upload is from its bytes (Apache Tika's magic numbers), never from its name or the type the
 * client claims, and refuses with UNSUPPORTED_MEDIA_TYPE what is not on the allow-list: images, PDF, plain
 * text (CSV is plain text) and Office documents. Office documents are zip containers, recognised by their
 * main part after every entry has been checked for programs, macros and embedded objects. The name can
 * only refuse: a text file named {@code run.bat} is still a script to the operating system that opens it.
 */
public final class ContentInspector {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private static final Set<String> ALLOWED = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain");
    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Set<String> OPEN_DOCUMENT = Set.of(
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    /** Run by name on Windows, macOS or Linux, whatever the bytes are. */
    private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of(
            "exe", "dll", "msi", "msp", "bat", "cmd", "com", "scr", "pif", "cpl", "sh", "jar", "js", "jse",
            "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "lnk", "app", "apk");
    /** Native programs (PE, ELF, Mach-O, Java classes), scripts ({@code #!}) and OLE2 (macros, packaged objects). */
    private static final List<byte[]> PROGRAM_MAGIC = List.of(
            bytes(0x4D, 0x5A), bytes(0x7F, 0x45, 0x4C, 0x46), bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF),
            bytes(0xCE, 0xFA, 0xED, 0xFE), bytes(0xCF, 0xFA, 0xED, 0xFE), bytes(0xCA, 0xFE, 0xBA, 0xBE), bytes(0x23, 0x21));
    /** Where OpenDocument keeps macros (OOXML keeps them in an OLE2 part, refused by its magic). */
    private static final List<String> OPEN_DOCUMENT_MACROS = List.of("Basic/", "Scripts/");
    private static final byte[] OLE2_MAGIC = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final int HEAD_BYTES = 8;
    private static final int MAX_ENTRIES = 10_000;
    private static final String ACCEPTED = "Accepted: images (PNG, JPEG, GIF, WebP), PDF, plain text and CSV, "
            + "Word, Excel and PowerPoint documents (.docx, .xlsx, .pptx) and OpenDocument (.odt, .ods, .odp).";

    private ContentInspector() {
    }

    /** The content type of the file at {@code file}, uploaded as {@code name}; UNSUPPORTED_MEDIA_TYPE if it is not accepted. */
    public static String inspect(Path file, String name) throws IOException {
        if (EXECUTABLE_EXTENSIONS.contains(FileNames.extension(name))) {
            throw refused("Programs and scripts are not accepted (." + FileNames.extension(name) + " files run when opened). " + ACCEPTED);
        }
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            in.mark(HEAD_BYTES);
            if (startsLikeProgram(in.readNBytes(HEAD_BYTES))) {
                throw refused("Programs and scripts are not accepted, whatever their name. " + ACCEPTED);
            }
            in.reset();
            detected = TIKA.detect(in, new Metadata()).getBaseType();
        }
        if (TIKA.getMediaTypeRegistry().isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
            return containerType(file);
        }
        if (ALLOWED.contains(detected.toString())) {
            return detected.toString();
        }
        throw refused("This file's content is " + detected + ", which is not accepted. " + ACCEPTED);
    }

    /** An Office document's type, once no entry is a program or an OLE2 object; any other archive is refused. */
    private static String containerType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused("The document has too many parts to be checked.");
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                checkEntry(zip, entries.nextElement());
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                return OOXML_MAIN_PARTS.entrySet().stream().filter(part -> zip.getEntry(part.getKey()) != null)
                        .map(Map.Entry::getValue).findFirst()
                        .orElseThrow(() -> refused("This Office document is of a kind that is not accepted. " + ACCEPTED));
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (OPEN_DOCUMENT.contains(type)) {
                        return type;
                    }
                }
            }
            throw refused("Archives are not accepted. " + ACCEPTED);
        } catch (ZipException e) {
            throw refused("The file looks like an archive but cannot be read (damaged or encrypted). " + ACCEPTED);
        }
    }

    private static void checkEntry(ZipFile zip, ZipEntry entry) throws IOException {
        String entryName = entry.getName();
        if (EXECUTABLE_EXTENSIONS.contains(FileNames.extension(FileNames.sanitize(entryName)))) {
            throw refused("The file contains a program or script (" + FileNames.sanitize(entryName) + ").");
        }
        if (OPEN_DOCUMENT_MACROS.stream().anyMatch(entryName::startsWith)) {
            throw refused("The document contains macros.");
        }
        if (entry.isDirectory()) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (startsLikeProgram(head) || startsWith(head, OLE2_MAGIC)) {
                throw refused("The file contains a program, a macro or an embedded object (" + FileNames.sanitize(entryName) + ").");
            }
        }
    }

    private static boolean startsLikeProgram(byte[] head) {
        return PROGRAM_MAGIC.stream().anyMatch(magic -> startsWith(head, magic));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static SupportException refused(String message) {
        return new SupportException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
