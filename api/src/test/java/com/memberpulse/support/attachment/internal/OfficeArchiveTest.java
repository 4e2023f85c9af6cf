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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office documents are checked to the bottom, nested ones included, and bombs are refused while they are read:
 * what {@link OfficeArchive#unpacked()} counts is all that was ever unpacked, and it stays near the bound.
 */
class OfficeArchiveTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final long KB = 1024;
    static final long MB = 1024 * KB;
    /** What one read past a bound may add: the inflater's buffer. */
    static final long ONE_READ = 64 * KB;
    /** A quarter of a gigabyte of zeros in a .docx of about 260 KB, built once: deflating it takes most of a second. */
    static final byte[] BOMB = SampleFiles.docxOfZeros(1, 256 * MB);

    @TempDir
    Path dir;

    @Test
    void aDocumentWithImagesChartsAndAnEmbeddedWorkbookIsAccepted() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/media/image1.png", SampleFiles.png());
        parts.put("word/media/image2.png", SampleFiles.png());
        parts.put("word/charts/chart1.xml", ascii("<c:chartSpace/>"));
        parts.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", SampleFiles.xlsx(Map.of("xl/worksheets/sheet1.xml", sheet(50_000))));
        parts.put("word/styles.xml", sheet(20_000));

        OfficeArchive archive = archive(SampleFiles.docx(parts), ArchiveLimits.DEFAULT);

        assertThat(archive.type()).isEqualTo(DOCX);
        assertThat(archive.unpacked()).as("dense but real XML, past the ratio's floor").isGreaterThan(2 * MB);
    }

    @Test
    void oneHugeEntryOfZerosIsRefusedHavingUnpackedAHundredTimesItsPackedSizeAtMost() {
        OfficeArchive archive = assertRefused(BOMB, ArchiveLimits.DEFAULT, "100 times its size");

        assertThat(archive.unpacked()).isLessThanOrEqualTo(100L * BOMB.length + ONE_READ).isLessThan(32 * MB);
    }

    @Test
    void manySmallDenseEntriesAreRefusedByTheUploadsRatio() throws IOException {
        ArchiveLimits limits = new ArchiveLimits(512 * MB, 100, 64 * KB, 3);
        byte[] bomb = SampleFiles.docxOfZeros(1_000, 64 * KB);

        OfficeArchive archive = assertRefused(bomb, limits, "100 times its size");

        assertThat(archive.unpacked()).isLessThanOrEqualTo(100L * bomb.length + ONE_READ);
    }

    @Test
    void theTotalIsBoundedWhateverTheRatio() throws IOException {
        ArchiveLimits limits = new ArchiveLimits(2 * MB, 100, MB, 3);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            parts.put("word/media/photo" + i + ".png", noise(MB));
        }

        OfficeArchive archive = assertRefused(SampleFiles.docx(parts), limits, "more than 2 MB");

        assertThat(archive.unpacked()).isLessThanOrEqualTo(2 * MB + ONE_READ);
    }

    @Test
    void aBombInsideAnEmbeddedDocumentIsRefusedAsSoonAsItPassesTheFloor() throws IOException {
        byte[] document = SampleFiles.docx(Map.of("word/embeddings/Letter.docx", BOMB));

        OfficeArchive archive = assertRefused(document, ArchiveLimits.DEFAULT, "100 times its size");

        assertThat(archive.unpacked()).as("streamed: the packed bytes are counted as they are read")
                .isLessThanOrEqualTo(MB + BOMB.length + ONE_READ);
    }

    @Test
    void aZipInsideADocumentIsRefusedAndSoIsAnyProgramInIt() {
        byte[] exe = SampleFiles.windowsExecutable();
        assertRefused(SampleFiles.docx(Map.of("word/embeddings/package.zip", SampleFiles.zip(Map.of("setup.exe", exe)))),
                ArchiveLimits.DEFAULT, "setup.exe");
        assertRefused(SampleFiles.docx(Map.of("word/embeddings/package.bin", SampleFiles.zip(Map.of("readme.txt", exe)))),
                ArchiveLimits.DEFAULT, "readme.txt");
        assertRefused(SampleFiles.docx(Map.of("word/embeddings/photos.zip", SampleFiles.zip(Map.of("a.txt", ascii("hi"))))),
                ArchiveLimits.DEFAULT, "contains an archive (photos.zip)");
        assertRefused(SampleFiles.docx(Map.of("word/embeddings/Sheet.xlsx", SampleFiles.xlsx(Map.of("xl/media/x.png", exe)))),
                ArchiveLimits.DEFAULT, "x.png");
        byte[] sevenZip = {0x37, 0x7A, (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4};
        assertRefused(SampleFiles.docx(Map.of("word/media/image9.png", sevenZip)), ArchiveLimits.DEFAULT, "contains an archive (image9.png)");
    }

    @Test
    void documentsNestMoreThanTheLimitDeepAreRefused() throws IOException {
        byte[] twoLevels = SampleFiles.docx(Map.of("word/embeddings/Sheet.xlsx", SampleFiles.xlsx(Map.of())));
        byte[] threeLevels = SampleFiles.docx(Map.of("word/embeddings/Letter.docx", twoLevels));
        byte[] fourLevels = SampleFiles.docx(Map.of("word/embeddings/Letter.docx", threeLevels));

        assertThat(archive(threeLevels, ArchiveLimits.DEFAULT).type()).isEqualTo(DOCX);
        assertRefused(fourLevels, ArchiveLimits.DEFAULT, "nested more than 3 levels deep (Sheet.xlsx)");
        assertRefused(threeLevels, new ArchiveLimits(512 * MB, 100, MB, 2), "nested more than 2 levels deep (Sheet.xlsx)");
    }

    @Test
    void aDamagedEmbeddedDocumentIsRefused() {
        byte[] workbook = SampleFiles.xlsx(Map.of("xl/worksheets/sheet1.xml", sheet(1_000)));
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);

        assertRefused(SampleFiles.docx(Map.of("word/embeddings/Sheet.xlsx", truncated)), ArchiveLimits.DEFAULT, "cannot be read");
    }

    @Test
    void aPresentationKeepsItsTypeWithAnEmbeddedDocument() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ascii("<Types/>"));
        parts.put("ppt/presentation.xml", ascii("<p:presentation/>"));
        parts.put("ppt/embeddings/Document.docx", SampleFiles.docx(Map.of()));

        assertThat(archive(SampleFiles.zip(parts), ArchiveLimits.DEFAULT).type()).isEqualTo(PPTX);
    }

    private OfficeArchive archive(byte[] content, ArchiveLimits limits) throws IOException {
        return new OfficeArchive(Files.write(dir.resolve("upload"), content), limits);
    }

    private OfficeArchive assertRefused(byte[] content, ArchiveLimits limits, String reason) {
        try {
            OfficeArchive archive = archive(content, limits);
            assertThatThrownBy(archive::type)
                    .isInstanceOfSatisfying(SupportException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE))
                    .hasMessageContaining(reason);
            return archive;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A worksheet of {@code rows} numbered rows: repetitive XML as spreadsheets are, about 10 to 1 packed. */
    private static byte[] sheet(int rows) {
        StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; r <= rows; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7919 % 10007).append("</v></c></row>");
        }
        return ascii(xml.append("</sheetData></worksheet>").toString());
    }

    /** Bytes that deflate cannot pack. */
    private static byte[] noise(long size) {
        byte[] bytes = new byte[(int) size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
