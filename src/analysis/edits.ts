/**
 * Text edits on widget options: insert a property, remove a property or a statement,
 * replace a value. Each is a minimal edit that keeps the object's indentation, key
 * quotes and trailing-comma style, and always leaves code that parses.
 */
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { isInStatementList } from './ast.js';
import type { OptionEntry } from './options.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

function isComma(token: TSESTree.Token | null | undefined): token is TSESTree.Token {
  return token?.type === 'Punctuator' && token.value === ',';
}

/** The file's own line break, so an inserted line matches CRLF files too. */
function lineBreak(sourceCode: SourceCode): string {
  return /\r\n|\r|\n/.exec(sourceCode.text)?.[0] ?? '\n';
}

function lineIndent(sourceCode: SourceCode, line: number): string {
  return /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

/** The key as the object writes its keys: quoted when every plain key is quoted. */
function keyText(object: TSESTree.ObjectExpression, key: string): string {
  const keys = object.properties.flatMap((p) =>
    p.type === T.Property && !p.computed ? [p.key] : [],
  );
  const first = keys[0];
  if (first && keys.every((k) => k.type === T.Literal && typeof k.value === 'string')) {
    const quote = first.type === T.Literal ? first.raw[0] : "'";
    return `${quote}${key}${quote}`;
  }
  return key;
}

/** A comment that ends the line after a token, if any. */
function trailingLineComment(sourceCode: SourceCode, token: TSESTree.Token | TSESTree.Node): TSESTree.Comment | null {
  const next = sourceCode.getTokenAfter(token, { includeComments: true });
  if (next && (next.type === 'Line' || next.type === 'Block') && next.loc.start.line === token.loc.end.line) {
    return next as TSESTree.Comment;
  }
  return null;
}

/** Insert `key: value` as the last property of an object literal. */
export function insertProperty(
  fixer: Fixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  key: string,
  valueText: string,
): Fix | Fix[] {
  const text = `${keyText(object, key)}: ${valueText}`;
  const last = object.properties.at(-1);
  if (!last) {
    const open = sourceCode.getFirstToken(object)!;
    const close = sourceCode.getLastToken(object)!;
    if (open.loc.end.line === close.loc.start.line) {
      return fixer.replaceTextRange([open.range[1], close.range[0]], ` ${text} `);
    }
    const indent = lineIndent(sourceCode, close.loc.start.line);
    return fixer.insertTextAfter(open, `${lineBreak(sourceCode)}${indent}  ${text},`);
  }
  const before = sourceCode.getTokenBefore(last)!;
  const multiline = before.loc.end.line < last.loc.start.line;
  const after = sourceCode.getTokenAfter(last);
  if (multiline) {
    const newline = `${lineBreak(sourceCode)}${lineIndent(sourceCode, last.loc.start.line)}`;
    if (isComma(after)) {
      const anchor = trailingLineComment(sourceCode, after) ?? after;
      return fixer.insertTextAfter(anchor, `${newline}${text},`);
    }
    const comment = trailingLineComment(sourceCode, last);
    if (comment) {
      return [fixer.insertTextAfter(last, ','), fixer.insertTextAfter(comment, `${newline}${text}`)];
    }
    return fixer.insertTextAfter(last, `,${newline}${text}`);
  }
  if (isComma(after)) return fixer.insertTextAfter(after, ` ${text},`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** Remove a property from its object literal, with its comma, and its line when it has one to itself. */
function removeProperty(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Property): Fix {
  const object = property.parent as TSESTree.ObjectExpression;
  const before = sourceCode.getTokenBefore(property)!;
  const after = sourceCode.getTokenAfter(property)!;
  const comma = isComma(after) ? after : null;
  const end = comma ?? property;
  const next = sourceCode.getTokenAfter(end)!;
  const ownLine = before.loc.end.line < property.loc.start.line && next.loc.start.line > end.loc.end.line;
  if (ownLine) {
    const comment = trailingLineComment(sourceCode, end);
    const lineStart = sourceCode.getIndexFromLoc({ line: property.loc.start.line, column: 0 });
    const stop = comment ?? end;
    const lineEnd = sourceCode.getIndexFromLoc({ line: stop.loc.end.line + 1, column: 0 });
    return fixer.removeRange([lineStart, lineEnd]);
  }
  if (object.properties.length === 1) {
    return fixer.replaceTextRange([before.range[1], next.range[0]], '');
  }
  if (comma) return fixer.removeRange([property.range[0], next.range[0]]);
  // The last property, on a shared line: take the comma before it.
  return fixer.removeRange([before.range[0], property.range[1]]);
}

/** Can this statement be removed on its own? (Not the body of an `if` without braces.) */
function canRemoveStatement(statement: TSESTree.ExpressionStatement | null): statement is TSESTree.ExpressionStatement {
  return statement !== null && isInStatementList(statement);
}

/** Remove a statement, with its line when it has one to itself. */
function removeStatement(fixer: Fixer, sourceCode: SourceCode, statement: TSESTree.ExpressionStatement): Fix {
  const before = sourceCode.getTokenBefore(statement, { includeComments: true });
  const after = sourceCode.getTokenAfter(statement, { includeComments: true });
  const ownLine =
    (!before || before.loc.end.line < statement.loc.start.line) &&
    (!after || after.loc.start.line > statement.loc.end.line);
  if (ownLine) {
    const start = sourceCode.getIndexFromLoc({ line: statement.loc.start.line, column: 0 });
    const lastLine = statement.loc.end.line;
    const end =
      lastLine < sourceCode.lines.length
        ? sourceCode.getIndexFromLoc({ line: lastLine + 1, column: 0 })
        : sourceCode.text.length;
    return fixer.removeRange([start, end]);
  }
  return fixer.remove(statement);
}

/** The node that holds an option's value, and how to set it to `text`. */
export function replaceValue(
  fixer: Fixer,
  target: TSESTree.Property | TSESTree.AssignmentExpression,
  text: string,
): Fix {
  if (target.type === T.AssignmentExpression) return fixer.replaceText(target.right, text);
  if (target.shorthand) return fixer.insertTextAfter(target.key, `: ${text}`);
  return fixer.replaceText(target.value, text);
}

/** How to delete an option wherever it is set: its property, or its assignment statement. Null when neither can go. */
export function removeOptionFix(
  sourceCode: SourceCode,
  entry: Pick<OptionEntry, 'property' | 'statement'>,
): TSESLint.ReportFixFunction | null {
  const { property, statement } = entry;
  if (property) return (fixer) => removeProperty(fixer, sourceCode, property);
  if (canRemoveStatement(statement)) return (fixer) => removeStatement(fixer, sourceCode, statement);
  return null;
}
