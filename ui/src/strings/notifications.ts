/**
 * Strings of notifications: the admins' settings (channels, sender, webhook and its signing secret, parked
 * notifications), the member's e-mail preference, and the deliveries on the staff ticket view.
 */

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const channels: Record<string, string> = { EMAIL: 'E-mail', WEBHOOK: 'Webhook' };

/** `NotificationKind`: what a notification told, in words. */
const kinds: Record<string, string> = {
  STATUS_CHANGED: 'Status change',
  NEW_REPLY: 'New reply',
  UPDATES: 'Several changes',
  ASSIGNED: 'Assigned to an agent',
  ESCALATED: 'SLA escalation',
  CREATED: 'Ticket raised',
};

/** `ParkedNotification.eventType`: the change it would tell of. */
const eventTypes: Record<string, string> = {
  'ticket.created': 'Ticket raised',
  'ticket.status-changed': 'Status changed',
  'message.added': 'New reply',
  'ticket.assignee-changed': 'Assigned to an agent',
  'sla.warning': 'SLA at risk',
  'sla.breached': 'SLA breached',
};

/** Overlap presets of a secret rotation, in minutes (0 to 10080). */
export const OVERLAP_PRESETS = [0, 60, 1440, 10080] as const;
const overlapWords: Record<number, string> = { 0: 'None: the old secret stops at once', 60: '1 hour', 1440: '1 day', 10080: '1 week' };

