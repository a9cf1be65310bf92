/**
 * The GitHub Actions workflows of docs/ci/ checked with GitHub's own workflow parser
 * (@actions/workflow-parser, from actions/languageservices: the workflow schema and the
 * expression checks the Actions editor uses), plus what they must do: upload the SARIF to
 * code scanning, audit each repository of a matrix, run the rollup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/ci');

async function lint(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  return [...errors, ...(template.errors ?? []).map((error) => error.Message)];
}

describe('docs/ci workflows', () => {
  const files = readdirSync(dir).filter((file) => file.endsWith('.yml'));

  it('the parser catches a broken workflow (so a pass means something)', async () => {
    const broken =
      'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n' +
      '    steps:\n      - uses: a/b@v1\n        with: ${{ matrix.nope( }}\n';
    expect((await lint('broken.yml', broken)).length).toBeGreaterThan(0);
  });

  it.each(['okta-oie-audit.yml', 'okta-oie-rollup.yml'])('%s is a valid workflow', async (file) => {
    expect(files).toContain(file);
    expect(await lint(file, readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
  });

  it('the per-repository workflow audits to SARIF and uploads it to code scanning, with the permission it needs', () => {
    const workflow = YAML.parse(readFileSync(path.join(dir, 'okta-oie-audit.yml'), 'utf8'));
    const job = workflow.jobs.audit;
    expect(job.permissions['security-events']).toBe('write');
    const audit = job.steps.find((step: { name?: string }) => step.name === 'Audit');
    expect(audit.run).toContain('audit . "${args[@]}" --format sarif --output okta-oie.sarif');
    expect(audit.run).toContain('--changed-since');
    const upload = job.steps.find((step: { uses?: string }) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.sarif_file).toBe('okta-oie.sarif');
  });

  it('the rollup workflow audits each repository in a matrix and rolls them up', () => {
    const workflow = YAML.parse(readFileSync(path.join(dir, 'okta-oie-rollup.yml'), 'utf8'));
    expect(workflow.jobs.audit.strategy.matrix.repository).toBe('${{ fromJSON(needs.list.outputs.repositories) }}');
    const rollup = workflow.jobs.rollup.steps.find((step: { name?: string }) => step.name === 'Rollup');
    expect(rollup.run).toContain('audit --repos repos.txt --repo-concurrency 2 --format html');
  });
});
