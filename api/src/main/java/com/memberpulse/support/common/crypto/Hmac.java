package com.memberpulse.support.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, the one keyed hash the service signs with. Every JDK has it, so it never fails for want of it. */
public final class Hmac {

    private Hmac() {
    }

    /** The MAC of the parts, one after the other, keyed with the UTF-8 bytes of {@code key}. */
    public static byte[] sha256(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The MAC of one text, keyed with the UTF-8 bytes of {@code key}. */
    public static byte[] sha256(String key, String text) {
        return sha256(key, text.getBytes(StandardCharsets.UTF_8));
    }
}
