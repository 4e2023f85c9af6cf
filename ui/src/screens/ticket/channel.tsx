import { strings } from '../../strings';
import { MailIcon, WebhookIcon } from './icons';

/** "E-mail" or "Webhook" with its icon (the word carries the meaning; the icon helps the eye). */
export function ChannelLabel({ channel }: { channel: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}>
      {channel === 'WEBHOOK' ? <WebhookIcon /> : <MailIcon />}
      {strings.notifications.channel(channel)}
    </span>
  );
}
