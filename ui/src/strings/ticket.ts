/** Strings of the ticket view (staff). */

const statusLabels: Record<string, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  WAITING: 'Waiting on requester',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};
const priorityLabels: Record<string, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };
const channelLabels: Record<string, string> = { WEB: 'Web portal', EMAIL: 'E-mail', PHONE: 'Phone', CHAT: 'Chat', API: 'API' };

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

export const ticket = {
  title: 'Ticket',
  loading: 'Loading the ticket…',
  regionLabel: (reference: string) => `Ticket ${reference}`,
  status: (status: string) => statusLabels[status] ?? status,
  priority: (priority: string) => priorityLabels[priority] ?? priority,
  channel: (channel: string) => channelLabels[channel] ?? channel,
  statuses: statusLabels,
  priorities: priorityLabels,

  header: {
    requester: 'Requester',
    sponsor: 'Sponsor',
    member: 'Member',
    via: (channel: string) => `via ${channelLabels[channel] ?? channel}`,
    created: 'Raised',
    updated: 'Updated',
    priorityBadge: (priority: string) => `${priorityLabels[priority] ?? priority} priority`,
    followUpOf: 'Follow-up of',
    continuedIn: 'Continued in',
    openTicket: (reference: string) => `Open ticket ${reference}`,
  },

  tabs: {
    label: 'Ticket sections',
    conversation: 'Conversation',
    history: (count: number) => `History (${count})`,
  },

  conversation: {
    label: 'Conversation',
    raised: 'raised this ticket',
    staff: 'Staff',
    requester: 'Requester',
    internalNote: 'Internal note',
    internalNoteHint: 'Staff only: the requester never sees this.',
    reply: 'Reply',
    messageLabel: (author: string, kind: string) => `${kind} from ${author}`,
    descriptionLabel: (author: string) => `Request from ${author}`,
    shown: (shown: number, total: number) => `Showing ${shown} of ${total} messages`,
    loadMore: (count: number) => `Show ${count} more`,
    loadAll: (count: number) => `Show all ${count} remaining`,
    loadingMore: 'Loading messages…',
    noMessages: 'No replies or notes yet.',
  },

  composer: {
    regionLabel: 'Write a reply or an internal note',
    modeLegend: 'Who will see what you write',
    replyTo: (name: string) => `Reply to ${firstName(name)}`,
    noteMode: 'Internal note – staff only',
    hasDraft: 'draft',
    sendReply: 'Send reply',
    sendNote: 'Add internal note',
    sending: 'Sending…',
    sendHint: (mac: boolean) => `${mac ? '⌘' : 'Ctrl'}+Enter sends · / inserts a canned response`,
    empty: 'Write something first.',
    sentReply: 'Reply sent.',
    sentNote: 'Internal note added.',
    closed: 'This ticket is closed: nothing more can be written on it. If the requester writes again, a follow-up ticket is opened.',
    insertResponse: 'Insert response',
    files: 'Attach files',
    noteFiles: 'Attach files to the note',
    // Room for the "Draft response" button (AI), added by a later issue.
  },

  editor: {
    toolbar: 'Formatting',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bulleted list',
    numberedList: 'Numbered list',
    link: 'Link',
    linkTitle: 'Add a link',
    linkUrl: 'Web address',
    linkHint: 'Starts with https://, http:// or mailto:',
    linkInvalid: 'Enter a web address starting with https://, http:// or mailto:.',
    linkAdd: 'Add link',
  },

  responses: {
    dialogTitle: 'Insert a response',
    dialogDescription: 'Canned responses and templates are filled in for this ticket before they are inserted.',
    search: 'Search responses',
    canned: 'Canned responses',
    templates: 'Templates',
    shared: 'Shared',
    personal: 'Personal',
    none: 'No response matches.',
    loading: 'Loading responses…',
    inserting: 'Filling in the response…',
    slashListLabel: 'Canned responses by shortcut',
    slashMatches: (count: number, query: string) =>
      count === 0 ? `No canned response with the shortcut /${query}` : `${count} canned ${count === 1 ? 'response matches' : 'responses match'} /${query}. Enter or space inserts it.`,
  },

  properties: {
    label: 'Ticket properties',
    status: 'Status',
    priority: 'Priority',
    category: 'Category',
    assignee: 'Assignee',
    unassigned: 'Unassigned',
    archivedCategory: (name: string) => `${name} (archived)`,
    inactiveAgent: (name: string) => `${name} (left the staff)`,
    details: 'Details',
    requester: 'Requester',
    channel: 'Channel',
    created: 'Raised',
    updated: 'Last changed',
    firstResponse: 'First reply',
    resolved: 'Resolved',
    closed: 'Closed',
    notYet: 'Not yet',
    saving: 'Saving…',
    closeTitle: (reference: string) => `Close ${reference} for good?`,
    closeDescription: 'A closed ticket cannot be reopened or written on. If the requester writes again, a new follow-up ticket is opened.',
    closeConfirm: 'Close ticket',
    rolledBack: (what: string, message: string) => `${what} was not changed. ${message}`,
  },

  tags: {
    heading: 'Tags',
    listLabel: 'Tags',
    none: 'No tags yet.',
    add: 'Add tags',
    addButton: 'Add',
    hint: 'Enter adds; separate several with commas.',
    saving: 'Saving…',
    remove: (tag: string) => `Remove tag ${tag}`,
    notChanged: (message: string) => `Tags were not changed. ${message}`,
  },

  live: {
    changed: 'This ticket was changed by someone else.',
    reload: 'Reload',
  },
  conflict: {
    message: 'Someone else changed this ticket meanwhile, so your change was not saved. Reload to see the latest version: what you are typing is kept.',
    reload: 'Reload',
    reloading: 'Reloading…',
  },

  history: {
    label: 'History',
    empty: 'No changes yet.',
    system: 'System',
    rule: (name: string) => `Rule “${name}”`,
    someone: 'Someone',
    nobody: 'nobody',
    fields: {
      CREATED: 'Raised the ticket',
      STATUS: 'Status',
      PRIORITY: 'Priority',
      CATEGORY: 'Category',
      ASSIGNEE: 'Assignee',
      FIRST_RESPONSE: 'First reply to the requester',
      FOLLOW_UP: 'Follow-up opened',
      SLA: 'SLA',
      NOTIFICATION: 'Notification sent',
      TAGS: 'Tags',
    } as Record<string, string>,
    tagsAdded: 'added',
    tagsRemoved: 'removed',
    noTags: 'none',
    /** A NOTIFICATION entry: its value is the channel. */
    notification: (channel: string | null) => (channel === 'WEBHOOK' ? 'Webhook event sent' : channel === 'EMAIL' ? 'E-mail notification sent' : 'Notification sent'),
    note: (note: string) => `“${note}”`,
  },

  shortcuts: [
    { keys: 'r', description: 'Write a reply' },
    { keys: 'n', description: 'Write an internal note' },
    { keys: 'Ctrl+Enter', description: 'Send the reply or note' },
    { keys: '/', description: 'Insert a canned response by its shortcut (in the editor)' },
    { keys: 'Esc', description: 'Close a picker' },
  ],
};
