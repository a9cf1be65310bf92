/**
 * Does a text name Okta at all? An `@okta/` package (an import, a dependency, an `npm:`
 * alias), a global of Okta's bundles or hosted pages (`OktaSignIn`, `OktaAuth`,
 * `OktaUtil`), okta-vue's `$auth`, `setCookieAndRedirect`, Okta's CDN host, or a Classic-only bundle's file name. A linear test of the raw
 * text, before any parsing: every finding of every rule needs one of these in the file, so `false` means no rule of
 * ours can report anything there, and the processors hand ESLint nothing of the file (the
 * user's other rules must not reach it through our config blocks). Escapes (`\u0040okta/`,
 * `Okta\u0053ignIn`, JSON's `\/`) are decoded first, so a name only escapes this test by
 * not being there. Case-insensitive: a false `true` costs only today's behaviour.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { WIDGET_CLASSIC_BUNDLES } from '../okta/cdn.js';
import { DISTINCTIVE_CLIENT_PATHS, SESSION_COOKIE_REDIRECT } from '../okta/auth-js.js';
import { packageDependsOnOkta } from '../packages/okta-dependency.js';
import { VUE_GLOBAL_PROPERTY } from '../okta/frameworks.js';
import { OKTA_PACKAGE_SCOPE, OKTA_VALUES } from '../okta/values.js';
import { importedFiles } from '../project/exports.js';
import { budgetOf, moduleAnswer, rememberLanguage } from '../project/modules.js';
import { loadedByOktaPage } from '../project/pages.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The Okta globals, the package scope, the CDN host (`global.oktacdn.com`,
 * `ok1static.oktacdn.com`) and the Classic-only bundles, which `no-classic-engine` reports
 * from any address (a self-hosted `/js/okta-sign-in.classic.min.js`).
 */
const MENTION = new RegExp(
  [
    escapeRegExp(OKTA_PACKAGE_SCOPE),
    'oktacdn\\.com',
    ...[...WIDGET_CLASSIC_BUNDLES.keys()].map(escapeRegExp),
    `\\b(?:${[...new Set(OKTA_VALUES.flatMap((value) => [...value.globals]))].map(escapeRegExp).join('|')})\\b`,
    // A client that a framework hands over with no import in the file: okta-vue's `this.$auth`
    // (okta-react's `props.oktaAuth` is the `OktaAuth` global's name, case aside).
    `${escapeRegExp(VUE_GLOBAL_PROPERTY)}\\b`,
    // The Classic session hand-off, Okta's own name, reported on any `<x>.session`.
    `\\b${SESSION_COOKIE_REDIRECT}\\b`,
  ].join('|'),
  'i',
);

/** `\uXXXX`, `\u{X…}`, `\xXX` (JavaScript) and `\/` (JSON, JavaScript): what an escape stands for. */
const ESCAPE = /\\(?:u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|x([0-9a-f]{2})|(\/))/gi;

function decodeEscapes(text: string): string {
  return text.replace(ESCAPE, (whole, braced?: string, four?: string, two?: string, slash?: string) => {
    if (slash) return '/';
    const code = Number.parseInt(braced ?? four ?? two ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Every alternative of {@link MENTION} holds one of these (lower case): a text without any is
 * ruled out by a few plain substring searches, several times faster than the expression on
 * the code of a large non-Okta repository.
 */
const NEEDLES = ['okta', VUE_GLOBAL_PROPERTY, SESSION_COOKIE_REDIRECT.toLowerCase()];

/** One case-insensitive search for any needle: it stops at the first (no lower-cased copy of a megabyte bundle). */
const NEEDLE = new RegExp(NEEDLES.map(escapeRegExp).join('|'), 'i');

const hasNeedle = (text: string): boolean => NEEDLE.test(text);

/** A `\u` or `\x` escape, which may spell a needle's letter. */
const LETTER_ESCAPE = /\\[ux]/i;

export function mentionsOkta(text: string): boolean {
  if (hasNeedle(text)) return MENTION.test(text) || (text.includes('\\') && MENTION.test(decodeEscapes(text)));
  if (!LETTER_ESCAPE.test(text)) return false;
  const decoded = decodeEscapes(text);
  return hasNeedle(decoded) && MENTION.test(decoded);
}

/** Each linted file's answer, asked once by the first rule (the rules share the SourceCode). */
const concernsByFile = new WeakMap<object, boolean>();

/** A member access in any written form: `.`, `?.`, `[' `, `?.["`. */
const MEMBER = '\\s*(?:\\??\\.\\s*|(?:\\?\\.)?\\[\\s*[\'"`])';

/**
 * Okta's own client call names (okta/auth-js.ts DISTINCTIVE_CLIENT_PATHS: `signInWithCredentials`,
 * `tx.resume`, `token.getWithRedirect`, …), which the rules report on any receiver in a package
 * that depends on Okta, with no Okta named in the file.
 */
const CLASSIC_CALL_NAME = new RegExp(`\\b(?:${DISTINCTIVE_CLIENT_PATHS.map((path) => path.map(escapeRegExp).join(MEMBER)).join('|')})\\b`);

/** The physical file of each linted file, for the package-level answer ({@link inOktaPackage}). */
const physicalFiles = new WeakMap<object, string>();

/**
 * Does the linted file belong to a package whose package.json depends on Okta? Asked by
 * "a file that uses Okta" (okta-usage.ts) after its own evidence, so read only where a
 * rule needs it. False for a file {@link mayConcernOkta} has not seen.
 */
export function inOktaPackage(sourceCode: object): boolean {
  const file = physicalFiles.get(sourceCode);
  return file !== undefined && packageDependsOnOkta(file);
}

/**
 * May a rule of ours report anything in the file ESLint is linting? A block of a page
 * (ESLint's `filename` is not the physical file) was handed over by our HTML processor only
 * because its page names Okta, so yes; otherwise the file's own text must name Okta
 * ({@link mentionsOkta}), or name one of Okta's own client calls in a package that depends
 * on Okta (the package.json is read only when the text names one), or import a module of the
 * app that names Okta, or be loaded with `<script src>` by a page of its package that names
 * Okta (project/pages.ts: one cached scan per package, asked only of `.js`/`.mjs`/`.cjs`
 * files). `false` lets every rule skip the file with no listener at all.
 */
export function mayConcernOkta(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  const { sourceCode } = context;
  let answer = concernsByFile.get(sourceCode);
  if (answer === undefined) {
    const file = context.physicalFilename;
    physicalFiles.set(sourceCode, file);
    rememberLanguage(context);
    const { text } = sourceCode;
    answer =
      context.filename !== file ||
      mentionsOkta(text) ||
      (CLASSIC_CALL_NAME.test(text) && packageDependsOnOkta(file)) ||
      importsOktaModule(sourceCode) ||
      loadedByOktaPage(file);
    concernsByFile.set(sourceCode, answer);
  }
  return answer;
}

/**
 * Does the file import a module of the app that names Okta (`import widget from
 * '../../okta-widget'`)? One level: the imported modules' answers, each computed once per
 * module text and kept in the project cache, so a module imported by a thousand files is
 * scanned once.
 */
function importsOktaModule(sourceCode: TSESLint.SourceCode): boolean {
  const budget = budgetOf(sourceCode);
  if (!budget) return false;
  return importedFiles(sourceCode).some((file) => moduleAnswer(file, budget, mentionsOkta) === true);
}
