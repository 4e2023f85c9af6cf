/** Strings of the settings shell (each settings section has its own file). */
export const admin = {
  navHeading: 'Settings',
  navLabel: 'Settings',
  sections: {
    categories: 'Categories',
    responses: 'Canned responses',
    myResponses: 'My canned responses',
    templates: 'Templates',
    assignment: 'Assignment',
    attachments: 'Attachments',
    slaPolicies: 'SLA policies',
    calendars: 'Business calendars',
    autoClose: 'Auto-close',
    notifications: 'Notifications',
  },
  notAllowed: 'Only your association’s administrators can change these settings.',
};
