import rule from '../../src/rules/no-classic-request-context.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const CTX = 'var ctx = OktaUtil.getRequestContext();\n';

/** Where `text` is in `code`, as the rule reports it. */
const at = (code: string, text: string, from = 0) => span(code, text, from);

const readBoth = (classic: string, identityEngine: string, output: string) => [
  { messageId: 'readBoth' as const, data: { classic, identityEngine }, output },
];

// Okta's Classic per-app sample (dev docs custom-widget, "Per-application customization").
const classicGetAppId = `function getAppId() {
  if (!OktaUtil) return undefined;
  var requestContext = OktaUtil.getRequestContext();
  if (requestContext && requestContext.target && requestContext.target.clientId) {
    return requestContext.target.clientId;
  }
  if (requestContext && requestContext.authentication && requestContext.authentication.issuer.id) {
    return requestContext.authentication.issuer.id;
  }
}`;

// The same sample for the Identity Engine.
const oieGetAppId = `function getAppId() {
  if (!OktaUtil) return undefined;
  var requestContext = OktaUtil.getRequestContext();
  if (requestContext && requestContext.app && requestContext.app.value.id) {
    return requestContext.app.value.id;
  }
}`;

const plain = `${CTX}var appId = ctx.target.clientId;`;
const optional = `${CTX}const appId = ctx?.target?.clientId;`;
const optionalTail = `${CTX}const appId = ctx.target?.clientId || 'none';`;
const inline = `var label = OktaUtil.getRequestContext().target.label;`;
const request = `${CTX}var redirect = ctx.authentication.request.redirect_uri;`;
const called = `${CTX}var name = ctx.target.name.toLowerCase();`;
const renamed = `${CTX}var req = ctx.authentication.request;\nsend(req.state, req.scope);`;
const client = `${CTX}track(ctx.authentication.client.id, ctx.authentication.client.name);`;
const bareClient = `${CTX}track(ctx.authentication.client);`;
const issuer = `${CTX}var issuer = ctx.authentication.issuer.uri;`;
const destructured = `${CTX}var { clientId } = ctx.target;`;
const viaFunction = `function brand(context) { return context.target.label; }\ndocument.title = brand(OktaUtil.getRequestContext());`;
const windowGlobal = `var label = window.OktaUtil.getRequestContext().target.label;`;
const asi = `${CTX}go()\nctx.target.name.trim()`;
const write = `${CTX}ctx.target.label = 'x';`;

