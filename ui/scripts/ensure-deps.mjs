// `npm ci` only when package-lock.json changed since the last install: the run command stays fast, CI stays exact.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.lock-sha256';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  console.log('ui: node_modules up to date with package-lock.json');
} else {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  writeFileSync(stamp, lock);
}
