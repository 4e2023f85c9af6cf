// GraphiQL built from the graphiql package (nothing from a CDN), its own entry so the screens never load it. It signs
// in like the screens and sends the user's token with every request; the schema is the SDL it was built with, so it
// works where introspection is off. Platform admins add the header {"X-MemberPulse-Tenant": "<slug>"} in its Headers tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { signIn } from '../platform/standalone';

const sdl = Object.values(import.meta.glob('../../../schema/src/main/resources/graphql/*.graphqls', { query: '?raw', import: 'default', eager: true }) as Record<string, string>);
const schema = buildSchema(sdl.join('\n'));

const DEFAULT_QUERY = `# MemberPulse Support: who am I, and the first tickets of my queue (staff).
query {
  me { username roles tenant }
}
`;

const root = createRoot(document.getElementById('root')!);
signIn().then((options) => {
  const fetcher = createGraphiQLFetcher({
    url: options.graphqlUrl,
    fetch: async (input, init) => {
      const token = await options.getToken();
      const headers = new Headers(init?.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  root.render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY} />
    </StrictMode>,
  );
});
