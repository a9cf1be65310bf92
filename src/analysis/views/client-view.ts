/**
 * The per-file view of okta-auth-js clients: what the Authn and session rules ask of a
 * call (is it a Classic Authentication API call, an Authn transaction, a session-token
 * hand-off, a `session.setCookieAndRedirect`?), each answer with the node its finding
 * goes on and the edit it can offer. Receivers are recognised by `receivers.ts`, calls by
 * the tables of `okta/auth-js.ts` (`client-calls.ts`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { unwrap } from '../engine/ast.js';
import { resolveObjectArgument } from '../engine/options.js';
import { isSetInCode, lookup } from '../engine/option-queries.js';
import {
  AUTH_JS_VERSIONS,
  AUTHN_CALLS,
  AUTHN_TRANSACTION_SOURCES,
  SESSION_TOKEN_HAND_OFFS,
  SESSION_TOKEN_KEY,
  TOKEN_HAND_OFF,
  WIDGET_AUTH_CLIENT,
} from '../okta/auth-js.js';
import { HOSTED_COMPLETE_LOGIN, HOSTED_UTIL_GLOBAL } from '../okta/hosted.js';
import { AUTH_JS_POLICY, describeVersion, resolveVersion, validateVersionSettings, versionAtLeast } from '../packages/versions.js';
import { clientCallMatcher, readsOfResolvedValue, receiverOf, sessionRedirectCall } from '../questions/client-calls.js';
import { clientEvidence } from '../questions/receivers.js';
import { editOf, type Edit } from './edit.js';
import { namesOktaUtil } from './handlers.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Fix = TSESLint.ReportFixFunction;

const matchAuthnCall = clientCallMatcher(AUTHN_CALLS, (entry) => entry.distinctive);
const matchTransactionSource = clientCallMatcher(AUTHN_TRANSACTION_SOURCES, (entry) => entry.distinctive);
const matchHandOff = clientCallMatcher(SESSION_TOKEN_HAND_OFFS, (entry) => !entry.needsClient);

/** A Classic Authentication API call on a client. */
export interface AuthnCallAnswer<MessageIds extends string> {
  /** Where the finding goes: the method's name. */
  readonly node: TSESTree.Node;
  /** The method as called (`signIn`, `tx.resume`). */
  readonly method: string;
  /** Its Identity Engine replacement, for the message. */
  readonly replacement: string;
  /** The call renamed to its counterpart on the same client (a suggestion: the transaction models differ). */
  readonly rename: Edit<MessageIds>;
}

/** A value that holds a session token: where the finding goes, and what the token is read from. */
export interface TokenRead {
  readonly node: TSESTree.Node;
  /** The Authn call the token comes from (`signInWithCredentials`). */
  readonly method: string;
}

/** A session token handed on: where the finding goes, and the value handed (a read there is this one finding). */
export interface TokenHandOff {
  readonly node: TSESTree.Node;
  readonly value: TSESTree.Node | null;
  /** The call it is handed to (`token.getWithRedirect`), for an options key; null for `setCookieAndRedirect`'s argument. */
  readonly method: string | null;
}

/** A `<x>.session.setCookieAndRedirect(…)` call. */
export interface SessionRedirect {
  readonly call: TSESTree.CallExpression;
  readonly callee: TSESTree.MemberExpression;
  /** `<x>.session`, when the callee reads it. */
  readonly session: TSESTree.MemberExpression | null;
  /** Where the finding goes: the method's name. */
  readonly node: TSESTree.Node;
}

export class ClientView {
  private idxNote: { hasIdx: boolean | 'unknown'; version: string } | undefined;

  constructor(private readonly context: Context) {}

  /** The okta-auth-js version settings: a value that is not a version or range stops the run with a configuration error. */
  checkVersionSettings(): void {
    validateVersionSettings(this.context, AUTH_JS_POLICY);
  }

  /**
   * Does every okta-auth-js version that may run have the `idx` module (false: none has), with the version for a message. Asked once per
   * file.
   */
  get idxModule(): { hasIdx: boolean | 'unknown'; version: string; since: string } {
    if (!this.idxNote) {
      const info = resolveVersion(this.context, AUTH_JS_POLICY);
      this.idxNote = { hasIdx: versionAtLeast(info, AUTH_JS_VERSIONS.idx), version: describeVersion(info, AUTH_JS_POLICY) };
    }
    return { ...this.idxNote, since: AUTH_JS_VERSIONS.idx };
  }

  /**
   * A Classic Authentication API call (`authClient.signIn(…)`), or null; its rename offered as `suggestion` with the new call as `call`.
   */
  authnCall<MessageIds extends string>(
    call: TSESTree.CallExpression,
    suggestion: { messageId: MessageIds },
  ): AuthnCallAnswer<MessageIds> | null {
    const { sourceCode } = this.context;
    const found = matchAuthnCall(call, sourceCode);
    if (!found) return null;
    const callee = unwrap(call.callee);
    const node = callee.type === T.MemberExpression ? callee.property : call.callee;
    const method = found.path.includes('*') ? `${found.path[0]}.${sourceCode.getText(node)}` : found.path.join('.');
    // `authClient.signIn(…)` → `authClient.idx.authenticate(…)`; optional chaining or a computed key in the callee: left to a person.
    const receiver = receiverOf(call, found.path, sourceCode);
    let text: string | null = null;
    let fix: Fix | null = null;
    if (
      found.rename &&
      receiver &&
      callee.type === T.MemberExpression &&
      !callee.optional &&
      !callee.computed &&
      call.callee.type !== T.ChainExpression
    ) {
      const renamed = `${sourceCode.getText(receiver)}.${found.rename.join('.')}`;
      text = `${renamed}()`;
      fix = (fixer) => fixer.replaceText(call.callee, renamed);
    }
    return { node, method, replacement: found.replacement, rename: editOf(fix, { ...suggestion, data: { call: text } }, false) };
  }

