import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApi, type FakeApi } from '../../../test/renderWithApi';
import { AttachmentSettings } from './AttachmentSettings';
import { bytesToMegabytes, megabytesToBytes, plainSize } from './size';

const loaded = { attachmentSettings: { maxFileBytes: 25 * 1024 * 1024, maxFilesPerMessage: 10, updatedAt: '2026-11-29T10:00:00.123Z' } };

function render(answers: FakeApi = {}, settings = loaded) {
  return renderWithApi(<AttachmentSettings />, { AdminAttachmentSettings: { data: settings }, ...answers });
}

describe('MB and bytes', () => {
  it('turns a size typed in MB into bytes and back', () => {
    expect(megabytesToBytes('1')).toBe(1_048_576);
    expect(megabytesToBytes('1.5')).toBe(1_572_864);
    expect(megabytesToBytes('0,5')).toBe(524_288);
    expect(megabytesToBytes(' 100 ')).toBe(104_857_600);
    for (const refused of ['', '0', '-1', '100.01', 'abc', '1e3', '1.2.3']) expect(megabytesToBytes(refused)).toBeNull();
    expect(bytesToMegabytes(26_214_400)).toBe('25');
    expect(bytesToMegabytes(1_572_864)).toBe('1.5');
    expect(bytesToMegabytes(1024)).toBe('0.00098');
    expect(plainSize(26_214_400)).toBe('25 MB');
    expect(plainSize(512 * 1024)).toBe('512 KB');
    expect(plainSize(1)).toBe('1 byte');
  });
});

describe('attachment limits', () => {
  it('shows the limits in MB and saves a new size as bytes, with the updatedAt it read', async () => {
    const { calls } = render({
      AdminAttachmentUpdateSettings: { data: { updateAttachmentSettings: { maxFileBytes: 1_048_576, maxFilesPerMessage: 5, updatedAt: '2026-11-29T10:05:00.000Z' } } },
    });
    const size = await screen.findByLabelText(/Largest file/);
    expect(size).toHaveValue('25');
    expect(screen.getByText(/Now: files up to 25 MB, 10 files per message\./)).toBeInTheDocument();
    await userEvent.clear(size);
    await userEvent.type(size, '1');
    await userEvent.clear(screen.getByLabelText('Files per message'));
    await userEvent.type(screen.getByLabelText('Files per message'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(await screen.findByText('Saved. Files up to 1 MB, 5 files per message, from the next upload on.')).toBeInTheDocument();
    expect(calls.find((call) => call.operationName === 'AdminAttachmentUpdateSettings')?.variables).toEqual({
      input: { maxFileBytes: 1_048_576, maxFilesPerMessage: 5, updatedAt: '2026-11-29T10:00:00.123Z' },
    });
  });

  it('sends a size left as it was in its exact bytes, not rounded through MB', async () => {
    const { calls } = render({
      AdminAttachmentUpdateSettings: { data: { updateAttachmentSettings: { maxFileBytes: 1_000_000, maxFilesPerMessage: 3, updatedAt: '2026-11-29T10:05:00.000Z' } } },
    }, { attachmentSettings: { ...loaded.attachmentSettings, maxFileBytes: 1_000_000 } });
    expect(await screen.findByLabelText(/Largest file/)).toHaveValue('0.95');
    await userEvent.clear(screen.getByLabelText('Files per message'));
    await userEvent.type(screen.getByLabelText('Files per message'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    await waitFor(() => expect(calls.find((call) => call.operationName === 'AdminAttachmentUpdateSettings')).toBeTruthy());
    expect(calls.find((call) => call.operationName === 'AdminAttachmentUpdateSettings')?.variables).toMatchObject({ input: { maxFileBytes: 1_000_000 } });
  });

  it('refuses sizes and counts out of bounds at their fields without sending anything', async () => {
    const { calls } = render();
    const size = await screen.findByLabelText(/Largest file/);
    await userEvent.clear(size);
    await userEvent.type(size, '101');
    await userEvent.clear(screen.getByLabelText('Files per message'));
    await userEvent.type(screen.getByLabelText('Files per message'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(size).toHaveAccessibleDescription(/Enter a size greater than 0 and at most 100 MB\./);
    expect(screen.getByLabelText('Files per message')).toHaveAccessibleDescription(/Enter a whole number from 1 to 100\./);
    expect(calls.map((call) => call.operationName)).toEqual(['AdminAttachmentSettings']);
  });

  it("shows the API's refusal at the field it names", async () => {
    render({
      AdminAttachmentUpdateSettings: { errors: [{ message: 'The number of files per message must be from 1 to 100; 200 is not.', extensions: { code: 'VALIDATION_FAILED', field: 'input.maxFilesPerMessage' } }], status: 200 },
    });
    await screen.findByLabelText(/Largest file/);
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(await screen.findByText('The number of files per message must be from 1 to 100; 200 is not.')).toBeInTheDocument();
    expect(screen.getByLabelText('Files per message')).toHaveAttribute('aria-invalid', 'true');
  });

  it('on a stale updatedAt says what the limits are now and keeps the typed values', async () => {
    let reads = 0;
    render({
      AdminAttachmentSettings: () => ({ data: reads++ === 0 ? loaded : { attachmentSettings: { maxFileBytes: 5 * 1024 * 1024, maxFilesPerMessage: 4, updatedAt: '2026-11-29T10:07:00.000Z' } } }),
      AdminAttachmentUpdateSettings: { errors: [{ message: 'The attachment limits were changed by someone else meanwhile.', extensions: { code: 'CONFLICT' } }], status: 200 },
    });
    const size = await screen.findByLabelText(/Largest file/);
    await userEvent.clear(size);
    await userEvent.type(size, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(await screen.findByText(/Someone changed the limits meanwhile: they are now files up to 5 MB, 4 files per message\./)).toBeInTheDocument();
    expect(screen.getByLabelText(/Largest file/)).toHaveValue('2');
  });
});
