import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/audit/report.js';
import { summarize, type FileOutcome, type FileResult } from '../../src/audit/summarize.js';

function finding(path: string, rule: string, fix: Finding['fix']): Finding {
  return {
    path,
    line: 1,
    column: 1,
    endLine: null,
    endColumn: null,
    rule,
    messageId: 'x',
    message: 'm',
    severity: 'error',
    fix,
    suggestions: 0,
    excerpt: null,
  };
}

function outcome(parts: Partial<FileOutcome>): FileOutcome {
  return { findings: [], edits: [], suppressed: 0, suppressedBy: new Set(), widgets: [], notRead: null, ...parts };
}

function result(file: string, pkg: string, parts: Partial<FileOutcome>): FileResult {
  return { file: `/repo/${file}`, path: file, package: `/repo/${pkg}`, outcome: outcome(parts) };
}

describe('summarize', () => {
  it('is empty for no files', () => {
    expect(summarize([])).toEqual({
      findings: [],
      suppressed: 0,
      suppressions: [],
      linted: 0,
      notRead: [],
      widgets: new Map(),
      findingsByPackage: new Map(),
      rules: [],
    });
  });

  it('orders files by path, counts per package and per rule (most findings first, then by id)', () => {
    const a1 = finding('a/x.js', 'okta-oie/no-authn-api', 'none');
    const a2 = finding('a/x.js', 'okta-oie/no-pkce-disabled', 'recommended');
    const b1 = finding('b/y.js', 'okta-oie/no-pkce-disabled', 'migrate');
    const widget = { path: 'a/x.js', line: 3, status: 'classic', version: '6.9.0' };
    const summary = summarize([
      result('b/y.js', 'b', { findings: [b1] }),
      result('a/x.js', 'a', { findings: [a1, a2], widgets: [widget] }),
    ]);
    expect(summary.findings).toEqual([a1, a2, b1]);
    expect(summary.linted).toBe(2);
    expect([...summary.findingsByPackage]).toEqual([
      ['/repo/a', 2],
      ['/repo/b', 1],
    ]);
    expect([...summary.widgets]).toEqual([
      ['/repo/a', [widget]],
      ['/repo/b', []],
    ]);
    expect(summary.rules).toEqual([
      { rule: 'okta-oie/no-pkce-disabled', findings: 2, fixedByFix: 1, fixedByMigrate: 2, manual: 0 },
      { rule: 'okta-oie/no-authn-api', findings: 1, fixedByFix: 0, fixedByMigrate: 0, manual: 1 },
    ]);
  });

  it('counts suppressions with what silenced them, and a file that did not parse as not linted', () => {
    const notRead = { path: 'c.js', reason: 'parse-error', message: 'Unexpected token', line: 2 } as const;
    const summary = summarize([
      result('d.js', '.', { suppressed: 2, suppressedBy: new Set(['inline config', 'eslint-disable'] as const) }),
      result('c.js', '.', { notRead }),
      result('e.js', '.', {}),
    ]);
    expect(summary.suppressed).toBe(2);
    expect(summary.suppressions).toEqual([{ path: 'd.js', findings: 2, by: ['eslint-disable', 'inline config'] }]);
    expect(summary.notRead).toEqual([notRead]);
    expect(summary.linted).toBe(2);
  });
});
