#!/usr/bin/env node
// The `eslint-plugin-okta-oie` command (`npx eslint-plugin-okta-oie audit`): see `--help`.
import { main } from '../dist/audit/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
});
