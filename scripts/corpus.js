// Installs the real-code corpus (tests/fixtures/corpus) from its own lockfile, when it is
// missing or older than the lockfile: `npm run corpus` (npm test runs it first).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/corpus');
const installed = path.join(corpus, 'node_modules/.package-lock.json');
const lockfile = path.join(corpus, 'package-lock.json');
if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) {
  console.log('corpus: up to date');
} else {
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: corpus, stdio: 'inherit' });
}