export const notifications = {
  channel: (channel: string) => channels[channel] ?? channel,
  kind: (kind: string) => kinds[kind] ?? kind,
  eventType: (type: string) => eventTypes[type] ?? type,

  settings: {
    title: 'Notifications',
    intro: 'How members and staff hear about tickets: members by e-mail on every status change and public reply, agents when a ticket is assigned to them or an SLA escalates, and the host platform through a signed webhook. Nothing is dropped: what cannot be delivered waits below until it is sent again.',
    changed: 'Last changed',
    save: 'Save notification settings',
    saving: 'Saving…',
    saved: 'Saved. The next notification goes out with these settings.',
    conflict: 'Someone changed the notification settings meanwhile. What they saved is shown under each field; your changes are still here: check them, then save again.',
    nowValue: (value: string) => `Saved now: ${value}`,
    nowEmpty: 'Saved now: (none)',
    nowOn: 'Saved now: on',
    nowOff: 'Saved now: off',
    unsaved: 'Unsaved changes.',
    discard: 'Discard changes',

    email: {
      heading: 'E-mail',
      enabled: 'Send notifications by e-mail',
      enabledHint: 'Members get an e-mail on every status change and public reply (unless they opted out); agents when a ticket is assigned to them or an SLA escalates.',
      off: 'E-mail is off: nobody is e-mailed. The webhook still fires if it is on.',
      fromAddress: 'From address',
      fromAddressHint: 'Leave empty for the service’s default address. Use an address your mail domain allows us to send from.',
      fromName: 'From name',
      fromNameHint: 'The name shown with the From address (up to 100 characters). Leave empty for your association’s name.',
      replyTo: 'Reply-To address',
      replyToHint: 'Where members’ replies to the e-mails go. Leave empty to send them to the From address.',
      templatesLink: 'The e-mails’ text is written in Templates.',
    },

    webhook: {
      heading: 'Webhook to the host platform',
      enabled: 'Post every change to the webhook',
      enabledHint: 'Each notifiable change is posted as a signed JSON event with an event id, so the receiver can ignore duplicates.',
      needsSecret: 'Turning it on needs a signing secret: create one below first.',
      url: 'Receiver URL',
      urlHint: 'An https address (plain http only to 127.0.0.1 or localhost, for a receiver on the same machine).',
      secretHeading: 'Signing secret',
      secretIntro: 'Every event is signed with HMAC-SHA256 over a timestamp and the body, so the host can check it came from us.',
      noSecret: 'No signing secret yet.',
      secretHint: (hint: string) => `In use: the secret ending in …${hint}`,
      secretCreated: 'made',
      previousValid: 'The previous secret also signs events until',
      rotate: 'Rotate secret…',
      create: 'Create signing secret…',
    },

    rotate: {
      titleRotate: 'Rotate the signing secret?',
      titleCreate: 'Create a signing secret?',
      descriptionRotate: (hint: string) => `A new secret replaces the one ending in …${hint}. You will see the new secret once, to store it in the host platform’s receiver.`,
      descriptionCreate: 'We make a random secret and show it to you once, to store in the host platform’s receiver. Then you can turn the webhook on.',
      overlapLegend: 'Keep the old secret valid for',
      overlapHint: 'During the overlap every event carries two signatures, one per secret, so the host can switch to the new secret without missing an event.',
      overlap: (minutes: number) => overlapWords[minutes] ?? `${minutes} minutes`,
      recommended: '(recommended)',
      earlierEnds: 'An earlier secret still in its overlap stops signing now.',
      confirmRotate: 'Rotate secret',
      confirmCreate: 'Create secret',
      working: 'Making a new secret…',
    },

    secret: {
      title: 'Your new signing secret',
      warning: 'Copy it now: it will not be shown again. Store it in the host platform’s webhook receiver; if it is lost, rotate the secret again.',
      label: 'Signing secret',
      copy: 'Copy',
      copied: 'Copied to the clipboard.',
      copyFailed: 'Could not copy: select the secret and copy it yourself.',
      overlapUntil: 'The previous secret also signs events until',
      done: 'I have stored it',
    },

    parked: {
      heading: 'Waiting to be sent again',
      intro: 'Notifications that failed every retry (the mail server or the host kept refusing them). They wait here until you send them again; nothing is dropped.',
      empty: 'Nothing is waiting: every notification was delivered.',
      count: (n: number) => `${plural(n, 'notification is', 'notifications are')} waiting.`,
      listLabel: 'Notifications waiting to be sent again',
      selectAll: 'Select all',
      select: (what: string) => `Select ${what}`,
      columns: { channel: 'Channel', ticket: 'Ticket', what: 'What', attempts: 'Tries', error: 'Last error', failed: 'Last failed' },
      ticketGone: 'A ticket that no longer exists',
      noError: '—',
      resendAsked: 'Re-send asked',
      resend: (n: number) => (n === 0 ? 'Send again' : `Send ${plural(n, 'notification', 'notifications')} again`),
      resending: 'Asking…',
      selectFirst: 'Select the notifications to send again.',
      requested: (n: number) => (n === 0 ? 'None of them is waiting any more.' : `${plural(n, 'notification', 'notifications')} will be sent again shortly. One that succeeds leaves this list and shows on its ticket.`),
      notFound: (what: string[]) => `No longer waiting (already delivered, or gone): ${what.join('; ')}.`,
      showMore: 'Show more',
      loadingMore: 'Loading…',
      refresh: 'Refresh',
      shown: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
    },
  },

  member: {
    link: 'E-mail notifications',
    title: 'E-mail notifications',
    back: 'Back to my requests',
    loading: 'Loading your preferences…',
    intro: 'We e-mail you when one of your requests changes status or when we reply.',
    switchLabel: 'E-mail me about my requests',
    address: (email: string) => `E-mails go to ${email}.`,
    noAddress: 'We have no e-mail address for you, so we cannot e-mail you.',
    addressHint: 'The e-mail address of your account.',
    on: 'You will get an e-mail when your requests change.',
    off: 'You will not get e-mails about your requests. You can still see every update here.',
    saving: 'Saving…',
    notSaved: 'Your choice was not saved. Please try again.',
  },

  ticket: {
    tab: 'Notifications',
    heading: 'Notifications about this ticket',
    loading: 'Loading notifications…',
    empty: 'Nobody has been notified about this ticket yet.',
    listLabel: 'Notifications about this ticket',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    to: 'To',
    outcome: { SENT: 'Sent', SKIPPED: 'Skipped', PARKED: 'Not delivered' } as Record<string, string>,
    outcomeHint: {
      SENT: 'Accepted by the mail server or the receiver.',
      SKIPPED: 'Not sent on purpose.',
      PARKED: 'Every retry failed: it waits in Settings → Notifications to be sent again.',
    } as Record<string, string>,
    coalesced: (n: number) => `Told ${n} changes in one e-mail`,
    events: 'Event ids',
  },
};
