// Lints examples/ with the built plugin's recommended config and prints what it finds.
// Read-only: nothing is fixed. Run with `npm run demo` (builds dist/ first).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslintParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const namespace = plugin.meta.namespace;

// ESLint 10 looks config files up per folder, so hand it the whole config instead.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [...plugin.configs.recommended, { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslintParser } }],
  fix: false,
});

const results = await eslint.lintFiles(['examples/']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results, { cwd: root, rulesMeta: eslint.getRulesMetaForResults(results) });
console.log(output || 'No findings.');

// One line per rule: every rule of the plugin (0 included), then anything else.
const counts = new Map(Object.keys(plugin.rules).map((id) => [`${namespace}/${id}`, 0]));
let fatal = 0;
for (const { messages } of results) {
  for (const message of messages) {
    if (message.fatal) fatal += 1;
    const id = message.ruleId ?? '(parse error)';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
}
const width = Math.max(...[...counts.keys()].map((id) => id.length));
console.log(`Findings per rule (${results.length} files linted):`);
for (const [id, count] of counts) console.log(`  ${id.padEnd(width)}  ${count}`);

// Findings are the point of the demo; only a file that does not parse is a failure.
process.exitCode = fatal > 0 ? 1 : 0;
