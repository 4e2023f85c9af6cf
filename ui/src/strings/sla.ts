/** Strings of the SLA screens: queue badges and filter, the ticket's SLA panel, the SLA settings and the reports page. */

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "35 min", "2 h", "2 h 15 min", "3 d 4 h": a length of (business) time in minutes. */
export function duration(minutes: number): string {
  const total = Math.abs(Math.round(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days} d ${restHours} h` : `${days} d`;
}

/**
 * "35m", "1h 59m", "23h", "3d 4h": the short form a queue badge has room for (whole hours from 10 h on; the exact due
 * time is in the badge's title).
 */
export function shortDuration(minutes: number): string {
  const total = Math.abs(Math.round(minutes));
  if (total < 60) return `${total}m`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours < 10) return rest ? `${hours}h ${rest}m` : `${hours}h`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days}d ${restHours}h` : `${days}d`;
}

const stateLabels = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  BREACHED: 'Breached',
  MET: 'Met',
  PAUSED: 'Paused',
} as Record<string, string>;

const targetLabels = { FIRST_RESPONSE: 'First response', RESOLUTION: 'Resolution' } as Record<string, string>;

const dayLabels = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday',
} as Record<string, string>;

export const sla = {
  duration,
  state: (state: string) => stateLabels[state] ?? state,
  target: (target: string) => targetLabels[target] ?? target,
  dueIn: (minutes: number) => `due in ${duration(minutes)}`,
  overdueBy: (minutes: number) => `overdue by ${duration(minutes)}`,
  left: (minutes: number) => `${duration(minutes)} left`,

  // ---- Queue ----
  queue: {
    column: 'SLA',
    filter: 'SLA',
    filterLegend: 'SLA state (the clock that decides next)',
    none: 'No SLA',
    noneLabel: 'No SLA clock',
    dueTitle: (target: string, at: string) => `${targetLabels[target] ?? target} due ${at}`,
    short: { FIRST_RESPONSE: 'Reply', RESOLUTION: 'Resolve' } as Record<string, string>,
    dueIn: (minutes: number) => `due in ${shortDuration(minutes)}`,
    overdueBy: (minutes: number) => `overdue ${shortDuration(minutes)}`,
    left: (minutes: number) => `${shortDuration(minutes)} left`,
  },

  // ---- Ticket view ----
  panel: {
    heading: 'SLA',
    none: 'No SLA policy measures this ticket.',
    policy: (name: string) => `Policy: ${name}`,
    policyDeleted: 'Policy: deleted since the ticket was raised',
    calendar: (name: string) => `Measured in ${name}`,
    due: 'Due',
    target: 'Target',
    elapsed: 'Used',
    remaining: 'Left',
    overdue: 'Overdue by',
    stopped: 'Stopped at',
    breachedAt: 'Breached at',
    notRunning: 'Not running',
    times: 'Measured times',
    firstResponse: 'First response',
    resolution: 'Resolution',
    business: (minutes: number) => `${duration(minutes)} business`,
    calendarTime: (minutes: number) => `${duration(minutes)} calendar`,
    paused: 'Paused for',
    firstResolved: 'First resolved',
    notYet: 'Not yet',
    showLedger: (count: number) => `Show SLA ledger (${count})`,
    hideLedger: 'Hide SLA ledger',
    ledgerLabel: 'SLA ledger, oldest first',
    ledgerEmpty: 'Nothing recorded yet.',
    dueAfter: (at: string) => `due after: ${at}`,
    noDueAfter: 'not running after this',
    kinds: {
      STARTED: 'started', PAUSED: 'paused', RESUMED: 'resumed', RETARGETED: 'retargeted', WARNED: 'warned', BREACHED: 'breached', MET: 'met',
    } as Record<string, string>,
    ledgerEntry: (target: string, kind: string) => `${targetLabels[target] ?? target} ${kind}`,
  },

  history: {
    field: 'SLA',
    value: (value: string) => {
      const [target = '', kind = ''] = value.split(' ');
      const what = targetLabels[target];
      const happened = sla.panel.kinds[kind];
      return what && happened ? `${what} ${happened}` : value;
    },
  },

  // ---- Settings: policies ----
  policies: {
    title: 'SLA policies',
    intro: 'How soon staff reply first and resolve, per priority, for each kind of requester. A ticket is measured against its requester type’s policy as it stands when the ticket is raised.',
    listLabel: 'SLA policies',
    requesterType: { MEMBER: 'Members', SPONSOR: 'Sponsors' } as Record<string, string>,
    forType: (type: string) => `For ${type.toLowerCase()}`,
    noPolicy: (type: string) => `${type} have no SLA policy: their new tickets get no clocks.`,
    create: (type: string) => `Create a policy for ${type.toLowerCase()}`,
    edit: 'Edit',
    editLabel: (name: string) => `Edit policy ${name}`,
    delete: 'Delete',
    deleteLabel: (name: string) => `Delete policy ${name}`,
    calendarHours: 'Calendar hours (round the clock)',
    inCalendar: (name: string) => `In ${name}`,
    warnAt: (percent: number) => `Warns at ${percent} % of a target`,
    targetsCaption: (name: string) => `Targets of ${name}`,
    priority: 'Priority',
    firstResponse: 'First response',
    resolution: 'Resolution',
    priorities: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' } as Record<string, string>,
    created: (name: string) => `Policy “${name}” created. New tickets are measured against it.`,
    updated: (name: string) => `Policy “${name}” saved. It holds for tickets raised from now on; running clocks keep their targets until their next priority change.`,
    deleted: (name: string) => `Policy “${name}” deleted.`,
    confirmDeleteTitle: (name: string) => `Delete policy “${name}”?`,
    confirmDeleteText: (type: string) =>
      `New tickets from ${type.toLowerCase()} will get no SLA clocks: nobody is warned and nothing is escalated for them. Tickets already open keep their clocks. You can create a policy again at any time.`,
    confirmDelete: 'Delete policy',
    deleting: 'Deleting…',
  },

  policyForm: {
    newTitle: (type: string) => `New SLA policy for ${type.toLowerCase()}`,
    editTitle: (name: string) => `Edit policy “${name}”`,
    description: 'Targets are measured in the calendar’s open hours, less the time a ticket waits on the requester.',
    name: 'Name',
    nameHint: 'Up to 80 characters, e.g. “Sponsors”.',
    nameRequired: 'Give the policy a name.',
    calendar: 'Measured in',
    calendarHint: 'A business calendar counts only its open hours; calendar hours count round the clock.',
    calendarHours: 'Calendar hours (round the clock)',
    targets: 'Targets per priority',
    targetsHint: 'From 1 minute to 365 days; resolution at least as long as the first response.',
    hours: 'hours',
    minutes: 'minutes',
    hoursLabel: (priority: string, what: string) => `${what} for ${priority.toLowerCase()} priority, hours`,
    minutesLabel: (priority: string, what: string) => `${what} for ${priority.toLowerCase()} priority, minutes`,
    targetInvalid: (priority: string) => `Enter whole hours and minutes (0 to 59) for ${priority.toLowerCase()} priority, more than 0 in all.`,
    resolutionShorter: (priority: string) => `The resolution target for ${priority.toLowerCase()} priority must be at least its first-response target.`,
    warning: 'Warn at',
    warningUnit: '% of a target',
    warningHint: 'From 1 to 99 (the default is 75). The clock turns “at risk” and the warning actions run.',
    warningInvalid: 'Enter a whole number from 1 to 99.',
    onWarning: 'When a clock reaches the warning share',
    onBreach: 'When a target is breached',
    notifyAssignee: 'Notify the assignee',
    notifyAdmins: 'Notify the administrators',
    raisePriority: 'Raise the priority one step',
    reassign: 'Reassign',
    reassignNone: 'Do not reassign',
    reassignAgent: 'To an agent',
    reassignTeam: 'To a team',
    agent: 'Agent',
    team: 'Team',
    chooseAgent: 'Choose an agent',
    chooseTeam: 'Choose a team',
    agentRequired: 'Choose the agent, or do not reassign.',
    teamRequired: 'Choose the team, or do not reassign.',
    noTeams: 'There are no teams yet.',
    inactiveAgent: (name: string) => `${name} (left the staff)`,
    save: 'Save policy',
    create: 'Create policy',
    saving: 'Saving…',
    conflict: 'Someone changed this policy meanwhile. We loaded the latest version; what you entered is still here. Save again to replace it.',
    gone: 'This policy was deleted meanwhile. Close this dialog to see the policies as they are now.',
  },

  // ---- Settings: calendars ----
  calendars: {
    title: 'Business calendars',
    intro: 'When support is open: a time zone, the open hours of each day and the holidays. SLA policies measure their targets in one of these.',
    listLabel: 'Business calendars',
    empty: 'No calendars yet: policies measure in calendar hours.',
    add: 'New calendar',
    edit: 'Edit',
    editLabel: (name: string) => `Edit calendar ${name}`,
    closed: 'closed',
    holidays: (count: number) => (count === 0 ? 'No holidays' : plural(count, 'holiday', 'holidays')),
    created: (name: string) => `Calendar “${name}” created.`,
    updated: (name: string) => `Calendar “${name}” saved. Due times already computed stay until the clock’s next pause, resume or priority change.`,
    days: dayLabels,
  },

  calendarForm: {
    newTitle: 'New business calendar',
    editTitle: (name: string) => `Edit calendar “${name}”`,
    description: 'Open hours are wall-clock times in the calendar’s time zone (daylight saving is honoured).',
    name: 'Name',
    nameHint: 'Up to 80 characters, unique, e.g. “Office hours”.',
    nameRequired: 'Give the calendar a name.',
    timeZone: 'Time zone',
    timeZoneHint: 'Type to search, e.g. Sydney or Europe/London.',
    timeZoneInvalid: 'Choose a time zone from the list.',
    weeklyHours: 'Open hours',
    weeklyHoursHint: 'Times as HH:mm; 24:00 is the end of the day. Add a shift for a split day (a lunch break, say).',
    openWord: 'open',
    closedDay: 'Closed',
    fromLabel: (day: string, index: number) => `${day}, shift ${index}, opens`,
    toLabel: (day: string, index: number) => `${day}, shift ${index}, closes`,
    addShift: 'Add shift',
    addShiftLabel: (day: string) => `Add a shift on ${day}`,
    removeShift: 'Remove',
    removeShiftLabel: (day: string, index: number) => `Remove shift ${index} on ${day}`,
    shiftInvalid: (day: string) => `${day}: each shift needs times as HH:mm, closing after it opens, not overlapping another.`,
    noShift: 'Open at least one day.',
    holidays: 'Holidays',
    holidaysHint: 'Days closed all day, in the calendar’s time zone.',
    holidayDateLabel: (index: number) => `Holiday ${index} date`,
    holidayNameLabel: (index: number) => `Holiday ${index} name`,
    addHoliday: 'Add holiday',
    removeHoliday: 'Remove',
    removeHolidayLabel: (name: string) => `Remove holiday ${name}`,
    noHolidays: 'No holidays.',
    holidayInvalid: 'Each holiday needs a date and a name, and a date only once.',
    save: 'Save calendar',
    create: 'Create calendar',
    saving: 'Saving…',
    conflict: 'Someone changed this calendar meanwhile. We loaded the latest version; what you entered is still here. Save again to replace it.',
    gone: 'This calendar is gone. Close this dialog to see the calendars as they are now.',
  },

  // ---- Settings: auto-close ----
  autoClose: {
    title: 'Auto-close',
    intro: 'Resolved tickets close for good when the requester has not written back for this long. A closed ticket cannot be reopened: a new message opens a follow-up ticket.',
    formLabel: 'Auto-close period',
    days: 'Close resolved tickets after',
    unit: 'days',
    hint: 'From 1 to 90 days (the default is 7).',
    invalid: 'Enter a whole number of days from 1 to 90.',
    now: (days: number) => `Now: resolved tickets close after ${plural(days, 'day', 'days')} without a reply.`,
    changed: 'Last changed',
    save: 'Save',
    saving: 'Saving…',
    saved: (days: number) => `Saved. Resolved tickets close after ${plural(days, 'day', 'days')} without a reply.`,
    conflict: (days: number) => `Someone changed the period meanwhile: it is now ${plural(days, 'day', 'days')}. Your value is still in the form; save again to replace it.`,
  },

  // ---- Reports ----
  reports: {
    nav: 'Reports',
    title: 'Reports',
    intro: 'Support figures for the tickets raised in a period. Times are business time, less the time tickets waited on the requester.',
    period: 'Period',
    from: 'From',
    to: 'To (inclusive)',
    presets: 'Quick periods',
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    thisMonth: 'This month',
    groupBy: 'Group by',
    grouping: { CATEGORY: 'Category', PRIORITY: 'Priority', AGENT: 'Agent', REQUESTER_TYPE: 'Requester type', DAY: 'Day' } as Record<string, string>,
    periodInvalid: 'Choose a “to” date on or after the “from” date, at most 366 days apart.',
    loading: 'Loading the report…',
    empty: 'No tickets were raised in this period.',
    tableCaption: (grouping: string, from: string, to: string) => `Tickets raised ${from} – ${to}, by ${grouping.toLowerCase()}`,
    columns: {
      group: 'Group',
      raised: 'Raised',
      resolved: 'Resolved',
      open: 'Open',
      firstResponseMedian: 'First response median (min)',
      firstResponseP90: 'First response p90 (min)',
      resolutionMedian: 'Resolution median (min)',
      resolutionP90: 'Resolution p90 (min)',
      slaMet: 'SLA met (%)',
    },
    total: 'Total',
    none: '—',
    unassigned: 'Unassigned',
    exportCsv: 'Export CSV',
    csvName: (from: string, to: string, grouping: string) => `support-report-${from}-to-${to}-by-${grouping.toLowerCase().replace(/_/g, '-')}.csv`,
    charts: 'Charts',
    volumeChart: 'Raised and resolved',
    timesChart: 'First response and resolution (business hours)',
    slaChart: 'SLA targets met',
    dayChart: 'Raised and resolved per day',
    raisedSeries: 'Raised',
    resolvedSeries: 'Resolved',
    frMedianSeries: 'First response median',
    frP90Series: 'First response p90',
    resMedianSeries: 'Resolution median',
    resP90Series: 'Resolution p90',
    metSeries: 'SLA met',
    hoursAxis: 'hours',
    chartSummaryVolume: (rows: { label: string; raised: number; resolved: number }[]) =>
      `Bar chart of tickets raised and resolved: ${rows.map((row) => `${row.label} ${row.raised} raised, ${row.resolved} resolved`).join('; ')}.`,
    chartSummaryDays: (days: number, raised: number, resolved: number, peak: string | null) =>
      `Line chart over ${plural(days, 'day', 'days')}: ${raised} raised and ${resolved} resolved in all${peak ? `; most raised on ${peak}` : ''}.`,
    chartSummaryTimes: (rows: { label: string; fr: string; res: string }[]) =>
      `Bar chart of median first-response and resolution times: ${rows.map((row) => `${row.label} first response ${row.fr}, resolution ${row.res}`).join('; ')}. The table has the 90th percentiles.`,
    chartSummarySla: (rows: { label: string; share: string }[]) =>
      `Bar chart of the share of SLA targets met: ${rows.map((row) => `${row.label} ${row.share}`).join('; ')}.`,
    noFigure: 'no figure',
    percent: (share: number) => `${(share * 100).toFixed(1)} %`,
    tooManyForChart: (shown: number, total: number) => `The charts show the ${shown} largest groups of ${total}; the table has them all.`,
  },
};
