package com.memberpulse.support.common.paging;

import com.memberpulse.support.common.crypto.Hmac;
import com.memberpulse.support.common.error.SupportException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque, tamper-proof pagination cursors. A cursor carries the keyset position and is signed together
 * with its scope (tenant, query and filter), so it cannot be altered, forged, or replayed against another
 * tenant's or another filter's data.
 */
@Component
public class CursorCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 16;

    private final String secret;

    CursorCodec(@Value("${memberpulse.cursor-secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("memberpulse.cursor-secret must be at least 32 characters");
        }
        this.secret = secret;
    }

    /** A cursor for {@code position} (any string the query can read back) valid only within {@code scope}. */
    public String encode(String scope, String position) {
        byte[] payload = position.getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(scope, payload);
        byte[] token = new byte[SIGNATURE_BYTES + payload.length];
        System.arraycopy(signature, 0, token, 0, SIGNATURE_BYTES);
        System.arraycopy(payload, 0, token, SIGNATURE_BYTES, payload.length);
        return ENCODER.encodeToString(token);
    }

    /** The position inside a cursor made for this scope; VALIDATION_FAILED on {@code after} otherwise. */
    public String decode(String scope, String cursor) {
        byte[] token;
        try {
            token = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (token.length < SIGNATURE_BYTES) {
            throw invalid();
        }
        byte[] payload = new byte[token.length - SIGNATURE_BYTES];
        System.arraycopy(token, SIGNATURE_BYTES, payload, 0, payload.length);
        byte[] expected = sign(scope, payload);
        byte[] actual = new byte[SIGNATURE_BYTES];
        System.arraycopy(token, 0, actual, 0, SIGNATURE_BYTES);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw invalid();
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    private byte[] sign(String scope, byte[] payload) {
        byte[] truncated = new byte[SIGNATURE_BYTES];
        System.arraycopy(Hmac.sha256(secret, scope.getBytes(StandardCharsets.UTF_8), new byte[] {0}, payload), 0, truncated, 0, SIGNATURE_BYTES);
        return truncated;
    }

    private static SupportException invalid() {
        return SupportException.validation("after", "This cursor is not valid for this query. Start again from the first page.");
    }
}