ruleTester.run('no-classic-request-context', rule, {
  valid: [
    // Okta's Identity Engine sample.
    { code: oieGetAppId, ...javascript() },
    `${CTX}var id = ctx.app.value.id;\nvar redirect = ctx.authentication.value.request.redirect_uri;`,
    // Code that reads both shapes already (a page that serves both engines during a staged rollout).
    `${CTX}var id = ctx.app ? ctx.app.value.id : ctx.target.clientId;`,
    `${CTX}var id = ctx.app?.value?.id ?? ctx.target?.clientId;`,
    `${CTX}var r = ctx.authentication.value ? ctx.authentication.value.request : ctx.authentication.request;`,
    `var id = OktaUtil.getRequestContext().app?.value?.id || OktaUtil.getRequestContext().target?.clientId;`,
    // Look-alikes: another SDK's request context, a local OktaUtil, a guard that is not a Classic path.
    `const ctx = sdk.getRequestContext();\nconst id = ctx.target.clientId;`,
    `import { getRequestContext } from 'some-sdk';\nconst ctx = getRequestContext();\nctx.authentication.request.id;`,
    `function page(OktaUtil) { return OktaUtil.getRequestContext().target.clientId; }`,
    `const OktaUtil = { getRequestContext: () => ({}) };\nOktaUtil.getRequestContext().target.label;`,
    `${CTX}if (ctx && ctx.authentication) show(ctx.authentication);`,
    `${CTX}var t = ctx.target;`,
    // Something else of the Classic object that the rule has no row for: unknown, silent.
    `${CTX}console.log(ctx);`,
  ],
  invalid: [
    {
      code: classicGetAppId,
      ...javascript(),
      errors: [
        // Guarded by `requestContext.target`: the guard needs rewriting too, so no suggestion.
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(classicGetAppId, 'requestContext.target.clientId'),
          suggestions: [],
        },
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(classicGetAppId, 'requestContext.target.clientId', classicGetAppId.indexOf('return requestContext')),
          suggestions: [],
        },
        // The SAML app's id: no Identity Engine equivalent.
        {
          messageId: 'classicPathNoEquivalent',
          data: { classic: 'authentication.issuer', note: '`authentication.value.issuer`, without `id`' },
          ...at(
            classicGetAppId,
            'requestContext.authentication.issuer',
            classicGetAppId.indexOf('&& requestContext.authentication.issuer'),
          ),
          suggestions: [],
        },
        {
          messageId: 'classicPathNoEquivalent',
          data: { classic: 'authentication.issuer', note: '`authentication.value.issuer`, without `id`' },
          ...at(classicGetAppId, 'requestContext.authentication.issuer', classicGetAppId.indexOf('return requestContext.authentication')),
          suggestions: [],
        },
      ],
    },
    {
      code: plain,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(plain, 'ctx.target.clientId'),
          suggestions: readBoth('target.clientId', 'app.value.id', `${CTX}var appId = ctx.app ? ctx.app.value.id : ctx.target.clientId;`),
        },
      ],
    },
    {
      code: optional,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(optional, 'ctx?.target?.clientId'),
          suggestions: readBoth('target.clientId', 'app.value.id', `${CTX}const appId = ctx?.app?.value?.id ?? ctx?.target?.clientId;`),
        },
      ],
    },
    {
      // `??` cannot mix with `||` unparenthesised.
      code: optionalTail,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(optionalTail, 'ctx.target?.clientId'),
          suggestions: readBoth(
            'target.clientId',
            'app.value.id',
            `${CTX}const appId = (ctx.app?.value?.id ?? ctx.target?.clientId) || 'none';`,
          ),
        },
      ],
    },
    {
      code: inline,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.label', identityEngine: 'app.value.label' },
          ...at(inline, 'OktaUtil.getRequestContext().target.label'),
          suggestions: readBoth(
            'target.label',
            'app.value.label',
            `var label = OktaUtil.getRequestContext().app ? OktaUtil.getRequestContext().app.value.label : ` +
              `OktaUtil.getRequestContext().target.label;`,
          ),
        },
      ],
    },
    {
      code: request,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'authentication.request', identityEngine: 'authentication.value.request' },
          ...at(request, 'ctx.authentication.request'),
          suggestions: readBoth(
            'authentication.request',
            'authentication.value.request',
            `${CTX}var redirect = (ctx.authentication.value ? ctx.authentication.value.request : ctx.authentication.request).redirect_uri;`,
          ),
        },
      ],
    },
    {
      code: called,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.name', identityEngine: 'app.value.name' },
          ...at(called, 'ctx.target.name'),
          suggestions: readBoth(
            'target.name',
            'app.value.name',
            `${CTX}var name = (ctx.app ? ctx.app.value.name : ctx.target.name).toLowerCase();`,
          ),
        },
      ],
    },
    {
      // One finding for the read that both later reads go through.
      code: renamed,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'authentication.request', identityEngine: 'authentication.value.request' },
          ...at(renamed, 'ctx.authentication.request'),
          suggestions: readBoth(
            'authentication.request',
            'authentication.value.request',
            `${CTX}var req = ctx.authentication.value ? ctx.authentication.value.request : ctx.authentication.request;\nsend(req.state, ` +
              `req.scope);`,
          ),
        },
      ],
    },
    {
      code: client,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'authentication.client.id', identityEngine: 'app.value.id' },
          ...at(client, 'ctx.authentication.client.id'),
          suggestions: readBoth(
            'authentication.client.id',
            'app.value.id',
            `${CTX}track(ctx.app ? ctx.app.value.id : ctx.authentication.client.id, ctx.authentication.client.name);`,
          ),
        },
        {
          messageId: 'classicPath',
          data: { classic: 'authentication.client.name', identityEngine: 'app.value.label' },
          ...at(client, 'ctx.authentication.client.name'),
          suggestions: readBoth(
            'authentication.client.name',
            'app.value.label',
            `${CTX}track(ctx.authentication.client.id, ctx.app ? ctx.app.value.label : ctx.authentication.client.name);`,
          ),
        },
      ],
    },
    {
      code: bareClient,
      errors: [
        {
          messageId: 'classicPathNoEquivalent',
          data: { classic: 'authentication.client', note: '`app.value` instead' },
          ...at(bareClient, 'ctx.authentication.client'),
          suggestions: [],
        },
      ],
    },
    {
      code: issuer,
      errors: [
        {
          messageId: 'classicPathNoEquivalent',
          data: { classic: 'authentication.issuer', note: '`authentication.value.issuer`, without `id`' },
          ...at(issuer, 'ctx.authentication.issuer'),
          suggestions: [],
        },
      ],
    },
    {
      // Destructured: reported on the key, no rewrite.
      code: destructured,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.clientId', identityEngine: 'app.value.id' },
          ...at(destructured, 'clientId'),
          suggestions: [],
        },
      ],
    },
    {
      // Passed to a function of the file.
      code: viaFunction,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.label', identityEngine: 'app.value.label' },
          ...at(viaFunction, 'context.target.label'),
          suggestions: readBoth(
            'target.label',
            'app.value.label',
            `function brand(context) { return context.app ? context.app.value.label : context.target.label; }\ndocument.title = ` +
              `brand(OktaUtil.getRequestContext());`,
          ),
        },
      ],
    },
    {
      code: windowGlobal,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.label', identityEngine: 'app.value.label' },
          ...at(windowGlobal, 'window.OktaUtil.getRequestContext().target.label'),
          suggestions: readBoth(
            'target.label',
            'app.value.label',
            'var label = window.OktaUtil.getRequestContext().app ? ' +
              'window.OktaUtil.getRequestContext().app.value.label : window.OktaUtil.getRequestContext().target.label;',
          ),
        },
      ],
    },
    {
      // A statement that now starts with `(`: it must not continue the line before it.
      code: asi,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.name', identityEngine: 'app.value.name' },
          ...at(asi, 'ctx.target.name'),
          suggestions: readBoth('target.name', 'app.value.name', `${CTX}go()\n;(ctx.app ? ctx.app.value.name : ctx.target.name).trim()`),
        },
      ],
    },
    {
      code: write,
      errors: [
        {
          messageId: 'classicPath',
          data: { classic: 'target.label', identityEngine: 'app.value.label' },
          ...at(write, 'ctx.target.label'),
          suggestions: [],
        },
      ],
    },
  ],
});
