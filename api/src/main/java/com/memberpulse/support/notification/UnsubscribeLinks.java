package com.memberpulse.support.notification;

import com.memberpulse.support.common.crypto.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe link in every member e-mail (RFC 8058): it names the tenant and the member, signed with
 * the link secret so that nobody can unsubscribe someone else. It does not expire: an old e-mail's link still works.
 */
@Component
class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final NotificationProperties properties;

    UnsubscribeLinks(NotificationProperties properties) {
        this.properties = properties;
    }

    /** Who a link is for. */
    record Member(String tenant, String requesterId) {
    }

    String url(String tenant, String requesterId) {
        return properties.publicUrl() + PATH + "?token=" + token(new Member(tenant, requesterId));
    }

    String token(Member member) {
        String payload = ENCODER.encodeToString((member.tenant() + "\n" + member.requesterId()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The member a token names, if it is one of ours, unaltered. */
    Optional<Member> read(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", 2);
            return parts.length == 2 ? Optional.of(new Member(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        return Hmac.sha256(properties.linkSecret(), "unsubscribe:" + payload);
    }
}
