import { strings } from '../../strings';

/** The member portal: my requests, raise one, the conversation. */
export function MemberPortal() {
  return <main><h1>{strings.member.title}</h1></main>;
}
