import { defineConfig } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The stack is started by the api module's BrowserWalkthroughsTest (the same shared servers as every Java test); it
// writes where everything is to target/e2e/stack.json. One worker: the machine has two cores and runs the stack too.
const stackFile = process.env.E2E_STACK ?? 'target/e2e/stack.json';
const stack = JSON.parse(readFileSync(stackFile, 'utf8')) as { baseUrl: string };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e/results',
  workers: 1,
  fullyParallel: false,
  // One retry: a red CI run lands nothing, and a walkthrough drives a whole stack on two shared cores. One that passes
  // only on its retry is listed as flaky in the report: a race in the walkthrough or the screen, to be fixed.
  retries: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: stack.baseUrl,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium (`.ci/run` installs it): Playwright's own browser download cannot work on these machines.
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
