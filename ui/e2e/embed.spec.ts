import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, stack, test, token } from './fixtures';

// A host that is not React and not us: a plain page on its own origin mounts a screen with mount() from the library
// the API serves at /app/lib/, giving it a token provider. Nothing of ours may restyle the host's page.
const hostPage = (screen: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="${stack.baseUrl}/app/lib/memberpulse-support.css">
<style>body { font-family: Georgia, serif; } .host-note { color: rgb(120, 0, 0); }</style>
</head><body>
<h1>Association home</h1>
<p class="host-note">The host's own content.</p>
<button id="host-button">Host button</button>
<main id="support" style="height: 600px"></main>
<script type="module">
  import { mount } from '${stack.baseUrl}/app/lib/memberpulse-support-mount.js';
  window.unmountSupport = mount(document.getElementById('support'), {
    screen: '${screen}',
    graphqlUrl: '${stack.baseUrl}/graphql',
    getToken: () => window.hostToken(),
  });
</script>
</body></html>`;

// The host page is served from its own origin (http://localhost:<free port>; the API allows localhost origins in
// this run), as a host platform's page would be.
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(hostPage('app'));
  });
  await new Promise<void>((resolve) => host.listen(0, resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('embedding: a plain host page mounts the member portal with its own token provider', async ({ page }) => {
  let tokensAsked = 0;
  await page.exposeFunction('hostToken', async () => {
    tokensAsked += 1;
    return token('member');
  });

  // The host's styles before any of ours load.
  await page.goto(`${hostOrigin}/support`);
  const hostStyles = () => page.evaluate(() => {
    const style = (selector: string) => {
      const computed = getComputedStyle(document.querySelector(selector)!);
      return { font: computed.fontFamily, color: computed.color, background: computed.backgroundColor, margin: computed.margin, padding: computed.padding };
    };
    return { body: style('body'), h1: style('h1'), note: style('.host-note'), button: style('#host-button') };
  });

  // The screen signs in with the host's token and shows the member's name (a real GraphQL call across origins).
  await expect(page.locator('#support')).toContainText(stack.users.member.name);
  expect(tokensAsked).toBeGreaterThan(0);
  const mounted = await hostStyles();

  // Nothing leaked: the host's elements look exactly as they do without our stylesheet.
  await page.evaluate(() => document.querySelector('link[rel=stylesheet]')!.remove());
  expect(await hostStyles()).toEqual(mounted);
  expect(mounted.body.font).toContain('Georgia');
  expect(mounted.note.color).toBe('rgb(120, 0, 0)');

  // And it leaves when asked.
  await page.evaluate(() => (window as unknown as { unmountSupport: () => void }).unmountSupport());
  await expect(page.locator('#support')).toBeEmpty();
});
