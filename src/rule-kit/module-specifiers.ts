/**
 * Module specifiers as rules see them: every place a file names a module (`import`,
 * `export … from`, `import x = require()`, `require()`, `import()`) and the test mocks
 * and TypeScript ambient module declarations that name it (`jest.mock`, `vi.mock`, …,
 * `declare module '…'`), collected over the file and handed to the rule at the end, so an
 * edit of a specifier can take the file's mocks and declarations with it.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { requiredModule, staticString } from '../analysis/engine/ast.js';
import { mockedModule } from '../analysis/engine/modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface ModuleSpecifiers {
  /** The specifier nodes of the modules asked for, in source order. */
  readonly sources: readonly { readonly node: TSESTree.Node; readonly specifier: string }[];
  /**
   * The file's mocks of those modules, and its ambient declarations of them
   * (`declare module '…'`, which types or augments the module the code imports).
   */
  readonly mocks: readonly TSESTree.StringLiteral[];
  /** A mock names its module with something other than a string: it may be one of them. */
  readonly dynamicMock: boolean;
}

export function moduleSpecifierListeners(
  sourceCode: SourceCode,
  matches: (specifier: string) => boolean,
  done: (found: ModuleSpecifiers) => void,
): TSESLint.RuleListener {
  const sources: { node: TSESTree.Node; specifier: string }[] = [];
  const mocks: TSESTree.StringLiteral[] = [];
  let dynamicMock = false;
  const collect = (node: TSESTree.Node | null | undefined): void => {
    const specifier = node ? staticString(node) : null;
    if (node && specifier !== null && matches(specifier)) sources.push({ node, specifier });
  };
  return {
    ImportDeclaration: (node) => collect(node.source),
    ExportNamedDeclaration: (node) => collect(node.source),
    ExportAllDeclaration: (node) => collect(node.source),
    ImportExpression: (node) => collect(node.source),
    TSExternalModuleReference: (node) => collect(node.expression),
    TSModuleDeclaration(node) {
      // `declare module 'x' { … }` / `declare module 'x';` (not `declare global`, not a namespace).
      if (node.id.type === 'Literal' && typeof node.id.value === 'string' && matches(node.id.value)) mocks.push(node.id);
    },
    CallExpression(node) {
      // Every call of a file comes here: the scope only for a `require` of a module asked for.
      const { callee } = node;
      if (callee.type === 'Identifier' && callee.name === 'require') {
        const specifier = staticString(node.arguments[0]);
        if (specifier !== null && matches(specifier) && requiredModule(node, sourceCode.getScope(node)) !== null)
          collect(node.arguments[0]);
      }
      const mocked = mockedModule(node);
      if (mocked === 'dynamic') dynamicMock = true;
      else if (mocked && matches(mocked.specifier)) mocks.push(mocked.node);
    },
    'Program:exit'() {
      done({ sources, mocks, dynamicMock });
    },
  };
}

/** The specifier as another module, in the same quotes. */
export function rewriteSpecifier(fixer: TSESLint.RuleFixer, sourceCode: SourceCode, node: TSESTree.Node, to: string): TSESLint.RuleFix {
  const quote = sourceCode.getText(node)[0] ?? "'";
  return fixer.replaceText(node, `${quote}${to}${quote}`);
}
