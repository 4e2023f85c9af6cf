package com.memberpulse.support.notification;

import com.memberpulse.support.common.crypto.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The webhook's signature header, {@code MemberPulse-Signature: t=1764460800,v1=5f2b...}: HMAC-SHA256, keyed with the
 * tenant's secret (its UTF-8 bytes), over the timestamp, a dot and the raw body; hex. While a rotated secret overlaps
 * the new one, the header carries a {@code v1} per secret, the newest first. A receiver recomputes it with its secret,
 * compares in constant time with every {@code v1}, and refuses a timestamp too far from its clock (a replayed event).
 * Plain Java: the README's verification snippet does the same in a few lines.
 */
public final class WebhookSignature {

    public static final String HEADER = "MemberPulse-Signature";

    private WebhookSignature() {
    }

    /** The header for {@code body} sent at {@code timestamp} (seconds since the epoch), signed with each secret. */
    public static String header(long timestamp, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A webhook is signed with at least one secret");
        }
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(sign(secret, timestamp, body));
        }
        return header.toString();
    }

    /** Whether {@code header} signs {@code body} with {@code secret}, at a time at most {@code tolerance} from {@code now}. */
    public static boolean verify(String header, String body, String secret, Instant now, Duration tolerance) {
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String signature : signatures) {
            matched |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    static String sign(String secret, long timestamp, String body) {
        return HexFormat.of().formatHex(Hmac.sha256(secret, timestamp + "." + body));
    }
}
