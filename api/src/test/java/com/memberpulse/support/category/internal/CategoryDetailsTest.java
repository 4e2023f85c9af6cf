package com.memberpulse.support.category.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryDetailsTest {

    @Test
    void namesAreTrimmedWithInnerWhitespaceCollapsed() {
        assertThat(new CategoryDetails("  Dues \t and\n\n fees ", null).name()).isEqualTo("Dues and fees");
        assertThat(new CategoryDetails("\u00A0Events\u2003 2026\u00A0", null).name()).isEqualTo("Events 2026");
        assertThat(new CategoryDetails("LMS", null).name()).isEqualTo("LMS");
    }

    @Test
    void descriptionsAreTrimmedKeepTheirLinesAndBlankMeansNone() {
        assertThat(new CategoryDetails("Billing", "  Invoices\nand refunds.  ").description()).isEqualTo("Invoices\nand refunds.");
        assertThat(new CategoryDetails("Billing", "   ").description()).isNull();
        assertThat(new CategoryDetails("Billing", null).description()).isNull();
    }

    @Test
    void lengthsCountCharactersAfterNormalising() {
        assertThat(new CategoryDetails(" " + "n".repeat(80) + " ", "d".repeat(500)).name()).hasSize(80);
        assertThat(new CategoryDetails("\uD83C\uDF9F".repeat(80), null).name()).hasSize(160);
        assertRefused(() -> new CategoryDetails("n".repeat(81), null), "input.name");
        assertRefused(() -> new CategoryDetails("Billing", "d".repeat(501)), "input.description");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0"})
    void aNameIsRequired(String name) {
        assertRefused(() -> new CategoryDetails(name, "Something"), "input.name");
    }

    @Test
    void controlCharactersAreRefused() {
        assertRefused(() -> new CategoryDetails("Bill\u0000ing", null), "input.name");
        assertRefused(() -> new CategoryDetails("Billing", "Dues\u0007"), "input.description");
    }

    private static void assertRefused(Runnable creation, String field) {
        assertThatThrownBy(creation::run)
                .isInstanceOfSatisfying(SupportException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
