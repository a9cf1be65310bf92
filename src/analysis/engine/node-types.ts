/**
 * The ESTree node types the analysis compares with (`node.type === T.CallExpression`), as
 * our own constant: typescript-eslint's `AST_NODE_TYPES` enum has exactly these strings as
 * its values, so its package is needed to type-check, never to run (loading it cost every
 * ESLint process about 14 ms). A test keeps the list complete: every `T.X` in src/ is here.
 */
import type { AST_NODE_TYPES } from '@typescript-eslint/types';

export const NODE_TYPES_USED = [
  'ArrayExpression', 'ArrowFunctionExpression', 'AssignmentExpression', 'AssignmentPattern',
  'AwaitExpression', 'BinaryExpression', 'BlockStatement', 'CallExpression', 'ChainExpression', 'ClassBody',
  'ClassDeclaration', 'ClassExpression', 'ConditionalExpression', 'DoWhileStatement', 'EmptyStatement',
  'ExportAllDeclaration', 'ExportDefaultDeclaration', 'ExportNamedDeclaration', 'ExportSpecifier', 'ExpressionStatement',
  'ForInStatement', 'ForOfStatement', 'ForStatement', 'FunctionDeclaration', 'FunctionExpression',
  'Identifier', 'IfStatement', 'ImportDeclaration', 'ImportDefaultSpecifier', 'ImportExpression',
  'ImportNamespaceSpecifier', 'ImportSpecifier', 'JSXAttribute', 'JSXExpressionContainer', 'JSXIdentifier', 'JSXMemberExpression',
  'JSXOpeningElement', 'JSXSpreadAttribute', 'LabeledStatement', 'Literal', 'LogicalExpression',
  'MemberExpression', 'MethodDefinition', 'NewExpression', 'ObjectExpression', 'ObjectPattern',
  'PrivateIdentifier', 'Program', 'Property', 'PropertyDefinition', 'ReturnStatement', 'SpreadElement',
  'StaticBlock', 'SwitchCase', 'SwitchStatement', 'TSAsExpression', 'TSEnumDeclaration',
  'TSExternalModuleReference', 'TSImportEqualsDeclaration', 'TSInterfaceDeclaration', 'TSModuleBlock',
  'TSModuleDeclaration', 'TSNonNullExpression', 'TSParameterProperty', 'TSSatisfiesExpression',
  'TSTypeAnnotation', 'TSTypeAssertion', 'TSTypeReference', 'TemplateElement', 'TemplateLiteral',
  'ThisExpression', 'ThrowStatement', 'TryStatement', 'UnaryExpression', 'UpdateExpression', 'VariableDeclarator',
  'WhileStatement', 'WithStatement', 'MetaProperty', 'RestElement', 'SequenceExpression', 'Super',
  'VariableDeclaration', 'YieldExpression',
] as const;

export const T = Object.freeze(Object.fromEntries(NODE_TYPES_USED.map((name) => [name, name]))) as unknown as typeof AST_NODE_TYPES;
