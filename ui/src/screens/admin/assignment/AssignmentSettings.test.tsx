import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { AssignmentSettings } from './AssignmentSettings';
import type { Agent, AssignmentData, Rule } from './types';

const billing = { id: 'cat-billing', name: 'Billing', archived: false, position: 1 };
const events = { id: 'cat-events', name: 'Events', archived: false, position: 2 };

function agent(id: string, name: string, extra: Partial<Agent> = {}): Agent {
  return {
    id, name, username: name.toLowerCase(), email: `${id}@example.org`, role: 'AGENT', active: true, availability: 'AVAILABLE',
    capacity: 20, openLoad: 3, openTickets: 2, version: 1, syncedAt: '2026-11-29T10:00:00Z', teams: [], ...extra,
  };
}

function rule(id: string, name: string, position: number, extra: Partial<Rule> = {}): Rule {
  return {
    id, name, position, enabled: true, version: 0, categories: [], priorities: [], requesterTypes: [], keywords: [],
    targetAgent: { id: 'agent-avery', name: 'Avery Agent', active: true }, targetTeam: null, strategy: null, ...extra,
  };
}

function data(extra: Partial<AssignmentData> = {}): AssignmentData {
  return {
    assignmentRules: [
      rule('rule-1', 'Sponsors first', 1, { requesterTypes: ['SPONSOR'] }),
      rule('rule-2', 'Billing desk', 2, {
        categories: [billing], targetAgent: null, targetTeam: { id: 'team-front', name: 'Front desk' }, strategy: 'ROUND_ROBIN',
      }),
      rule('rule-3', 'Refunds', 3, { keywords: ['refund'], priorities: ['HIGH'] }),
    ],
    supportTeams: [{ id: 'team-front', name: 'Front desk', description: null, version: 2, members: [{ id: 'agent-alex', name: 'Alex Agent', active: true }] }],
    supportAgents: [
      agent('agent-alex', 'Alex Agent', { teams: [{ id: 'team-front', name: 'Front desk' }] }),
      agent('agent-avery', 'Avery Agent', { availability: 'AWAY', version: 4 }),
      agent('agent-gone', 'Gina Gone', { active: false }),
    ],
    ticketCategories: [billing, events],
    ...extra,
  };
}

function render(answers: FakeApi = {}, initial: AssignmentData = data()) {
  return renderWithApi(<AssignmentSettings />, { AdminAssignment: { data: initial }, ...answers });
}

