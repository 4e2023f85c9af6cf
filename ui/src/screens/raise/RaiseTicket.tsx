import { strings } from '../../strings';

/** Staff raise a ticket on behalf of a member or sponsor (built last: it needs the API's requester look-up). */
export function RaiseTicket({ onRaised }: { onRaised: (ticketId: string) => void }) {
  void onRaised;
  return <section><h1>{strings.raise.title}</h1></section>;
}
