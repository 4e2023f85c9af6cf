package com.memberpulse.support.attachment.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names as clients send them are untrusted: they may carry directories ({@code ../../etc/passwd}),
 * control or bidi characters that fake an extension ({@code invoice\u202Egnp.exe}), characters or device
 * names that Windows refuses ({@code CON}, {@code aux.txt}), or be absurdly long. What is kept is a plain
 * name a person recognises, with its extension.
 */
public final class FileNames {

    /** Used when nothing of the name is left. */
    private static final String FALLBACK = "attachment";
    static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 16;

    /** Control, invisible and line-breaking characters, and halves of surrogate pairs (which the database cannot store). */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]");
    private static final Pattern WINDOWS_RESERVED_CHARS = Pattern.compile("[<>:\"|?*]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
    private static final Set<Character> TRIMMED = Set.of('.', ' ');

    private FileNames() {
    }

    public static String sanitize(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("");
        name = WINDOWS_RESERVED_CHARS.matcher(name).replaceAll("_");
        name = trim(name);
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /** The extension in lower case without the dot, or "" when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Leading dots would hide the file on Unix; Windows drops trailing dots and spaces itself. */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && TRIMMED.contains(name.charAt(start))) {
            start++;
        }
        while (end > start && TRIMMED.contains(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Cuts the base name, never the extension, and never inside a surrogate pair. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > MAX_EXTENSION ? "" : "." + name.substring(name.length() - extension.length());
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return trim(base.substring(0, base.offsetByCodePoints(0, keep))) + suffix;
    }
}
