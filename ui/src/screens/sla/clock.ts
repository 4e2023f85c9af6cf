import type { SlaState } from '../../gql/graphql';
import { strings } from '../../strings';

/** Which clock (the SDL's SlaTargetKind). */
export type SlaTargetKind = 'FIRST_RESPONSE' | 'RESOLUTION';

/** The parts of a clock a badge needs (what the queue asks for). */
export interface BadgeClock {
  state: SlaState;
  dueAt?: string | null;
  remainingMinutes: number;
  stoppedAt?: string | null;
}

export interface DecidingClock extends BadgeClock {
  target: SlaTargetKind;
}

/**
 * The clock that decides next, as the queue's `slaState` filter reads it: the first-response clock until staff
 * replied (it stopped: MET, or BREACHED and then replied), then the resolution clock.
 */
export function decidingClock(sla: { firstResponse: BadgeClock; resolution: BadgeClock } | null | undefined): DecidingClock | null {
  if (!sla) return null;
  const first = sla.firstResponse;
  const replied = first.state === 'MET' || Boolean(first.stoppedAt);
  return replied ? { ...sla.resolution, target: 'RESOLUTION' } : { ...first, target: 'FIRST_RESPONSE' };
}

/**
 * "due in 2h", "overdue 35m", "2h left" (paused), or null (met): the business time the API reports as left, in the
 * short form a queue badge has room for. The absolute due time goes in a title beside it.
 */
export function clockWhen(clock: BadgeClock): string | null {
  const s = strings.sla.queue;
  if (clock.state === 'MET') return null;
  if (clock.remainingMinutes < 0) return s.overdueBy(-clock.remainingMinutes);
  if (clock.state === 'BREACHED') return null;
  if (clock.state === 'PAUSED') return s.left(clock.remainingMinutes);
  return s.dueIn(clock.remainingMinutes);
}

export const SLA_STATES: SlaState[] = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'PAUSED', 'MET'];
