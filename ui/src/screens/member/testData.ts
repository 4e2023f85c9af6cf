/** Test data for the member portal's component tests: answers as the API gives them. */
export function request(overrides: Record<string, unknown> = {}) {
  return {
    id: 't-1',
    reference: '#1',
    subject: 'Renewal failed',
    status: 'OPEN',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    category: { id: 'c-billing', name: 'Billing' },
    ...overrides,
  };
}

export function requestsPage(nodes: Record<string, unknown>[], hasNextPage = false, highlights: Record<string, { field: string; fragments: string[] }[]> = {}) {
  return { data: { myTickets: {
    edges: nodes.map((node) => ({ node, highlights: highlights[String(node.id)] ?? [] })),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
  } } };
}

export function message(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    visibility: 'PUBLIC',
    body: `<p>Message ${id}</p>`,
    createdAt: '2026-03-01T10:00:00Z',
    author: { name: 'Alex Agent', role: 'STAFF' },
    attachments: [],
    ...overrides,
  };
}

export function ticketAnswer(overrides: Record<string, unknown> = {}, messages: Record<string, unknown>[] = []) {
  return {
    data: {
      ticket: {
        id: 't-1',
        reference: '#1',
        subject: 'Renewal failed',
        description: '<p>My renewal failed twice.</p>',
        status: 'IN_PROGRESS',
        version: 3,
        createdAt: '2026-03-01T09:00:00Z',
        updatedAt: '2026-03-01T10:00:00Z',
        followUpOf: null,
        followUps: [],
        requester: { name: 'Maria Lind' },
        category: { name: 'Billing' },
        attachments: [],
        messages: { edges: messages.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
        ...overrides,
      },
    },
  };
}

export function validationError(field: string, message: string) {
  return { errors: [{ message, extensions: { code: 'VALIDATION_FAILED', field } }], status: 200 };
}

export function apiError(code: string, message = code) {
  return { errors: [{ message, extensions: { code } }], status: 200 };
}