// Radix's Switch measures itself inside a form; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('assignment rules', () => {
  it('lists the rules in order with their conditions and target in words', async () => {
    render();
    const list = await screen.findByRole('list', { name: 'Assignment rules, in the order they are tried' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual(['Sponsors first', 'Billing desk', 'Refunds']);
    expect(rows[0]).toHaveTextContent('From: Sponsors');
    expect(rows[0]).toHaveTextContent('Goes to Avery Agent');
    expect(rows[1]).toHaveTextContent('Category: Billing');
    expect(rows[1]).toHaveTextContent('Goes to team Front desk (round-robin)');
    expect(rows[2]).toHaveTextContent('Priority: High · Mentions: “refund”');
  });

  it('moving a rule sends every rule id in the new order and shows it at once', async () => {
    const { calls } = render({ AdminAssignmentReorderRules: { data: { reorderAssignmentRules: [] } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Move Refunds up' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminAssignmentReorderRules')).toBeTruthy());
    expect(calls.find((call) => call.operationName === 'AdminAssignmentReorderRules')?.variables).toEqual({ ids: ['rule-1', 'rule-3', 'rule-2'] });
    expect(await screen.findByText('New order saved.')).toBeInTheDocument();
  });

  it('refuses an empty name and a missing target at their fields without sending anything', async () => {
    const { calls } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Give the rule a name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Agent')).toHaveAccessibleDescription(/Choose the agent who gets these tickets\./);
    expect(calls.map((call) => call.operationName)).not.toContain('AdminAssignmentCreateRule');
  });

  it("shows the API's refusal at the field it names, and sends the conditions and a team target with its strategy", async () => {
    const { calls } = render({
      AdminAssignmentCreateRule: { errors: [{ message: 'A keyword may have at most 100 characters.', extensions: { code: 'VALIDATION_FAILED', field: 'input.keywords[0]' } }], status: 200 },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Events to the front desk');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Events' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Members' }));
    await userEvent.type(screen.getByLabelText('Words in the subject or description'), 'tickets{Enter}Gala, gala');
    await userEvent.click(screen.getByRole('radio', { name: 'A team' }));
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'Front desk');
    await userEvent.click(screen.getByRole('radio', { name: /Workload balancing/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));

    const keywords = screen.getByLabelText('Words in the subject or description');
    await waitFor(() => expect(keywords).toHaveAttribute('aria-invalid', 'true'));
    expect(keywords).toHaveAccessibleDescription(/A keyword may have at most 100 characters\./);
    expect(calls.find((call) => call.operationName === 'AdminAssignmentCreateRule')?.variables).toEqual({
      input: {
        name: 'Events to the front desk', enabled: true, categoryIds: ['cat-events'], priorities: [], requesterTypes: ['MEMBER'],
        keywords: ['tickets', 'Gala'], teamId: 'team-front', strategy: 'WORKLOAD_BALANCING',
      },
    });
  });

  it('edits a rule with the version it was read at', async () => {
    const { calls } = render({ AdminAssignmentUpdateRule: { data: { updateAssignmentRule: { id: 'rule-1', version: 1 } } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit rule Sponsors first' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Rule is on' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(screen.getByText('Rule “Sponsors first” saved.')).toBeInTheDocument());
    expect(calls.find((call) => call.operationName === 'AdminAssignmentUpdateRule')?.variables).toEqual({
      input: { id: 'rule-1', version: 0, name: 'Sponsors first', enabled: false, categoryIds: [], priorities: [], requesterTypes: ['SPONSOR'], keywords: [], agentId: 'agent-avery' },
    });
  });
});

describe('teams', () => {
  it('says in plain words which rules stop a team from being deleted', async () => {
    window.history.replaceState(null, '', '/?assignmentTab=teams');
    render({ AdminAssignmentDeleteTeam: { errors: [{ message: 'The team is the target of rules: Billing desk.', extensions: { code: 'CONFLICT' } }], status: 200 } });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete team Front desk' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Team “Front desk” can’t be deleted while the rule “Billing desk” sends tickets to it. Change or delete that rule first.');
  });

  it('shows a taken name at the name field', async () => {
    window.history.replaceState(null, '', '/?assignmentTab=teams');
    render({ AdminAssignmentCreateTeam: { errors: [{ message: 'A team named “Front desk” already exists.', extensions: { code: 'VALIDATION_FAILED', field: 'input.name' } }], status: 200 } });
    await userEvent.type(await screen.findByLabelText('Name'), 'front desk');
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByText('A team named “Front desk” already exists.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('agents', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?assignmentTab=agents'));

  it('shows who left the staff apart from the agents', async () => {
    render();
    const table = await screen.findByRole('table', { name: 'Agents on the staff' });
    expect(within(table).queryByText('Gina Gone')).toBeNull();
    expect(within(table).getByText('Avery Agent').closest('tr')).toHaveTextContent('Away');
    expect(within(screen.getByRole('list', { name: 'Agents no longer on the staff' })).getByText('Gina Gone')).toBeInTheDocument();
  });

  it('says what the sync from Keycloak changed, in words', async () => {
    render({
      AdminAssignmentSyncAgents: { data: { syncSupportAgents: { added: 1, updated: 0, deactivated: 1, ticketsReleased: 2, agents: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } } },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sync from Keycloak' }));
    expect(await screen.findByText('Sync done: 1 new agent added and 1 agent no longer on the staff. 2 open tickets of those who left went back to automatic assignment. 3 agents are on the staff.'))
      .toBeInTheDocument();
  });

  it('says when the sync changed nothing', async () => {
    render({ AdminAssignmentSyncAgents: { data: { syncSupportAgents: { added: 0, updated: 0, deactivated: 0, ticketsReleased: 0, agents: [{ id: 'a' }] } } } });
    await userEvent.click(await screen.findByRole('button', { name: 'Sync from Keycloak' }));
    expect(await screen.findByText('Sync done: nothing changed. 1 agent is on the staff.')).toBeInTheDocument();
  });

  it('refuses a capacity out of bounds at its field, and on a stale version keeps the changes and says so', async () => {
    const { calls } = render({
      AdminAssignmentUpdateAgent: { errors: [{ message: 'Agent Avery Agent was changed by someone else.', extensions: { code: 'CONFLICT' } }], status: 200 },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Avery Agent' }));
    const capacity = screen.getByLabelText('Capacity');
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '1001');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(capacity).toHaveAccessibleDescription(/Enter a whole number from 1 to 1000\./);
    expect(calls.map((call) => call.operationName)).not.toContain('AdminAssignmentUpdateAgent');

    await userEvent.clear(capacity);
    await userEvent.type(capacity, '12');
    await userEvent.click(screen.getByRole('switch', { name: 'Takes new tickets' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Front desk' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/changed somewhere else meanwhile/)).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminAssignmentUpdateAgent')?.variables).toEqual({
      input: { id: 'agent-avery', version: 4, availability: 'AVAILABLE', capacity: 12, teamIds: ['team-front'] },
    });
    expect(screen.getByLabelText('Capacity')).toHaveValue('12');
  });
});
