/**
 * Once per run: pack the plugin as a fresh clone would be packed. The files git tracks
 * (and new files it does not ignore) are copied without dist/, beside a link to our
 * node_modules; `npm pack` there must build dist/ itself (the `prepare` script).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface PackResult {
  /** The tarball, to install with `npm install <file>`. */
  tarball: string;
  /** The fresh-clone copy that was packed (a git repository after `commit()` in the git test). */
  clone: string;
  /** `npm pack --json`'s file list. */
  files: string[];
  /** Where scratch projects go; removed after the run. */
  scratch: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pack: PackResult;
  }
}

export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'okta-oie-packed-'));
  const clone = path.join(scratch, 'clone');
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('dist/') && existsSync(path.join(root, file)));
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(clone, file));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  const out = path.join(scratch, 'tarball');
  mkdirSync(out);
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: clone,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(json) as [{ filename: string; files: { path: string }[] }];
  project.provide('pack', {
    tarball: path.join(out, packed.filename),
    clone,
    files: packed.files.map((file) => file.path),
    scratch,
  });
  return () => rmSync(scratch, { recursive: true, force: true });
}
