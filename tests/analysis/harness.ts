import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { fileUsesOkta } from '../../src/analysis/questions/okta-usage.js';
import {
  getWidgetConstruction,
  resolveWidgetOptions,
  type WidgetConstruction,
  type WidgetOptions,
} from '../../src/analysis/questions/widget.js';

/** A widget construction and the options it sees (null: opaque). */
interface WidgetAnalysis {
  construction: WidgetConstruction;
  options: WidgetOptions | null;
  hosted: boolean;
}

export interface Analysis {
  widgets: { analysis: WidgetAnalysis; sourceCode: Readonly<TSESLint.SourceCode> }[];
  usesOkta: boolean;
}

export type ProbeContext = Readonly<TSESLint.RuleContext<never, []>>;

/** Parse code with the TypeScript parser (TSX) and run a probe rule's listeners over it. */
export function probe(
  code: string,
  create: (context: ProbeContext) => TSESLint.RuleListener,
  filename = 'file.tsx',
  settings: Record<string, unknown> = {},
): void {
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { probe: { rules: { probe: { create } as never } } },
        rules: { 'probe/probe': 'error' },
        settings,
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
}

/** Run the shared analysis over every `new` expression. */
export function analyze(code: string, filename = 'file.tsx'): Analysis {
  const result: Analysis = { widgets: [], usesOkta: false };
  probe(
    code,
    (context) => ({
      NewExpression(node: TSESTree.NewExpression) {
        const construction = getWidgetConstruction(node, context.sourceCode);
        if (!construction) return;
        const options = resolveWidgetOptions(node, context.sourceCode);
        const analysis = { construction, options, hosted: options?.hosted ?? false };
        result.widgets.push({ analysis, sourceCode: context.sourceCode });
      },
      'Program:exit'() {
        result.usesOkta = fileUsesOkta(context.sourceCode);
      },
    }),
    filename,
  );
  return result;
}
