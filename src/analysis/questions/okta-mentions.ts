/**
 * Does a text name Okta at all? An `@okta/` package (an import, a dependency, an `npm:`
 * alias), a global of Okta's bundles or hosted pages (`OktaSignIn`, `OktaAuth`,
 * `OktaUtil`), Okta's CDN host, or a Classic-only bundle's file name. A linear test of the raw text, before any parsing:
 * every finding of every rule needs one of these in the file, so `false` means no rule of
 * ours can report anything there, and the processors hand ESLint nothing of the file (the
 * user's other rules must not reach it through our config blocks). Escapes (`\u0040okta/`,
 * `Okta\u0053ignIn`, JSON's `\/`) are decoded first, so a name only escapes this test by
 * not being there. Case-insensitive: a false `true` costs only today's behaviour.
 */
import { WIDGET_CLASSIC_BUNDLES } from '../okta/cdn.js';
import { OKTA_PACKAGE_SCOPE, OKTA_VALUES } from '../okta/values.js';

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

export function mentionsOkta(text: string): boolean {
  if (MENTION.test(text)) return true;
  return text.includes('\\') && MENTION.test(decodeEscapes(text));
}
