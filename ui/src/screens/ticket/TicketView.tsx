import { strings } from '../../strings';

/**
 * One ticket as staff work it: the conversation (notes unmistakable), the reply editor, properties in a right rail,
 * the history. `onOpenTicket` follows a link to another ticket (a follow-up).
 */
export function TicketView({ ticketId }: { ticketId: string; onOpenTicket: (id: string) => void }) {
  return <section aria-label={strings.ticket.title}>{ticketId}</section>;
}
