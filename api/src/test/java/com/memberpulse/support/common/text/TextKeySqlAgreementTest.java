package com.memberpulse.support.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uniqueness key is computed in Java on every write and was backfilled by the V10 migration in SQL
 * ({@code text_key}): both must give the same key for the names a tenant may already have, or a renamed look-alike
 * would slip past the unique index.
 */
class TextKeySqlAgreementTest extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void javaAndSqlFoldNamesAlike() {
        List<String> names = new ArrayList<>(List.of("Billing", "  BILL ing ", "Bill\u200Bing", "Bil\u00ADling", "\uFEFFBilling", "Bill\u202Eing",
                "m\u00B2", "\uFB01le", "\uFF22illing", "Caf\u00E9", "Cafe\u0301", "Cafe\u200B\u0301", "\u00C9COLE", "Stra\u00DFe", "STRASSE",
                "\u03A3\u039F\u03A6\u0399\u0391", "\u03C3\u03BF\u03C6\u03B9\u03B1\u03C2", "\u0130stanbul", "\u0131rmak", "\u041C\u043E\u0441\u043A\u0432\u0430",
                "\u2460 first", "\u2474", "\u3000\u6F22\u5B57\u3000", "\uD83C\uDF9F tickets", "\u212B", "\u212A", "Tier\u00A01", "tab\there",
                "line\nbreak", "a\u0085b", "\u00A8x", "\uFF76\uFF9E",
                // Spacing marks become a space and a combining mark; with the space gone they are put in canonical order (V11).
                "\u00A8\uFE70", "x\u00A8\uFE70\u00B4"));
        // Every character a key ignores, between two letters, and every letter of Latin, Greek and Cyrillic alone.
        IntStream.rangeClosed(0x01, 0x10FFFF)
                .filter(c -> Character.getType(c) == Character.FORMAT || Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isWhitespace(c))
                .forEach(c -> names.add("a" + Character.toString(c) + "B"));
        IntStream.rangeClosed(0x41, 0x52F).filter(Character::isLetter).forEach(c -> names.add(Character.toString(c)));

        List<String> sql = inNewTenant(() -> jdbc.queryForList("select text_key(name) from unnest(?::text[]) with ordinality as n(name, i) order by i",
                String.class, (Object) names.toArray(String[]::new)));

        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String java = TextInput.key(names.get(i));
            if (!java.equals(sql.get(i))) {
                disagreements.add("%s: Java %s, SQL %s".formatted(names.get(i).codePoints().mapToObj("U+%04X"::formatted).toList(), java, sql.get(i)));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private <T> T inNewTenant(java.util.function.Supplier<T> work) {
        Tenant tenant = newTenant();
        return TenantContext.callIn(tenant, () -> transactions.execute(status -> work.get()));
    }
}
