import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDraft } from './useDraft';

describe('useDraft keeps what a person typed', () => {
  beforeEach(() => sessionStorage.clear());

  it('gives the text back after the screen is gone (a failed send, a reload, a trip through sign-in)', () => {
    const first = renderHook(() => useDraft('ticket-1-reply'));
    act(() => first.result.current[1]('Dear Maria, '));
    first.unmount();

    const again = renderHook(() => useDraft('ticket-1-reply'));
    expect(again.result.current[0]).toBe('Dear Maria, ');
  });

  it('keeps drafts apart by key and forgets one when cleared', () => {
    const reply = renderHook(() => useDraft('ticket-1-reply'));
    const note = renderHook(() => useDraft('ticket-1-note'));
    act(() => reply.result.current[1]('reply text'));
    act(() => note.result.current[1]('note text'));
    act(() => reply.result.current[2]());

    expect(renderHook(() => useDraft('ticket-1-reply')).result.current[0]).toBe('');
    expect(renderHook(() => useDraft('ticket-1-note')).result.current[0]).toBe('note text');
  });
});
