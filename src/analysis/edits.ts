/**
 * Text edits on widget options: insert a property, remove a property or a statement,
 * replace a value. Each is a minimal edit that keeps the object's indentation, key
 * quotes and trailing-comma style, and always leaves code that parses.
 */
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { isInStatementList, isSideEffectFree } from './ast.js';
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
  // The properties start on the line of `{`. A `//` comment after the last one ends that
  // line: the new property goes on a line of its own after it, never before the comment.
  const comment = trailingLineComment(sourceCode, isComma(after) ? after : last);
  if (comment?.type === 'Line') {
    const close = sourceCode.getLastToken(object)!;
    const newline = `${lineBreak(sourceCode)}${lineIndent(sourceCode, close.loc.start.line)}  `;
    const comma = isComma(after) ? [] : [fixer.insertTextAfter(last, ',')];
    return [...comma, fixer.insertTextAfter(comment, `${newline}${text}${isComma(after) ? ',' : ''}`)];
  }
  if (isComma(after)) return fixer.insertTextAfter(after, ` ${text},`);
  return fixer.insertTextAfter(last, `, ${text}`);
}

/** The own-line comments directly above a node (no blank line between): they belong to it. */
function leadingCommentLines(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Comment[] {
  const comments: TSESTree.Comment[] = [];
  let below: TSESTree.Node | TSESTree.Token | TSESTree.Comment = node;
  for (const comment of [...sourceCode.getCommentsBefore(node)].reverse()) {
    const before = sourceCode.getTokenBefore(comment, { includeComments: true });
    const ownLine = !before || before.loc.end.line < comment.loc.start.line;
    if (!ownLine || comment.loc.end.line !== below.loc.start.line - 1) break;
    comments.unshift(comment);
    below = comment;
  }
  return comments;
}

/** The range of whole lines from `first` to `last`, line break included. */
function wholeLines(sourceCode: SourceCode, first: number, last: number): [number, number] {
  const start = sourceCode.getIndexFromLoc({ line: first, column: 0 });
  const end = last < sourceCode.lines.length ? sourceCode.getIndexFromLoc({ line: last + 1, column: 0 }) : sourceCode.text.length;
  return [start, end];
}

/**
 * What to remove so that no empty object is left behind: the property itself, or, when
 * every other property of its object goes too, the property that holds the object
 * (`features: { registration: true }` goes whole), recursively, or the statement that
 * assigns the object (`config.features = { registration: true };`).
 */
function outermostRemoval(
  property: TSESTree.Property,
  removedWith: ReadonlySet<TSESTree.Node>,
): TSESTree.Property | TSESTree.ExpressionStatement {
  let current = property;
  for (;;) {
    const object = current.parent as TSESTree.ObjectExpression;
    const emptied = object.properties.every((p) => p === current || removedWith.has(p));
    const holder = object.parent;
    if (!emptied) return current;
    if (holder?.type === T.AssignmentExpression && holder.right === object && canRemoveStatement(holder.parent?.type === T.ExpressionStatement ? holder.parent : null)) {
      return holder.parent as TSESTree.ExpressionStatement;
    }
    if (holder?.type !== T.Property || holder.value !== object || holder.parent?.type !== T.ObjectExpression) return current;
    current = holder;
  }
}

/** Remove a property from its object literal, with its comma, its own line and the comment lines above it. */
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
    const first = leadingCommentLines(sourceCode, property)[0] ?? property;
    return fixer.removeRange(wholeLines(sourceCode, first.loc.start.line, (comment ?? end).loc.end.line));
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

/** Remove a statement, with its line (and the comment lines above it) when it has one to itself. */
function removeStatement(fixer: Fixer, sourceCode: SourceCode, statement: TSESTree.ExpressionStatement): Fix {
  const before = sourceCode.getTokenBefore(statement, { includeComments: true });
  const after = sourceCode.getTokenAfter(statement, { includeComments: true });
  const ownLine =
    (!before || before.loc.end.line < statement.loc.start.line) &&
    (!after || after.loc.start.line > statement.loc.end.line);
  if (ownLine) {
    const first = leadingCommentLines(sourceCode, statement)[0] ?? statement;
    return fixer.removeRange(wholeLines(sourceCode, first.loc.start.line, statement.loc.end.line));
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

export interface Removal {
  readonly fix: TSESLint.ReportFixFunction;
  /** The removal drops a side effect of the value (a call, an assignment): never an autofix. */
  readonly dropsEffect: boolean;
}

/**
 * How to delete an option wherever it is set: its property (with an object that would
 * be left empty, given the properties `removedWith` it that go in the same pass), or its
 * assignment statement, whose right-hand side stays as a statement when evaluating it
 * has an effect. Null when neither can go.
 */
export function removeOption(
  sourceCode: SourceCode,
  entry: Pick<OptionEntry, 'property' | 'statement'>,
  removedWith: ReadonlySet<TSESTree.Node> = new Set(),
): Removal | null {
  const { property, statement } = entry;
  if (property) {
    const target = outermostRemoval(property, removedWith);
    const dropsEffect = property.kind === 'init' && !isSideEffectFree(property.value);
    const fix: TSESLint.ReportFixFunction =
      target.type === T.ExpressionStatement
        ? (fixer) => removeStatement(fixer, sourceCode, target)
        : (fixer) => removeProperty(fixer, sourceCode, target);
    return { fix, dropsEffect };
  }
  if (!canRemoveStatement(statement) || statement.expression.type !== T.AssignmentExpression) return null;
  const { right } = statement.expression;
  if (isSideEffectFree(right)) return { fix: (fixer) => removeStatement(fixer, sourceCode, statement), dropsEffect: false };
  // `cfg.x = window.flag = true;` → `window.flag = true;`
  const kept = sourceCode.getText(right);
  const text = right.type === T.ObjectExpression || right.type === T.FunctionExpression || right.type === T.ClassExpression ? `(${kept})` : kept;
  return { fix: (fixer) => fixer.replaceText(statement.expression, text), dropsEffect: false };
}
