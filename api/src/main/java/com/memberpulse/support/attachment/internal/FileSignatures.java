package com.memberpulse.support.attachment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What the allow-list refuses, told by a name's extension or by a file's first bytes (magic numbers). */
final class FileSignatures {

    /** Enough for every magic number here. */
    static final int HEAD_BYTES = 8;

    /** Run by name on Windows, macOS or Linux, whatever the bytes are. */
    private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of(
            "exe", "dll", "msi", "msp", "bat", "cmd", "com", "scr", "pif", "cpl", "sh", "jar", "js", "jse",
            "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "lnk", "app", "apk");
    /** Native programs (PE, ELF, Mach-O, Java classes) and scripts ({@code #!}). */
    private static final List<byte[]> PROGRAMS = List.of(
            bytes(0x4D, 0x5A), bytes(0x7F, 0x45, 0x4C, 0x46), bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF),
            bytes(0xCE, 0xFA, 0xED, 0xFE), bytes(0xCF, 0xFA, 0xED, 0xFE), bytes(0xCA, 0xFE, 0xBA, 0xBE), bytes(0x23, 0x21));
    /** OLE2 compound files: VBA macros, packaged objects, legacy Office documents. */
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    /** A zip's first entry, an empty zip, a split zip's marker. */
    private static final List<byte[]> ZIP = List.of(bytes(0x50, 0x4B, 0x03, 0x04), bytes(0x50, 0x4B, 0x05, 0x06), bytes(0x50, 0x4B, 0x07, 0x08));
    /** 7-Zip, RAR and Windows cabinets, which no Office document embeds (gzip is an .emz image's compression). */
    private static final List<byte[]> OTHER_ARCHIVES = List.of(
            bytes(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), bytes(0x52, 0x61, 0x72, 0x21, 0x1A, 0x07), bytes(0x4D, 0x53, 0x43, 0x46, 0, 0, 0, 0));

    private FileSignatures() {
    }

    static boolean runsByName(String name) {
        return EXECUTABLE_EXTENSIONS.contains(FileNames.extension(name));
    }

    static boolean program(byte[] head) {
        return PROGRAMS.stream().anyMatch(magic -> startsWith(head, magic));
    }

    static boolean ole2(byte[] head) {
        return startsWith(head, OLE2);
    }

    static boolean zip(byte[] head) {
        return ZIP.stream().anyMatch(magic -> startsWith(head, magic));
    }

    static boolean otherArchive(byte[] head) {
        return OTHER_ARCHIVES.stream().anyMatch(magic -> startsWith(head, magic));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
