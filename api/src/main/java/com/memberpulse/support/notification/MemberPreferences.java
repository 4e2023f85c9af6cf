package com.memberpulse.support.notification;

import com.memberpulse.support.notification.internal.NotificationMapper;
import com.memberpulse.support.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' own notification preferences: whether they get e-mail. */
@Service
class MemberPreferences {

    private final NotificationMapper notifications;

    MemberPreferences(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    /** A member's preferences as they see them, with the address their e-mails go to. */
    record Preferences(boolean emailOptOut, @Nullable String email) {
    }

    @PreAuthorize("@access.requester()")
    @Transactional(readOnly = true)
    public Preferences mine() {
        CurrentUser user = CurrentUser.get();
        return new Preferences(notifications.optedOut(user.userId()), user.email());
    }

    @PreAuthorize("@access.requester()")
    @Transactional
    public Preferences updateMine(boolean emailOptOut) {
        CurrentUser user = CurrentUser.get();
        notifications.setOptOut(user.userId(), emailOptOut);
        return new Preferences(emailOptOut, user.email());
    }

    /** From an unsubscribe link (signed: the link is the proof), in the link's tenant. */
    @Transactional
    void optOut(String requesterId) {
        notifications.setOptOut(requesterId, true);
    }

    @Transactional(readOnly = true)
    boolean optedOut(String requesterId) {
        return notifications.optedOut(requesterId);
    }
}
