import { describe, expect, it } from 'vitest';
import { shortDuration } from '../../strings/sla';
import { clockWhen } from './clock';

describe('the queue badge’s time', () => {
  it('is short enough for the SLA column: minutes, hours and minutes up to 10 h, then whole hours, then days', () => {
    expect(shortDuration(35)).toBe('35m');
    expect(shortDuration(60)).toBe('1h');
    expect(shortDuration(119)).toBe('1h 59m');
    expect(shortDuration(599)).toBe('9h 59m');
    expect(shortDuration(1439)).toBe('23h');
    expect(shortDuration(2880)).toBe('2d');
    expect(shortDuration(4800)).toBe('3d 8h');
    expect(shortDuration(-35)).toBe('35m');
  });

  it('says due, overdue or left by state, and nothing once met', () => {
    expect(clockWhen({ state: 'ON_TRACK', remainingMinutes: 1439 })).toBe('due in 23h');
    expect(clockWhen({ state: 'AT_RISK', remainingMinutes: 35 })).toBe('due in 35m');
    expect(clockWhen({ state: 'BREACHED', remainingMinutes: -95 })).toBe('overdue 1h 35m');
    expect(clockWhen({ state: 'PAUSED', remainingMinutes: 300 })).toBe('5h left');
    expect(clockWhen({ state: 'MET', remainingMinutes: 20 })).toBeNull();
  });
});
