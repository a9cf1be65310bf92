/**
 * Text edits on widget options: insert a property, remove a property or a statement,
 * replace a value. Each is a minimal edit that keeps the object's indentation, key
 * quotes and trailing-comma style, and always leaves code that parses.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
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
  const keys = object.properties.flatMap((p) => (p.type === T.Property && !p.computed ? [p.key] : []));
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
    return next;
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

type Piece = TSESTree.Node | TSESTree.Token | TSESTree.Comment;

const isComment = (piece: Piece | null): piece is TSESTree.Comment => piece?.type === 'Line' || piece?.type === 'Block';

/**
 * What a removal of the construct from `node` to `end` (a property with its comma, a
 * statement) takes with it: only its own comments, the comment lines directly above it
 * (`first`) and a comment after it wholly on its last line with nothing after it
 * (`last`). Any other comment stays, whatever lines it spans: one that ends on the
 * construct's first line (a neighbour's `/* … ⏎ … *\/`), or starts on its last line and
 * goes on (`x: 1, /* a ⏎ b *\/`). `previous` and `following` are what stays around it,
 * comments included; `startsLine`/`endsLine` say whether it has its lines to itself.
 */
interface Extent {
  first: Piece;
  last: Piece;
  previous: Piece | null;
  following: Piece | null;
  startsLine: boolean;
  endsLine: boolean;
}

function extentOf(sourceCode: SourceCode, node: TSESTree.Node, end: Piece): Extent {
  const first: Piece = leadingCommentLines(sourceCode, node)[0] ?? node;
  const previous = sourceCode.getTokenBefore(first, { includeComments: true });
  const after = sourceCode.getTokenAfter(end, { includeComments: true });
  const trailing =
    isComment(after) &&
    after.loc.start.line === end.loc.end.line &&
    after.loc.end.line === end.loc.end.line &&
    (sourceCode.getTokenAfter(after, { includeComments: true })?.loc.start.line ?? Infinity) > after.loc.end.line;
  const last: Piece = trailing ? after : end;
  const following = sourceCode.getTokenAfter(last, { includeComments: true });
  return {
    first,
    last,
    previous,
    following,
    startsLine: !previous || previous.loc.end.line < first.loc.start.line,
    endsLine: !following || following.loc.start.line > last.loc.end.line,
  };
}

/**
 * The range that removes an extent: whole lines when it has them to itself; up to what
 * stays on its last line (keeping the first line's indentation); from what stays on its
 * first line (keeping the line break); or its own text and the blanks after it.
 */
function removalRange(sourceCode: SourceCode, node: TSESTree.Node, extent: Extent): [number, number] {
  const { first, last, previous, following, startsLine, endsLine } = extent;
  if (startsLine && endsLine) return wholeLines(sourceCode, first.loc.start.line, last.loc.end.line);
  if (startsLine) return [first.range[0], following!.range[0]];
  if (endsLine) return [previous!.range[1], last.range[1]];
  return [node.range[0], following!.range[0]];
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
    if (
      holder?.type === T.AssignmentExpression &&
      holder.right === object &&
      canRemoveStatement(holder.parent?.type === T.ExpressionStatement ? holder.parent : null)
    ) {
      return holder.parent as TSESTree.ExpressionStatement;
    }
    if (holder?.type !== T.Property || holder.value !== object || holder.parent?.type !== T.ObjectExpression) return current;
    current = holder;
  }
}

/** Remove a property from its object literal, with its comma and only its own comments (see `extentOf`). */
function removeProperty(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Property): Fix | Fix[] {
  const object = property.parent as TSESTree.ObjectExpression;
  const after = sourceCode.getTokenAfter(property)!;
  const comma = isComma(after) ? after : null;
  const extent = extentOf(sourceCode, property, comma ?? property);
  const { previous, following, startsLine, endsLine } = extent;
  if (!startsLine && !endsLine && object.properties.length === 1) {
    // `{ flag: true }` → `{}`
    return fixer.removeRange([previous!.range[1], following!.range[0]]);
  }
  const before = sourceCode.getTokenBefore(property)!;
  if (!comma && !startsLine && isComma(before)) {
    // The last property, after others on its line: the comma before it goes, and the
    // blanks before `}` stay.
    const end = endsLine ? extent.last.range[1] : property.range[1];
    if (previous === before) return fixer.removeRange([before.range[0], end]);
    return [fixer.remove(before), fixer.removeRange([previous!.range[1], end])];
  }
  return fixer.removeRange(removalRange(sourceCode, property, extent));
}

/** Can this statement be removed on its own? (Not the body of an `if` without braces.) */
function canRemoveStatement(statement: TSESTree.ExpressionStatement | null): statement is TSESTree.ExpressionStatement {
  return statement !== null && isInStatementList(statement);
}

