/**
 * Okta-free: does a URL written in code load with a Subresource Integrity hash (whose
 * value pins the file, so a new URL needs a new hash)? The forms a page's tag takes in
 * code:
 *
 * - HTML in a string (`document.write('<script src="…" integrity="…">')`, `innerHTML`,
 *   a template literal): the string, or the concatenation it is part of, has `integrity=`
 *   (a string that writes the `<script>` or `<link>` tag without it has no hash);
 * - JSX: `<script src="…" integrity="…" />`, `<link href=… integrity=… />`;
 * - a descriptor object: `{ src: '…', integrity: '…' }` (or a hash among its values);
 * - an element written member by member: `s.src = '…'` and `s.integrity = …` (or
 *   `s.setAttribute('integrity', …)`, `Object.assign(s, { integrity })`) on the same
 *   object, anywhere in the file; `s.setAttribute('src', '…')` likewise;
 * - a call or an array that passes a hash beside the URL (`load(url, 'sha384-…')`);
 * - a `const` holding the URL: each of its uses, as above.
 *
 * Anything else (a URL handed to code it cannot see, an exported constant) is `maybe`
 * when the file names an integrity attribute or holds a hash somewhere, else `no`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { memberKey, staticString } from './ast.js';
import { anyTri, type Tri } from './tri.js';
import { SRI_CONST_DEPTH } from './limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `yes`: a hash pins it; `maybe`: one may, out of sight; `no`: none does. */
export type Integrity = 'yes' | 'maybe' | 'no';

const INTEGRITY = 'integrity';
/** An attribute in HTML text. */
const ATTRIBUTE = /\bintegrity\s*=/i;
/** HTML that writes the tag itself. */
const TAG = /<\s*(?:script|link)\b/i;
/** An SRI hash value (the W3C spec's hash algorithms). */
const HASH = /^\s*sha(?:256|384|512)-[\w+/=]{16,}/;
/** Whether a file can hold any of the above: the cheap first question. */
const MENTION = /integrity|sha(?:256|384|512)-/i;
/** Keys and methods through which an element or a descriptor takes a URL. */
const URL_KEYS = new Set(['src', 'href']);

export interface IntegrityIndex {
  /** Listeners that collect the file's integrity writes; ask `integrity` only once they have run (at `Program:exit`). */
  readonly listeners: TSESLint.RuleListener;
  /** Does the string (a literal, or a part of a template literal) load with a hash? */
  integrity(node: TSESTree.Literal | TSESTree.TemplateElement): Integrity;
}

const isHash = (node: TSESTree.Node | null | undefined): boolean => {
  const text = node ? staticString(node) : null;
  return text !== null && HASH.test(text);
};

/** A property key written as a name or a string. */
function keyOf(property: TSESTree.Property): string | null {
  if (property.computed) return staticString(property.key);
  return property.key.type === T.Identifier ? property.key.name : staticString(property.key);
}

/** An object literal's evidence: an `integrity` key or a hash value (yes), a spread (unknown). */
function objectIntegrity(object: TSESTree.ObjectExpression): Tri {
  return anyTri(
    object.properties.map((property) =>
      property.type === T.SpreadElement ? 'unknown' : keyOf(property) === INTEGRITY || isHash(property.value),
    ),
  );
}

