import { RuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as CoreRuleTester } from 'eslint';
import * as vitest from 'vitest';

// Both rule testers look for mocha-style globals; hand them vitest's.
RuleTester.afterAll = vitest.afterAll;
for (const Tester of [RuleTester, CoreRuleTester] as const) {
  Tester.describe = vitest.describe;
  Tester.it = vitest.it;
  Tester.itOnly = vitest.it.only;
}
