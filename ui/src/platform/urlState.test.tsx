import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUrlParams } from './urlState';

describe('screen state in the query string', () => {
  beforeEach(() => window.history.replaceState(null, '', '/app/?host=kept'));

  it('writes our parameters, keeps the host page\'s, and follows the back button', async () => {
    const { result } = renderHook(() => useUrlParams());
    act(() => result.current[1]({ status: ['OPEN', 'IN_PROGRESS'], ticket: '42' }));
    expect(window.location.search).toBe('?host=kept&status=OPEN&status=IN_PROGRESS&ticket=42');
    expect(result.current[0].getAll('status')).toEqual(['OPEN', 'IN_PROGRESS']);

    act(() => result.current[1]({ ticket: null }));
    expect(result.current[0].get('ticket')).toBeNull();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(result.current[0].get('ticket')).toBe('42');
  });
});
