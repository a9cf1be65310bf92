/**
 * The Okta facts live in the repository: code and docs cite sections of docs/okta-facts.md,
 * never a document a clone does not have, and every cited section exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FACTS = 'docs/okta-facts.md';

/** The files of a folder, recursively, relative to the root. */
function filesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const facts = readFileSync(path.join(root, FACTS), 'utf8');
const anchors = new Set(facts.split('\n').flatMap((line) => (/^#{1,6} /.test(line) ? [anchorOf(line.replace(/^#+ /, ''))] : [])));
const sources = [
  ...filesUnder('src'),
  ...filesUnder('docs'),
  ...filesUnder('tests').filter((file) => !file.startsWith('tests/fixtures/')),
].filter((file) => /\.(?:ts|cts|mts|js|md)$/.test(file));

describe(FACTS, () => {
  it('anchors as GitHub makes them', () => {
    expect(anchorOf('10. Which engine a widget runs')).toBe('10-which-engine-a-widget-runs');
    expect(anchorOf('2. `otp` and `state` are read only from the constructor options')).toBe(
      '2-otp-and-state-are-read-only-from-the-constructor-options',
    );
  });

  it('no file of src/, docs/ or tests/ cites the shared reference a clone does not have', () => {
    const citing = sources.filter(
      (file) => file !== 'tests/facts.test.ts' && /okta-oie-reference|reference §|§\d/i.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(citing, `cite a section of ${FACTS} instead (add the section, with its primary source, if it is missing)`).toEqual([]);
  });

  const citations = sources.flatMap((file) =>
    [...readFileSync(path.join(root, file), 'utf8').matchAll(/okta-facts\.md#([\w-]+)/g)].map((match) => ({ file, anchor: match[1]! })),
  );

  it('src/ cites it', () => {
    expect(citations.filter(({ file }) => file.startsWith('src/')).length).toBeGreaterThan(10);
  });

  it.each(citations)('$file cites #$anchor, a heading of the facts', ({ anchor }) => {
    expect(anchors.has(anchor), `no heading of ${FACTS} has the anchor #${anchor}`).toBe(true);
  });

  it('every section names its primary source', () => {
    const sections = facts.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(20);
    for (const section of sections) expect(section, section.split('\n')[0]).toMatch(/^- Source: /m);
  });
});