  /** The `sessionToken` reads of the value an Authn transaction call resolves to (`(await authClient.signIn(…)).sessionToken`). */
  transactionTokenReads(call: TSESTree.CallExpression): TokenRead[] {
    const { sourceCode } = this.context;
    const source = matchTransactionSource(call, sourceCode);
    if (!source) return [];
    const method = source.path.join('.');
    return readsOfResolvedValue(call, sourceCode).flatMap((read) => {
      const [first] = read.segments;
      return first?.key === SESSION_TOKEN_KEY ? [{ node: first.node, method }] : [];
    });
  }

  /**
   * The session tokens a call hands on: a `sessionToken` key set in code in the options of
   * a hand-off (`token.getWithRedirect({ sessionToken })`), and the token given to
   * okta-auth-js's `session.setCookieAndRedirect(sessionToken, redirectUrl)` (a Classic
   * widget result's takes only the URL).
   */
  tokenHandOffs(call: TSESTree.CallExpression): TokenHandOff[] {
    const { sourceCode } = this.context;
    const found: TokenHandOff[] = [];
    const handOff = matchHandOff(call, sourceCode);
    if (handOff) {
      const resolved = resolveObjectArgument(call, handOff.options, sourceCode);
      const option = resolved ? lookup(resolved.root, [SESSION_TOKEN_KEY]) : null;
      if (option?.state === 'present' && isSetInCode(option.entry)) {
        const { entry } = option;
        found.push({
          node: entry.node,
          value: entry.value.kind === 'expression' ? unwrap(entry.value.node) : null,
          method: handOff.path.join('.'),
        });
      }
    }
    const redirect = this.sessionRedirect(call);
    const [token] = call.arguments;
    if (!redirect || !token || token.type === T.SpreadElement) return found;
    if (!this.onClient(redirect) && call.arguments.length < 2) return found;
    found.push({ node: token, value: unwrap(token), method: null });
    return found;
  }

  /** `<x>.session.setCookieAndRedirect(…)` (optional chaining and constant computed keys included), or null. */
  sessionRedirect(call: TSESTree.CallExpression): SessionRedirect | null {
    const found = sessionRedirectCall(call, this.context.sourceCode);
    return found ? { call, ...found, node: found.callee.property } : null;
  }

  /** Is the redirect's `session` an okta-auth-js client's (not a Classic widget result's)? */
  onClient(redirect: SessionRedirect): boolean {
    return redirect.session !== null && clientEvidence(redirect.session.object, this.context.sourceCode) !== null;
  }

  /** The result whose session redirects (`res` of `res.session.setCookieAndRedirect(url)`), when an edit can name it. */
  redirectResult(redirect: SessionRedirect): string | null {
    const { session, call } = redirect;
    if (!session || call.arguments.some((arg) => arg.type === T.SpreadElement)) return null;
    return this.context.sourceCode.getText(session.object);
  }

  /** The redirect replaced by `OktaUtil.completeLogin(<result>)` (none where `OktaUtil` is shadowed): a suggestion. */
  completeLoginEdit<MessageIds extends string>(
    redirect: SessionRedirect,
    result: string,
    suggestion: { messageId: MessageIds },
  ): Edit<MessageIds> {
    const fix = namesOktaUtil(redirect.call, this.context.sourceCode)
      ? this.replaceCall(redirect, `${HOSTED_UTIL_GLOBAL}.${HOSTED_COMPLETE_LOGIN}(${result})`)
      : null;
    return editOf(fix, { ...suggestion, data: { result } }, false);
  }

  /**
   * The redirect replaced by the widget's `authClient.handleLoginRedirect(<result>.tokens, <url>)`,
   * given the widget instance's name there (none without one): a suggestion.
   */
  handleLoginRedirectEdit<MessageIds extends string>(
    redirect: SessionRedirect,
    result: string,
    instance: string | null,
    suggestion: { messageId: MessageIds },
  ): Edit<MessageIds> {
    const client = instance === null ? null : `${instance}.${WIDGET_AUTH_CLIENT}`;
    const [url] = redirect.call.arguments;
    const uri = url ? `, ${this.context.sourceCode.getText(url)}` : '';
    const fix =
      client === null ? null : this.replaceCall(redirect, `${client}.${TOKEN_HAND_OFF.handleLoginRedirect}(${result}.tokens${uri})`);
    return editOf(fix, { ...suggestion, data: { client } }, false);
  }

  /** Replace the whole call as written (an optional chain included). */
  private replaceCall({ call }: SessionRedirect, text: string): Fix {
    const whole = call.parent?.type === T.ChainExpression ? call.parent : call;
    return (fixer) => fixer.replaceText(whole, text);
  }
}

/** The client view of the file being linted. */
export function getClientView(context: Context): ClientView {
  return new ClientView(context);
}
