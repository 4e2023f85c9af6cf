import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { fakeLive } from './fakeLive';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// Live updates never connect in component tests: the screens subscribe on a fake that tests can push through.
vi.mock('graphql-ws', () => ({ createClient: (options: never) => fakeLive.createClient(options) }));
