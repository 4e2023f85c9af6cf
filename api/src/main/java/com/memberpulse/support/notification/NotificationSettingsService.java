package com.memberpulse.support.notification;

import com.memberpulse.support.common.error.Echo;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.persistence.VersionedWrites;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.notification.internal.NotificationMapper;
import com.memberpulse.support.notification.internal.NotificationMapper.StoredSettings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's notification settings: read and changed by its admins, read by the delivering consumers on every
 * notification (no cache), so a change holds for the next one on every instance.
 */
@Service
class NotificationSettingsService {

    static final int MAX_OVERLAP_MINUTES = 7 * 24 * 60;
    private static final int MAX_NAME = 100;
    private static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationMapper notifications;

    NotificationSettingsService(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    @PreAuthorize("@access.admin()")
    @Transactional(readOnly = true)
    public NotificationSettings get() {
        return NotificationSettings.of(notifications.settings());
    }

    /** New settings, if they are still as the caller read them ({@code seen}, to the millisecond): CONFLICT otherwise. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public NotificationSettings update(boolean emailEnabled, @Nullable String fromAddress, @Nullable String fromName,
                                       @Nullable String replyToAddress, boolean webhookEnabled, @Nullable String webhookUrl,
                                       OffsetDateTime seen) {
        String from = address(fromAddress, "input.fromAddress");
        String name = TextInput.optionalLine(fromName, "input.fromName", MAX_NAME, "A sender name");
        String replyTo = address(replyToAddress, "input.replyToAddress");
        String url = webhookUrl(webhookUrl);
        if (webhookEnabled && url == null) {
            throw SupportException.validation("input.webhookUrl", "Give the receiver's URL to turn the webhook on.");
        }
        if (webhookEnabled && notifications.settings().webhookSecret() == null) {
            throw SupportException.validation("input.webhookEnabled",
                    "Make a signing secret first (rotate the webhook secret), so that the host can verify the events.");
        }
        StoredSettings updated = VersionedWrites.requireApplied(
                notifications.update(emailEnabled, from, name, replyTo, webhookEnabled, url, seen),
                "The notification settings were changed by someone else meanwhile. Reload them and try again.");
        return NotificationSettings.of(updated);
    }

    /** A new signing secret, answered this once; the old one signs too for {@code overlapMinutes}. */
    @PreAuthorize("@access.admin()")
    @Transactional
    public Rotation rotateSecret(int overlapMinutes) {
        if (overlapMinutes < 0 || overlapMinutes > MAX_OVERLAP_MINUTES) {
            throw SupportException.validation("input.overlapMinutes", "The overlap is 0 to " + MAX_OVERLAP_MINUTES + " minutes (a week).");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        return new Rotation(secret, NotificationSettings.of(notifications.rotateSecret(secret, overlapMinutes)));
    }

    record Rotation(String secret, NotificationSettings settings) {
    }

    /** The settings as stored, secrets included, for delivery: no user, so no authorisation. */
    @Transactional(readOnly = true)
    StoredSettings current() {
        return notifications.settings();
    }

    private static @Nullable String address(@Nullable String raw, String field) {
        if (TextInput.isBlank(raw)) {
            return null;
        }
        String address = raw.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !address.equals(parsed.getAddress()) || !address.contains("@")) {
                throw new AddressException("not a bare address");
            }
        } catch (AddressException e) {
            throw SupportException.validation(field, "'" + Echo.of(address)
                    + "' is not an e-mail address (write it as name@example.org).");
        }
        return address;
    }

    /** An absolute https URL, or http to the loopback address (a receiver on the same machine); null for none. */
    private static @Nullable String webhookUrl(@Nullable String raw) {
        if (TextInput.isBlank(raw)) {
            return null;
        }
        String url = raw.strip();
        String problem = "The webhook URL must be an absolute https URL (http only to 127.0.0.1 or localhost), at most " + MAX_URL
                + " characters.";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()));
            if (url.length() > MAX_URL || !allowed || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                throw SupportException.validation("input.webhookUrl", problem);
            }
        } catch (URISyntaxException e) {
            throw SupportException.validation("input.webhookUrl", problem);
        }
        return url;
    }

    private static boolean isLoopback(@Nullable String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Literal addresses only: a name is not looked up (it could point anywhere later).
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
