import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meAs, renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { PREVIEW_DELAY_MS } from './TemplateEditor';
import { TemplatesSettings } from './TemplatesSettings';

const STATUS_CHANGED = {
  id: 'tpl-status', kind: 'STATUS_CHANGED', name: 'Member notification: status changed',
  subject: 'Ticket {{ticket.reference}} is now {{ticket.status}}',
  body: '<p>Hello {{member.firstName}},</p><p>Your ticket is now <strong>{{ticket.status}}</strong>.</p>',
  deletable: false, updatedAt: '2026-11-20T10:00:00Z', version: 2,
};
const WELCOME = { id: 'tpl-welcome', kind: 'REPLY', name: 'Welcome', subject: null, body: '<p>Hi {{member.firstName}}</p>', deletable: true, updatedAt: '2026-11-20T10:00:00Z', version: 0 };

const unknownVariable = (line: number) => ({
  errors: [{ message: `Unknown variable 'ticket.nope' (line ${line}). The variables are: member.firstName, ...`, extensions: { code: 'VALIDATION_FAILED', field: 'input.body', line } }],
  status: 200,
});

/** Renders the sample's values as the API would, and refuses `ticket.nope` at the line it is on. */
function preview(variables: Record<string, unknown>) {
  const input = variables.input as { subject: string | null; body: string };
  const bad = input.body.split('\n').findIndex((line) => line.includes('{{ticket.nope}}'));
  if (bad >= 0) return unknownVariable(bad + 1);
  const fill = (text: string) => text.replace(/\{\{member\.firstName\}\}/g, 'Maria').replace(/\{\{ticket\.status\}\}/g, 'in progress').replace('{{ticket.reference}}', '#1042');
  return { data: { previewResponseTemplate: { subject: input.subject === null ? null : fill(input.subject), body: fill(input.body) } } };
}

function api(extra: FakeApi = {}): FakeApi {
  return {
    Me: meAs(['CLIENT_ADMIN'], 'Ada Admin'),
    AdminTemplates: { data: { responseTemplates: [STATUS_CHANGED, WELCOME], tickets: { edges: [{ node: { id: 't-7', reference: '#7', subject: 'Lost card' } }] } } },
    AdminTemplatePreview: preview,
    ...extra,
  };
}