export function integrityIndex(sourceCode: SourceCode): IntegrityIndex {
  const mentions = MENTION.test(sourceCode.text);
  /** The source text of each object the file gives an integrity (`s` of `s.integrity = …`). */
  const targets = new Set<string>();
  const listeners: TSESLint.RuleListener = mentions
    ? {
        MemberExpression(node) {
          if (memberKey(node, sourceCode) === INTEGRITY) targets.add(sourceCode.getText(node.object));
        },
        CallExpression(node) {
          const { callee } = node;
          if (callee.type !== T.MemberExpression) return;
          const method = memberKey(callee, sourceCode);
          if (method === 'setAttribute' && staticString(node.arguments[0])?.toLowerCase() === INTEGRITY) {
            targets.add(sourceCode.getText(callee.object));
          } else if (method === 'assign' && callee.object.type === T.Identifier && callee.object.name === 'Object') {
            const [target, ...sources] = node.arguments;
            if (target && sources.some((source) => source.type === T.ObjectExpression && objectIntegrity(source) === true)) {
              targets.add(sourceCode.getText(target));
            }
          }
        },
      }
    : {};

  /** The expression a string is part of: through concatenations, template literals, TypeScript wrappers and branches. */
  function valueAround(node: TSESTree.Node): TSESTree.Node {
    let value = node;
    for (let parent = value.parent; parent; value = parent, parent = parent.parent) {
      const climbs =
        (parent.type === T.BinaryExpression && parent.operator === '+') ||
        parent.type === T.TemplateLiteral ||
        parent.type === T.TSAsExpression ||
        parent.type === T.TSSatisfiesExpression ||
        parent.type === T.TSNonNullExpression ||
        parent.type === T.TSTypeAssertion ||
        (parent.type === T.ConditionalExpression && parent.test !== value) ||
        parent.type === T.LogicalExpression;
      if (!climbs) break;
    }
    return value;
  }

  /** Does the value at `node` (a string, or a name that holds one) load with a hash? */
  function answerAt(node: TSESTree.Node, depth: number): Tri {
    const value = valueAround(node);
    const text = sourceCode.getText(value);
    if (ATTRIBUTE.test(text)) return true;
    // The whole tag is in the string: it has no hash.
    if (TAG.test(text)) return false;
    let parent = value.parent;
    let child: TSESTree.Node = value;
    if (parent?.type === T.JSXExpressionContainer) {
      child = parent;
      parent = parent.parent;
    }
    if (!parent) return 'unknown';
    switch (parent.type) {
      case T.ExpressionStatement:
        return false;
      case T.JSXAttribute: {
        if (parent.value !== child || parent.parent.type !== T.JSXOpeningElement) return 'unknown';
        return anyTri(
          parent.parent.attributes.map((attribute) =>
            attribute.type === T.JSXSpreadAttribute
              ? 'unknown'
              : attribute.name.type === T.JSXIdentifier && attribute.name.name.toLowerCase() === INTEGRITY,
          ),
        );
      }
      case T.Property: {
        if (parent.value !== child || parent.parent.type !== T.ObjectExpression) return 'unknown';
        const answer = objectIntegrity(parent.parent);
        // A descriptor (`{ src }`) says all; a table of URLs (`{ js: '…' }`) is read elsewhere.
        const key = keyOf(parent);
        return answer === false && !(key !== null && URL_KEYS.has(key)) ? 'unknown' : answer;
      }
      case T.AssignmentExpression: {
        if (parent.right !== child || parent.operator !== '=' || parent.left.type !== T.MemberExpression) return 'unknown';
        if (targets.has(sourceCode.getText(parent.left.object))) return true;
        const key = memberKey(parent.left, sourceCode);
        return key !== null && URL_KEYS.has(key) ? false : 'unknown';
      }
      case T.CallExpression:
      case T.NewExpression: {
        const { callee } = parent;
        if (callee.type === T.MemberExpression && memberKey(callee, sourceCode) === 'setAttribute') {
          if (parent.arguments[1] !== child) return 'unknown';
          if (targets.has(sourceCode.getText(callee.object))) return true;
          const key = staticString(parent.arguments[0])?.toLowerCase();
          return key !== undefined && URL_KEYS.has(key) ? false : 'unknown';
        }
        const beside = parent.arguments.some(
          (argument) =>
            argument !== child && (isHash(argument) || (argument.type === T.ObjectExpression && objectIntegrity(argument) === true)),
        );
        return beside ? true : 'unknown';
      }
      case T.ArrayExpression:
        return parent.elements.some((element) => element !== child && isHash(element)) ? true : 'unknown';
      case T.VariableDeclarator: {
        if (parent.init !== child || parent.id.type !== T.Identifier || depth >= SRI_CONST_DEPTH) return 'unknown';
        // An exported constant is read by other files too.
        if (parent.parent.parent?.type === T.ExportNamedDeclaration) return 'unknown';
        const [variable] = sourceCode.getDeclaredVariables(parent);
        if (!variable) return 'unknown';
        let answer: Tri = false;
        for (const reference of variable.references) {
          if (reference.init || !reference.isRead()) continue;
          const each = answerAt(reference.identifier, depth + 1);
          if (each === true) return true;
          if (each === 'unknown') answer = 'unknown';
        }
        return answer;
      }
      default:
        return 'unknown';
    }
  }

  return {
    listeners,
    integrity(node) {
      if (!mentions) return 'no';
      const answer = answerAt(node.type === T.TemplateElement ? node.parent : node, 0);
      return answer === 'unknown' ? (mentions ? 'maybe' : 'no') : answer ? 'yes' : 'no';
    },
  };
}
