import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../test/renderWithApi';
import { AgentAvailability } from './AgentAvailability';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the agent's availability switch", () => {
  it('sends only the availability, with the version seen', async () => {
    const onChanged = vi.fn();
    const { calls } = renderWithApi(<AgentAvailability agent={{ id: 'agent-1', availability: 'AVAILABLE', version: 4 }} onChanged={onChanged} />, {
      AgentUpdateAvailability: { data: { updateSupportAgent: { id: 'agent-1', availability: 'AWAY', version: 5 } } },
    });
    const toggle = screen.getByRole('switch', { name: 'Available for new tickets' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls).toEqual([{ operationName: 'AgentUpdateAvailability', variables: { input: { id: 'agent-1', version: 4, availability: 'AWAY' } } }]);
  });

  it('on a stale version reloads the record and says so', async () => {
    const onChanged = vi.fn();
    renderWithApi(<AgentAvailability agent={{ id: 'agent-1', availability: 'AWAY', version: 4 }} onChanged={onChanged} />, {
      AgentUpdateAvailability: { errors: [{ message: 'Agent Alex was changed by someone else.', extensions: { code: 'CONFLICT' } }], status: 200 },
    });
    await userEvent.click(screen.getByRole('switch', { name: 'Available for new tickets' }));
    expect(await screen.findByText(/changed somewhere else meanwhile/)).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
    // The switch shows the record again, not the refused change.
    expect(screen.getByRole('switch', { name: 'Available for new tickets' })).not.toBeChecked();
  });
});