const body = () => screen.getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement;
const previews = (calls: { operationName: string; variables: Record<string, unknown> }[]) => calls.filter((call) => call.operationName === 'AdminTemplatePreview');

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/app/?screen=templates&template=tpl-status');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('templates', () => {
  it('lists notifications (edit only) apart from reply templates and lays a one-line body out a block a line', async () => {
    renderWithApi(<TemplatesSettings />, api());
    const nav = await screen.findByRole('navigation', { name: 'Templates' });
    expect(within(nav).getByRole('link', { name: 'Member notification: status changed' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Welcome' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: /New reply template/ })).toBeInTheDocument();
    expect(body().value).toBe('<p>Hello {{member.firstName}},</p>\n<p>Your ticket is now <strong>{{ticket.status}}</strong>.</p>');
    expect(screen.getByRole('textbox', { name: 'E-mail subject' })).toHaveValue(STATUS_CHANGED.subject);
    // A notification template cannot be deleted: no control for it.
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('previews the text against the sample ticket, debounced while typing', async () => {
    const { calls } = renderWithApi(<TemplatesSettings />, api());
    const region = await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    expect(region).toHaveTextContent('Subject: Ticket #1042 is now in progress');
    expect(region).toHaveTextContent('Hello Maria,');
    expect(previews(calls)).toHaveLength(1);
    expect(previews(calls)[0]!.variables).toEqual({ input: expect.objectContaining({ kind: 'STATUS_CHANGED', ticketId: null }) });

    const user = userEvent.setup();
    const end = body().value.length;
    await user.type(body(), '\n<p>See you, {{{{member.firstName}}</p>', { initialSelectionStart: end, initialSelectionEnd: end });
    // Nothing is asked while typing: one request once typing pauses, with the whole text.
    expect(previews(calls)).toHaveLength(1);
    expect(screen.getByText('Updating the preview…')).toBeInTheDocument();
    await waitFor(() => expect(region).toHaveTextContent('See you, Maria'));
    expect(previews(calls)).toHaveLength(2);
    expect((previews(calls)[1]!.variables.input as { body: string }).body).toMatch(/<p>See you, \{\{member\.firstName\}\}<\/p>$/);
  });

  it('previews against a recent ticket when one is picked', async () => {
    const { calls } = renderWithApi(<TemplatesSettings />, api());
    await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Preview with' }), '#7 Lost card');
    await waitFor(() => expect(previews(calls).at(-1)!.variables).toEqual({ input: expect.objectContaining({ ticketId: 't-7' }) }));
    expect(window.location.search).toContain('previewTicket=t-7');
  });

  it('shows a problem at its line: marked, named, and the caret taken there', async () => {
    renderWithApi(<TemplatesSettings />, api());
    await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    fireEvent.change(body(), { target: { value: '<p>Hello {{member.firstName}},</p>\n<p>Your ticket</p>\n<p>is {{ticket.nope}}</p>' } });

    const problem = await screen.findByText(/Unknown variable 'ticket.nope' \(line 3\)/);
    expect(problem.parentElement).toHaveTextContent(/^Line 3: Unknown variable/);
    expect(body()).toHaveAttribute('aria-invalid', 'true');
    expect(body()).toHaveAccessibleDescription(/Line 3: Unknown variable 'ticket.nope'/);
    const marked = document.querySelector('[aria-hidden="true"] .gutterError');
    expect(marked).toHaveTextContent('!3');
    // The last preview that could be read stays, marked as such.
    expect(screen.getByText(/shows the last text that could be read/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Go to line 3' }));
    expect(body()).toHaveFocus();
    const text = body().value;
    expect(text.slice(body().selectionStart, body().selectionEnd)).toBe('<p>is {{ticket.nope}}</p>');
  });

  it('shows a save-time problem at its line and keeps the text as a draft', async () => {
    const { calls } = renderWithApi(<TemplatesSettings />, api({
      // The preview passes (say it was rendered before the last change); the save is what refuses.
      AdminTemplatePreview: { data: { previewResponseTemplate: { subject: 'x', body: '<p>x</p>' } } },
      AdminTemplateUpdate: unknownVariable(2),
    }));
    await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    fireEvent.change(body(), { target: { value: '<p>Hi</p>\n<p>{{ticket.nope}}</p>' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText(/\(line 2\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to line 2' })).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminTemplateUpdate')?.variables).toEqual({
      input: { id: 'tpl-status', version: 2, name: STATUS_CHANGED.name, subject: STATUS_CHANGED.subject, body: '<p>Hi</p>\n<p>{{ticket.nope}}</p>' },
    });
    expect(screen.getByText(/Unsaved changes/)).toBeInTheDocument();
    expect(sessionStorage.getItem('memberpulse-support.draft.admin-templates.tpl-status')).toContain('ticket.nope');
  });

  it('inserts a variable where the caret was', async () => {
    renderWithApi(<TemplatesSettings />, api());
    await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    const textarea = body();
    textarea.focus();
    textarea.setSelectionRange(3, 3);
    await userEvent.click(screen.getByRole('button', { name: 'Insert {{client.name}}' }));
    expect(body().value.startsWith('<p>{{client.name}}Hello')).toBe(true);
  });

  it('adds a reply template, then deletes it only after confirmation', async () => {
    window.history.replaceState(null, '', '/app/?screen=templates');
    const { calls } = renderWithApi(<TemplatesSettings />, api({
      AdminTemplateCreate: { data: { createResponseTemplate: { id: 'tpl-new', name: 'Closing', version: 0 } } },
      AdminTemplateDelete: { data: { deleteResponseTemplate: 'tpl-welcome' } },
    }));
    const user = userEvent.setup();
    expect(await screen.findByText(/Pick a template above/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /New reply template/ }));
    expect(screen.queryByRole('textbox', { name: 'E-mail subject' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add template' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Required/);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Closing');
    fireEvent.change(body(), { target: { value: '<p>Closing {{ticket.reference}}.</p>' } });
    await user.click(screen.getByRole('button', { name: 'Add template' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminTemplateCreate')?.variables).toEqual({
      input: { name: 'Closing', body: '<p>Closing {{ticket.reference}}.</p>' },
    }));

    await user.click(screen.getByRole('link', { name: 'Welcome' }));
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome”?' });
    expect(calls.some((call) => call.operationName === 'AdminTemplateDelete')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminTemplateDelete')?.variables).toEqual({ id: 'tpl-welcome' }));
    expect(await screen.findByText('Deleted “Welcome”.')).toBeInTheDocument();
  });

  it('waits for typing to pause before previewing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { calls } = renderWithApi(<TemplatesSettings />, api());
    await screen.findByRole('region', { name: 'Preview of the filled-in template' });
    fireEvent.change(body(), { target: { value: '<p>a</p>' } });
    fireEvent.change(body(), { target: { value: '<p>ab</p>' } });
    await act(async () => { vi.advanceTimersByTime(PREVIEW_DELAY_MS - 100); });
    expect(previews(calls)).toHaveLength(1);
    await act(async () => { vi.advanceTimersByTime(200); });
    await waitFor(() => expect(previews(calls)).toHaveLength(2));
    expect((previews(calls)[1]!.variables.input as { body: string }).body).toBe('<p>ab</p>');
  });

  it('lists the staff notifications apart and offers each notification the variables it fills in', async () => {
    const assigned = { id: 'tpl-assigned', kind: 'ASSIGNED', name: 'Staff notification: assigned', subject: '{{ticket.reference}} is yours', body: '<p>Hi {{agent.firstName}}</p>', deletable: false, updatedAt: '2026-11-20T10:00:00Z', version: 0 };
    const escalated = { id: 'tpl-escalated', kind: 'ESCALATED', name: 'Staff notification: escalated', subject: 'SLA {{sla.state}}', body: '<p>{{sla.target}} is {{sla.state}}</p>', deletable: false, updatedAt: '2026-11-20T10:00:00Z', version: 0 };
    const newReply = { ...STATUS_CHANGED, id: 'tpl-reply', kind: 'NEW_REPLY', name: 'Member notification: new reply' };
    window.history.replaceState(null, '', '/app/?screen=templates&template=tpl-escalated');
    renderWithApi(<TemplatesSettings />, api({
      AdminTemplates: { data: { responseTemplates: [STATUS_CHANGED, newReply, assigned, escalated, WELCOME], tickets: { edges: [] } } },
    }));
    const nav = await screen.findByRole('navigation', { name: 'Templates' });
    const group = (heading: string) => within(within(nav).getByRole('heading', { name: heading }).parentElement!).getAllByRole('link').map((link) => link.textContent);
    expect(group('Member notifications')).toEqual(['Member notification: status changed', 'Member notification: new reply']);
    expect(group('Staff notifications')).toEqual(['Staff notification: assigned', 'Staff notification: escalated']);

    expect(screen.getByText('SLA escalation notification')).toBeInTheDocument();
    expect(screen.getByText(/when an SLA clock is at risk or breached/)).toBeInTheDocument();
    const insertable = () => screen.getAllByRole('button', { name: /^Insert \{\{/ }).map((button) => button.getAttribute('aria-label'));
    expect(insertable()).toEqual(expect.arrayContaining(['Insert {{ticket.url}}', 'Insert {{sla.target}}', 'Insert {{sla.state}}', 'Insert {{member.firstName}}']));
    expect(insertable()).not.toContain('Insert {{reply.body}}');

    await userEvent.click(within(nav).getByRole('link', { name: 'Member notification: new reply' }));
    expect(await screen.findByText(/Place the reply with \{\{reply\.body\}\}/)).toBeInTheDocument();
    expect(insertable()).toEqual(expect.arrayContaining(['Insert {{ticket.url}}', 'Insert {{reply.body}}']));
    expect(insertable()).not.toContain('Insert {{sla.state}}');

    await userEvent.click(within(nav).getByRole('link', { name: 'Staff notification: assigned' }));
    expect(await screen.findByText(/Here \{\{agent\.name\}\} is the assignee/)).toBeInTheDocument();
    expect(screen.getByText('Assignment notification')).toBeInTheDocument();

    // A reply template has none of them: they would be empty there.
    await userEvent.click(within(nav).getByRole('link', { name: 'Welcome' }));
    await screen.findByText('Agents insert it into a reply and edit it before sending.');
    expect(insertable()).not.toContain('Insert {{ticket.url}}');
  });
});
