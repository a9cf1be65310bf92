import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { analyzeWidget, type WidgetAnalysis } from '../../src/analysis/engine.js';
import { fileUsesOkta } from '../../src/analysis/okta-usage.js';

export interface Analysis {
  widgets: { analysis: WidgetAnalysis; sourceCode: Readonly<TSESLint.SourceCode> }[];
  usesOkta: boolean;
}

/** Parse code with the TypeScript parser and run the shared analysis over every `new` expression. */
export function analyze(code: string, filename = 'file.tsx'): Analysis {
  const result: Analysis = { widgets: [], usesOkta: false };
  const probe = {
    create(context: Readonly<TSESLint.RuleContext<never, []>>) {
      return {
        NewExpression(node: TSESTree.NewExpression) {
          const analysis = analyzeWidget(node, context.sourceCode);
          if (analysis) result.widgets.push({ analysis, sourceCode: context.sourceCode });
        },
        'Program:exit'() {
          result.usesOkta = fileUsesOkta(context.sourceCode);
        },
      };
    },
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return result;
}