/** The statements of the list a statement is in. */
function statementList(statement: TSESTree.Statement): readonly TSESTree.Node[] {
  const parent = statement.parent;
  switch (parent?.type) {
    case T.Program:
    case T.BlockStatement:
    case T.StaticBlock:
    case T.TSModuleBlock:
      return parent.body;
    case T.SwitchCase:
      return parent.consequent;
    default:
      return [];
  }
}

/**
 * Does this statement end itself, so that a next statement that starts with `(` or `[`
 * cannot continue it? With its own `;`, or as a declaration or block that ends with `}`.
 * Anything else may be continued (`foo()⏎[a].map(…)` is one call; so is `x = {}⏎(…)`).
 */
function endsItself(statement: TSESTree.Node, sourceCode: SourceCode): boolean {
  const last = sourceCode.getLastToken(statement);
  if (last?.type === 'Punctuator' && last.value === ';') return true;
  switch (statement.type) {
    case T.FunctionDeclaration:
    case T.ClassDeclaration:
    case T.BlockStatement:
    case T.SwitchStatement:
    case T.TryStatement:
    case T.DoWhileStatement:
    case T.TSInterfaceDeclaration:
    case T.TSModuleDeclaration:
    case T.TSEnumDeclaration:
    case T.EmptyStatement:
    // A module specifier or `export { … }` cannot be continued: ASI ends them.
    case T.ImportDeclaration:
    case T.ExportAllDeclaration:
      return true;
    case T.ExportNamedDeclaration:
      return statement.declaration === null || endsItself(statement.declaration, sourceCode);
    case T.ExportDefaultDeclaration:
      return endsItself(statement.declaration, sourceCode);
    case T.IfStatement:
      return endsItself(statement.alternate ?? statement.consequent, sourceCode);
    case T.ForStatement:
    case T.ForInStatement:
    case T.ForOfStatement:
    case T.WhileStatement:
    case T.WithStatement:
    case T.LabeledStatement:
      return endsItself(statement.body, sourceCode);
    default:
      return false;
  }
}

/** Text that would continue an unterminated statement before it: `(`, `[`, a template, `+`, `-`, a regex `/`, `<T>x`. */
const CONTINUES = /^[([`+\-/<]/;

/**
 * Would a statement that starts with `text`, put where `statement` is, join the one
 * before it (no `;` between them in a semicolon-less file)? Then it needs a `;` first,
 * the way standard and Prettier write it: `;[a, b].forEach(…)`.
 */
function needsSemicolonBefore(statement: TSESTree.Statement, text: string, sourceCode: SourceCode, written = false): boolean {
  if (!CONTINUES.test(text)) return false;
  const list = statementList(statement);
  const previous = list[list.indexOf(statement) - 1];
  return previous !== undefined && (written || !endsItself(previous, sourceCode));
}

/**
 * Remove a statement with only its own comments (see `extentOf`). When its `;` was all
 * that kept the next statement from continuing the previous one, a `;` stays, put before
 * the next statement.
 */
export function removeStatement(fixer: Fixer, sourceCode: SourceCode, statement: TSESTree.ExpressionStatement): Fix | Fix[] {
  const removal = fixer.removeRange(removalRange(sourceCode, statement, extentOf(sourceCode, statement, statement)));
  const next = sourceCode.getTokenAfter(statement);
  if (!next) return removal;
  // The author's own `;[` (the statement's `;` written at the start of the next one's line) stays as written.
  const semicolon = sourceCode.getLastToken(statement)!;
  const leadsNext =
    semicolon.value === ';' && semicolon.loc.start.line === next.loc.start.line && semicolon.loc.start.line > statement.loc.start.line;
  if (needsSemicolonBefore(statement, next.value, sourceCode, leadsNext)) return [removal, fixer.insertTextBefore(next, ';')];
  return removal;
}

/** The node that holds an option's value, and how to set it to `text`. */
export function replaceValue(fixer: Fixer, target: TSESTree.Property | TSESTree.AssignmentExpression, text: string): Fix {
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
  const wrapped =
    right.type === T.ObjectExpression || right.type === T.FunctionExpression || right.type === T.ClassExpression ? `(${kept})` : kept;
  // In a semicolon-less file, `foo()⏎cfg.x = [f()]` must not become `foo()⏎[f()]`.
  const startsStatement = statement.range[0] === statement.expression.range[0];
  const text = startsStatement && needsSemicolonBefore(statement, wrapped, sourceCode) ? `;${wrapped}` : wrapped;
  return { fix: (fixer) => fixer.replaceText(statement.expression, text), dropsEffect: false };
}
