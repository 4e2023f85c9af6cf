import { strings } from '../../strings';

/** The staff console: the queue, the ticket beside it, raising a ticket on behalf of a member, the agent's availability. */
export function StaffConsole() {
  return <main><h1>{strings.queue.title}</h1></main>;
}
