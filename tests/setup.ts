import { RuleTester } from '@typescript-eslint/rule-tester';
import * as vitest from 'vitest';

// @typescript-eslint/rule-tester looks for mocha-style globals; hand it vitest's.
RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;
