#!/usr/bin/env node
// Scaffold a rule: the three files with one name and its registration.
//
//   npm run new-rule -- <id> [--targets js,package-json,html-url] [--type problem|suggestion] [--phase <phase>]
//
// Writes src/rules/<id>.ts, tests/rules/<id>.test.ts and docs/rules/<id>.md, adds the rule to
// src/rules/index.ts (the configs, the processors and the docs list read it from there) and to
// the audit's plan (src/audit/phases.ts). The new rule reports the placeholder string
// `'TODO <id>'`, so the repository's checks pass before you write it; CONTRIBUTING.md says what
// to do next. `--root <dir>` writes into another copy of the repository (the scaffold's test).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGETS = ['js', 'package-json', 'html-url'];
const TYPES = ['problem', 'suggestion'];
const PHASES = ['versions', 'engine', 'results', 'direct-auth', 'customisations'];
const USAGE = `usage: npm run new-rule -- <id> [--targets ${TARGETS.join(',')}] [--type ${TYPES.join('|')}] [--phase ${PHASES.join('|')}]`;

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      targets: { type: 'string', default: 'js' },
      type: { type: 'string', default: 'problem' },
      phase: { type: 'string', default: 'customisations' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [id, ...extra] = positionals;
if (!id || extra.length > 0) fail('Name one rule.');
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is not a rule id: lower-case words joined by "-" (no-classic-foo).`);
const targets = [
  ...new Set(
    values.targets
      .split(',')
      .map((each) => each.trim())
      .filter(Boolean),
  ),
];
const unknown = targets.filter((each) => !TARGETS.includes(each));
if (targets.length === 0 || unknown.length > 0)
  fail(`Unknown target ${unknown.join(', ') || '(none)'}: one or more of ${TARGETS.join(', ')}.`);
if (!TYPES.includes(values.type)) fail(`Unknown type "${values.type}": ${TYPES.join(' or ')}.`);
if (!PHASES.includes(values.phase)) fail(`Unknown phase "${values.phase}": one of ${PHASES.join(', ')}.`);

const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const files = {
  rule: path.join(root, 'src/rules', `${id}.ts`),
  test: path.join(root, 'tests/rules', `${id}.test.ts`),
  docs: path.join(root, 'docs/rules', `${id}.md`),
};
for (const file of Object.values(files)) if (existsSync(file)) fail(`${path.relative(root, file)} exists already.`);
const index = path.join(root, 'src/rules/index.ts');
const phases = path.join(root, 'src/audit/phases.ts');
for (const file of [index, phases]) if (!existsSync(file)) fail(`${file} is missing: is ${root} this repository?`);

const camel = id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const placeholder = `TODO ${id}`;
const severity = values.type === 'problem' ? 'error' : 'warn';
const onlyJs = targets.length === 1 && targets[0] === 'js';
/** A rule that reads other kinds of file too gives no listeners outside JavaScript. */
const jsGuard = onlyJs ? '' : '    if (!isJavaScript(context.sourceCode.ast)) return {};\n';

const ruleSource = `import { createRule${onlyJs ? '' : ', isJavaScript'} } from '../rule-kit/create-rule.js';
${targets.includes('package-json') ? "import { packageJsonListeners } from '../rule-kit/package-json-rule.js';\n" : ''}
type MessageIds = 'todo';

/**
 * TODO: what the rule finds and why, in one paragraph; cite the Okta fact it relies on as
 * \`docs/okta-facts.md#<section>\` (add the section, with its primary source, if it is not there).
 */
export default createRule<[], MessageIds>({
  name: '${id}',
  meta: {
    type: '${values.type}',
    docs: {
      description: 'Disallow the placeholder \`${placeholder}\` (replace with what the rule disallows or requires)',
      recommended: '${severity}',${onlyJs ? '' : `\n      targets: [${targets.map((each) => `'${each}'`).join(', ')}],`}
    },
    schema: [],
    messages: {
      todo: 'Replace the placeholder \`${placeholder}\` with one sentence that says what to do.',
    },
  },
  create(context) {
${
  targets.includes('package-json')
    ? `    // A package.json: ask the package view (src/analysis/views) about its dependency entries.
    const packageJson = packageJsonListeners(context, () => {});
    if (packageJson) return packageJson;
`
    : ''
}${jsGuard}    // TODO: ask a view (src/analysis/views) what the rule needs to know, then report; a
    // question no view answers goes into a view, not into this file (CONTRIBUTING.md).
    return {
      Literal(node) {
        if (node.value === '${placeholder}') context.report({ node, messageId: 'todo' });
      },
    };
  },
});
`;

// The placeholder stands in a file that names Okta: in any other, createRule gives the rule no listeners.
const code = `new OktaSignIn('${placeholder}');`;
const literalColumn = code.indexOf("'") + 1;
const testSource = `import rule from '../../src/rules/${id}.js';
import { createRuleTester } from './tester.js';

const ruleTester = createRuleTester();

ruleTester.run('${id}', rule, {
  valid: [
    // TODO: the traps: code that looks like a finding and is not (another library's look-alike,
    // a dynamic value, an unknown version, a file that does not use Okta).
    \`new OktaSignIn('TODO');\`,
  ],
  invalid: [
    {
      // TODO: every invalid case asserts its messageId and location (and data); every fix its
      // exact \`output\`, every suggestion its output.
      code: \`${code}\`,
      errors: [{ messageId: 'todo', line: 1, column: ${literalColumn}, endLine: 1, endColumn: ${literalColumn + placeholder.length + 2} }],
    },
  ],
});
`;

const docsSource = `# okta-oie/${id}

<!-- end auto-generated rule header -->

## Why

TODO: what breaks on the Identity Engine (or what the rule prevents), in our words, with the
Okta fact behind it (docs/okta-facts.md). Say what the rule reports and what it leaves alone,
and whether it offers an autofix, a suggestion or only a message.

## Examples

### ❌ Incorrect

\`\`\`js
${code}
\`\`\`

### ✅ Correct

\`\`\`js
new OktaSignIn('TODO');
\`\`\`

<!-- A rule with a schema documents its options in a section here, before "When not to use it" (tests/docs.test.ts checks the headings). -->

## When not to use it

TODO: when a team can turn the rule off (a staged rollout, code it cannot change yet).

## Further reading

- Okta: [Migrate to Identity Engine](https://developer.okta.com/docs/guides/migrate-to-oie/)
`;

/** Insert a line into the sorted run of lines that `pattern` matches (its first group is the sort key). */
function insertSorted(text, pattern, line, key) {
  const lines = text.split('\n');
  const run = lines.flatMap((each, i) => {
    const match = pattern.exec(each);
    return match ? [{ i, key: match[1] }] : [];
  });
  if (run.length === 0) throw new Error(`no line matches ${pattern}`);
  const after = run.filter((each) => each.key < key).at(-1);
  lines.splice(after ? after.i + 1 : run[0].i, 0, line);
  return lines.join('\n');
}

let indexSource = readFileSync(index, 'utf8');
indexSource = insertSorted(indexSource, /^import \w+ from '\.\/([\w-]+)\.js';$/, `import ${camel} from './${id}.js';`, id);
indexSource = insertSorted(indexSource, /^ {2}'([\w-]+)': \w+,$/, `  '${id}': ${camel},`, id);

const phasesSource = readFileSync(phases, 'utf8');
const table = phasesSource.indexOf('export const RULE_PHASES');
const end = phasesSource.indexOf('\n};', table);
if (table === -1 || end === -1) fail(`RULE_PHASES not found in ${phases}.`);

for (const [file, text] of [
  [files.rule, ruleSource],
  [files.test, testSource],
  [files.docs, docsSource],
]) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
writeFileSync(index, indexSource);
writeFileSync(phases, `${phasesSource.slice(0, end)}\n  '${id}': '${values.phase}',${phasesSource.slice(end)}`);

const relative = (file) => path.relative(root, file);
console.log(`Created ${relative(files.rule)}, ${relative(files.test)} and ${relative(files.docs)};
registered it in ${relative(index)} and ${relative(phases)} (phase "${values.phase}").
Next (CONTRIBUTING.md, "Adding a rule"):
  npx vitest run ${relative(files.test)} tests/docs.test.ts
  npm run docs            # the docs header and the README rules list
  npm run build && npx vitest run tests/shape.test.ts --update   # the published surface gains the rule`);
