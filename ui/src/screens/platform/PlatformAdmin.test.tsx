import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, type FakeApi } from '../../test/renderWithApi';
import { PlatformAdmin } from './PlatformAdmin';

const tenant = (slug: string, state = 'ACTIVE') => ({
  node: { slug, name: `${slug} society`, state, schemaVersion: state === 'DELETED' ? null : '12', createdAt: '2026-01-05T10:00:00Z', disabledAt: state === 'ACTIVE' ? null : '2026-02-01T10:00:00Z' },
});

function api(extra: FakeApi = {}): FakeApi {
  return {
    PlatformTenants: (variables) => ({
      data: { tenants: { totalCount: variables.includeDeleted ? 3 : 2, pageInfo: { hasNextPage: false, endCursor: 'c' },
        edges: [tenant('acme'), tenant('beta', 'DISABLED'), ...(variables.includeDeleted ? [tenant('gone', 'DELETED')] : [])] } },
    }),
    ...extra,
  };
}

beforeEach(() => window.history.replaceState(null, '', '/app/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('platform admin', () => {
  it('lists tenants with a desk link for active ones and deleted ones on request (in the URL)', async () => {
    const { calls } = renderWithApi(<PlatformAdmin />, api());
    const desk = await screen.findByRole('link', { name: 'Open the support desk of acme society' });
    expect(desk).toHaveAttribute('href', '/app/?tenant=acme');
    expect(screen.queryByRole('link', { name: /beta society/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: /deleted/ }));
    expect(await screen.findByText('gone')).toBeInTheDocument();
    expect(window.location.search).toBe('?deleted=1');
    expect(calls.at(-1)?.variables).toMatchObject({ includeDeleted: true });
  });

  it('deprovisions only after the exact slug is typed', async () => {
    const { calls } = renderWithApi(<PlatformAdmin />, api({
      PlatformDeprovisionTenant: { data: { deprovisionTenant: { ...tenant('acme', 'DISABLED').node } } },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Deprovision acme society' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprovision acme?' });
    const confirm = within(dialog).getByRole('button', { name: 'Deprovision' });
    const input = within(dialog).getByLabelText('Type acme to confirm');
    expect(confirm).toBeDisabled();
    await userEvent.type(input, 'ACME');
    expect(confirm).toBeDisabled();
    await userEvent.clear(input);
    await userEvent.type(input, 'acme ');
    expect(confirm).toBeDisabled();
    await userEvent.type(input, '{Backspace}');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((call) => call.operationName === 'PlatformDeprovisionTenant')?.variables).toEqual({ input: { slug: 'acme', dropData: false } });
    expect(screen.getByText('acme is deprovisioned. Its data is kept.')).toBeInTheDocument();
  });

  it('asks to delete the data only when the box is ticked', async () => {
    const { calls } = renderWithApi(<PlatformAdmin />, api({
      PlatformDeprovisionTenant: { data: { deprovisionTenant: { ...tenant('beta', 'DELETED').node } } },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'Deprovision beta society' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /delete all of its data/ }));
    await userEvent.type(within(dialog).getByLabelText('Type beta to confirm'), 'beta');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deprovision and delete data' }));
    await waitFor(() => expect(calls.some((call) => call.operationName === 'PlatformDeprovisionTenant')).toBe(true));
    expect(calls.find((call) => call.operationName === 'PlatformDeprovisionTenant')?.variables).toEqual({ input: { slug: 'beta', dropData: true } });
  });

  it('shows the API validation at the slug field and keeps what was typed', async () => {
    renderWithApi(<PlatformAdmin />, api({
      PlatformProvisionTenant: { errors: [{ message: 'A slug is 2 to 40 lower-case letters and digits.', extensions: { code: 'VALIDATION_FAILED', field: 'input.slug' } }], status: 200 },
    }));
    await screen.findByText('acme');
    await userEvent.click(screen.getByRole('button', { name: 'Provision tenant' }));
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    await userEvent.type(screen.getByLabelText('Slug'), 'Bad Slug');
    await userEvent.type(screen.getByLabelText('Name'), 'Bad Society');
    await userEvent.click(screen.getByRole('button', { name: 'Provision tenant' }));
    const slug = screen.getByLabelText('Slug');
    await waitFor(() => expect(slug).toHaveAttribute('aria-invalid', 'true'));
    expect(slug).toHaveAccessibleDescription(/2 to 40 lower-case letters and digits\./);
    expect(slug).toHaveValue('Bad Slug');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });
});
