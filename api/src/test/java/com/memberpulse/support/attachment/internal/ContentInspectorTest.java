package com.memberpulse.support.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.attachment.SampleFiles;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type comes from the bytes; the name can only refuse. */
class ContentInspectorTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    @Test
    void acceptedTypesAreDetectedFromTheContentWhateverTheName() throws IOException {
        assertThat(inspect(SampleFiles.png(), "photo.png")).isEqualTo("image/png");
        assertThat(inspect(SampleFiles.png(), "photo.pdf")).isEqualTo("image/png");
        assertThat(inspect(SampleFiles.pdf(), "scan")).isEqualTo("application/pdf");
        assertThat(inspect(SampleFiles.text("Hello,\nmy card was charged twice.\n"), "note.txt")).isEqualTo("text/plain");
        assertThat(inspect(SampleFiles.text("name,amount\nAnn,10\n"), "dues.csv")).isEqualTo("text/plain");
        assertThat(inspect(SampleFiles.docx(Map.of()), "letter.bin")).isEqualTo(DOCX);
    }

    @Test
    void anOpenDocumentIsKnownByItsMimetypeEntry() throws IOException {
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        assertThat(inspect(SampleFiles.zip(odt), "minutes.odt")).isEqualTo("application/vnd.oasis.opendocument.text");

        odt.put("Basic/Standard/Module1.xml", "<script:module/>".getBytes(StandardCharsets.US_ASCII));
        assertRefused(SampleFiles.zip(odt), "minutes.odt", "macros");
    }

    @Test
    void programsAreRefusedWhateverTheirName() {
        assertRefused(SampleFiles.windowsExecutable(), "holiday.png", "Programs and scripts");
        assertRefused(SampleFiles.elfExecutable(), "report.pdf", "Programs and scripts");
        assertRefused(SampleFiles.shellScript(), "notes.txt", "Programs and scripts");
    }

    @Test
    void textNamedLikeAScriptIsRefusedBecauseTheSystemRunsItByName() {
        assertRefused(SampleFiles.text("@echo off\r\ndel /q C:\\\r\n"), "run.bat", ".bat");
        assertRefused(SampleFiles.text("WScript.Echo 1"), "invoice.pdf.vbs", ".vbs");
    }

    @Test
    void markupThatBrowsersWouldRunIsRefused() {
        assertRefused(SampleFiles.html(), "page.txt", "text/html");
        assertRefused(SampleFiles.svgWithScript(), "logo.png", "image/svg+xml");
    }

    @Test
    void archivesAreRefusedAndOfficeDocumentsMustHoldNoProgramsMacrosOrObjects() {
        assertRefused(SampleFiles.zip(Map.of("evil.exe", SampleFiles.windowsExecutable())), "photos.zip", "evil.exe");
        assertRefused(SampleFiles.zip(Map.of("readme.txt", SampleFiles.text("hi"))), "photos.zip", "Archives are not accepted");
        assertRefused(SampleFiles.docx(Map.of("word/evil.exe", SampleFiles.text("x"))), "letter.docx", "evil.exe");
        assertRefused(SampleFiles.docx(Map.of("word/media/image1.png", SampleFiles.elfExecutable())), "letter.docx", "image1.png");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(SampleFiles.docx(Map.of("word/vbaProject.bin", ole2)), "letter.docx", "macro");
        assertRefused(ole2, "old.doc", "x-tika-msoffice");
    }

    @Test
    void officeDocumentsAreCheckedToTheBottomAndRefusedWhenTheyUnpackLikeABomb() throws IOException {
        byte[] workbook = SampleFiles.xlsx(Map.of("xl/media/image1.png", SampleFiles.png()));
        assertThat(inspect(SampleFiles.docx(Map.of("word/embeddings/Sheet.xlsx", workbook)), "report.docx")).isEqualTo(DOCX);

        byte[] zipWithProgram = SampleFiles.zip(Map.of("setup.exe", SampleFiles.windowsExecutable()));
        assertRefused(SampleFiles.docx(Map.of("word/embeddings/package.zip", zipWithProgram)), "report.docx", "setup.exe");
        assertRefused(SampleFiles.docxOfZeros(1, 64 * 1024 * 1024), "report.docx", "zip bomb");
    }

    @Test
    void aDamagedArchiveIsRefused() {
        byte[] damaged = SampleFiles.docx(Map.of());
        byte[] truncated = java.util.Arrays.copyOf(damaged, damaged.length / 2);
        assertRefused(truncated, "letter.docx", "cannot be read");
    }

    private String inspect(byte[] content, String name) throws IOException {
        Path file = Files.write(dir.resolve("upload"), content);
        return ContentInspector.inspect(file, name);
    }

    private void assertRefused(byte[] content, String name, String reason) {
        assertThatThrownBy(() -> inspect(content, name))
                .isInstanceOfSatisfying(SupportException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE))
                .hasMessageContaining(reason);
    }
}
