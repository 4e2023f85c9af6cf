package com.memberpulse.support.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd.txt           | passwd.txt",
            "..\\..\\windows\\win.ini       | win.ini",
            "C:\\Users\\ann\\report.pdf     | report.pdf",
            "/var/tmp/scan.png              | scan.png",
            "invoice.pdf                    | invoice.pdf",
            "Résumé été.docx                | Résumé été.docx",
            ".htaccess                      | htaccess",
            "...hidden.txt                  | hidden.txt",
            "trailing.pdf. .                | trailing.pdf",
            "CON                            | _CON",
            "con.txt                        | _con.txt",
            "Nul.tar.gz                     | _Nul.tar.gz",
            "COM1.png                       | _COM1.png",
            "lpt9                           | _lpt9",
            "console.txt                    | console.txt",
    })
    void keepsAPlainNameWithItsExtension(String raw, String expected) {
        assertThat(FileNames.sanitize(raw)).isEqualTo(expected);
    }

    @Test
    void replacesCharactersWindowsRefusesAndMarkupNeeds() {
        assertThat(FileNames.sanitize("a<b>c:d\"e|f?g*h.txt")).isEqualTo("a_b_c_d_e_f_g_h.txt");
        assertThat(FileNames.sanitize("\"><img src=x onerror=alert(1)>.png")).isEqualTo("___img src=x onerror=alert(1)_.png");
    }

    @Test
    void removesControlAndBidiCharactersThatCouldFakeAnExtension() {
        assertThat(FileNames.sanitize("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(FileNames.sanitize("report\r\nSet-Cookie: x=1\u0000.txt")).isEqualTo("reportSet-Cookie_ x=1.txt");
        assertThat(FileNames.sanitize("half\uD800 a pair\uDC00.txt")).isEqualTo("half a pair.txt");
        assertThat(FileNames.sanitize("\uD83D\uDCCE clip.txt")).isEqualTo("\uD83D\uDCCE clip.txt");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"..", "../..", "/", "\\", " . ", "\u0000\u0001", "dir/"})
    void nothingLeftIsAttachment(String raw) {
        assertThat(FileNames.sanitize(raw)).isEqualTo("attachment");
    }

    @Test
    void overLongNamesAreCutInTheBaseAndKeepTheirExtension() {
        String name = FileNames.sanitize("x".repeat(300) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("xxx.pdf");

        String emoji = FileNames.sanitize("\uD83D\uDE00".repeat(250) + ".png");
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(emoji).endsWith("\uD83D\uDE00.png");
    }

    @Test
    void theExtensionIsLowerCaseAndOnlyAfterADotInsideTheName() {
        assertThat(FileNames.extension("Report.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension("README")).isEmpty();
        assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
    }
}
