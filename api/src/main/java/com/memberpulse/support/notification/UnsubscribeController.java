package com.memberpulse.support.notification;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of member e-mails, without signing in (the signed token is the proof). Opening it (GET) only
 * asks, since mail scanners open links; the button, or a mail client's one-click unsubscribe (RFC 8058: a POST with
 * {@code List-Unsubscribe=One-Click}), opts the member out of e-mail.
 */
@RestController
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final MemberPreferences preferences;
    private final TenantService tenants;

    UnsubscribeController(UnsubscribeLinks links, MemberPreferences preferences, TenantService tenants) {
        this.links = links;
        this.preferences = preferences;
        this.tenants = tenants;
    }

    @GetMapping(UnsubscribeLinks.PATH)
    ResponseEntity<String> ask(@RequestParam(defaultValue = "") String token) {
        Optional<Tenant> tenant = tenantOf(token);
        if (tenant.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "This unsubscribe link is not valid",
                    "<p>The link may have been cut short. Use the link in a recent e-mail, or change your preferences in the member portal.</p>");
        }
        return page(HttpStatus.OK, "Stop e-mails from " + tenant.get().name() + "?",
                "<p>You will no longer get e-mails about your support requests. You can turn them on again in the member portal.</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token) + "\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @PostMapping(UnsubscribeLinks.PATH)
    ResponseEntity<String> unsubscribe(@RequestParam(defaultValue = "") String token) {
        Optional<UnsubscribeLinks.Member> member = links.read(token);
        Optional<Tenant> tenant = tenantOf(token);
        if (member.isEmpty() || tenant.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "This unsubscribe link is not valid",
                    "<p>Nothing was changed. Change your preferences in the member portal instead.</p>");
        }
        TenantContext.runIn(tenant.get(), () -> preferences.optOut(member.get().requesterId()));
        return page(HttpStatus.OK, "You are unsubscribed",
                "<p>You will no longer get e-mails from " + HtmlUtils.htmlEscape(tenant.get().name())
                        + " about your support requests. You can turn them on again in the member portal.</p>");
    }

    private Optional<Tenant> tenantOf(String token) {
        return links.read(token).flatMap(member -> tenants.find(member.tenant())).filter(Tenant::isActive);
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-family:system-ui,sans-serif;max-width:36rem;"
                + "margin:3rem auto;padding:0 1rem\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }
}
