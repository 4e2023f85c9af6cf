// GraphiQL, built from the graphiql package (no CDN), signed in like the other pages. Placeholder until built.
import { signIn } from '../platform/standalone';

signIn().then(() => {
  document.getElementById('root')!.textContent = 'GraphiQL';
});
