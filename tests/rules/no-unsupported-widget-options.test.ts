import rule from '../../src/rules/no-unsupported-widget-options.js';
import { createRuleTester, javascript, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const V6 = widget('6.9.0');
const V7 = widget('7.20.0');
const REGISTRATION = 'a user profile policy with self-service registration';
const ROUTING = 'Identity Provider routing rules';
const RECOVERY = 'the password recovery policy';
const HELP = '`helpLinks`';
const NEEDHELP = '`helpLinks`';
const PROCESS_CREDS = 'none; `transformUsername` can rewrite the username';

ruleTester.run('no-unsupported-widget-options', rule, {
  valid: [
    { code: `new OktaSignIn({ clientId: 'x', features: { rememberMe: true } });`, ...javascript(), settings: V7 },
    // Options the Identity Engine still reads.
    {
      code: `new OktaSignIn({
  clientId: 'x',
  features: { rememberMe: false, showPasswordToggleOnSignInPage: true, skipIdpFactorVerificationBtn: true, hideSignOutLinkInMFA: true },
  idps: [{ type: 'GOOGLE', id: '0oa1' }],
  registration: { parseSchema: (schema, onSuccess) => onSuccess(schema), preSubmit, postSubmit },
  helpLinks: { help: '/help' },
  i18n: { en: { 'primaryauth.title': 'Sign in' } },
  transformUsername: (username, operation) => operation === 'PRIMARY_AUTH' ? username + '@acme.com' : username,
});`,
      settings: V7,
    },
    // Not a widget config.
    { code: `const features = { registration: true };\nenable(features);`, settings: V7 },
    { code: `function f(OktaSignIn) { return new OktaSignIn({ processCreds() {} }); }`, settings: V7 },
    // Removed before the constructor.
    { code: `const cfg = { clientId: 'x', features: {} };\ndelete cfg.features.registration;\nnew OktaSignIn(cfg);`, settings: V7 },
    // Unknown features object.
    { code: `new OktaSignIn({ clientId: 'x', features: loadFeatures() });`, settings: V7 },
    // transformUsername comparisons on other values.
    { code: `new OktaSignIn({ transformUsername(u, op) { return op === 'IDP' ? u : u; } });`, settings: V7 },
  ],
  invalid: [
    {
      code: `new OktaSignIn({ clientId: 'x', processCreds: function (creds) {} });`,
      ...javascript(),
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: `new OktaSignIn({ clientId: 'x' });`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'processCreds', replacement: PROCESS_CREDS },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 66,
        },
      ],
    },
    {
      // Reference S1 (widget 4.x, no OIDC): suggestions only, rememberMe untouched.
      code: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { registration: true, selfServiceUnlock: true, rememberMe: false },
  helpSupportNumber: '+1 555 0100',
  processCreds(creds) { analytics.track('login-attempt', creds.username); },
});`,
      options: [{ fix: 'autofix' }],
      settings: widget('4.5.0'),
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.registration', replacement: REGISTRATION },
              output: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { selfServiceUnlock: true, rememberMe: false },
  helpSupportNumber: '+1 555 0100',
  processCreds(creds) { analytics.track('login-attempt', creds.username); },
});`,
            },
          ],
        },
        {
          messageId: 'unsupportedOption',
          data: { option: 'features.selfServiceUnlock', replacement: RECOVERY },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.selfServiceUnlock', replacement: RECOVERY },
              output: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { registration: true, rememberMe: false },
  helpSupportNumber: '+1 555 0100',
  processCreds(creds) { analytics.track('login-attempt', creds.username); },
});`,
            },
          ],
        },
        {
          messageId: 'unsupportedOption',
          data: { option: 'helpSupportNumber', replacement: HELP },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'helpSupportNumber', replacement: HELP },
              output: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { registration: true, selfServiceUnlock: true, rememberMe: false },
  processCreds(creds) { analytics.track('login-attempt', creds.username); },
});`,
            },
          ],
        },
        {
          messageId: 'unsupportedOption',
          data: { option: 'processCreds', replacement: PROCESS_CREDS },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'processCreds', replacement: PROCESS_CREDS },
              output: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { registration: true, selfServiceUnlock: true, rememberMe: false },
  helpSupportNumber: '+1 555 0100',
});`,
            },
          ],
        },
      ],
    },
    {
      // Engine known to be OIE (7.x + clientId): the migrate config autofixes.
      code: `const cfg = { clientId: 'x', 'features.idpDiscovery': true, i18n: { en: { needhelp: 'Help?' } } };
cfg.features.registration = true;
new OktaSignIn(cfg);`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      // The emptied `i18n: { en: {} }` goes with its last key; neighbours on one line take two passes.
      output: [
        `const cfg = { clientId: 'x', i18n: { en: { needhelp: 'Help?' } } };
new OktaSignIn(cfg);`,
        `const cfg = { clientId: 'x' };
new OktaSignIn(cfg);`,
      ],
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'features.idpDiscovery', replacement: ROUTING },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 59,
        },
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'i18n.en.needhelp', replacement: NEEDHELP },
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 92,
        },
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
    {
      // A removal takes only the option's own comments: a neighbour's comment that ends on its line, or one that starts after it and goes
      // on, stays.
      code: `new OktaSignIn({
  clientId: 'x', /* TODO: the support line
  moves to helpLinks (OKTA-9) */ helpSupportNumber: '+1 555 0100',
  redirectUri: '/cb',
  'features.idpDiscovery': true, /* routing
  rules */ el: '#w',
});`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: `new OktaSignIn({
  clientId: 'x', /* TODO: the support line
  moves to helpLinks (OKTA-9) */
  redirectUri: '/cb',
  /* routing
  rules */ el: '#w',
});`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'helpSupportNumber', replacement: HELP },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 66,
        },
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'features.idpDiscovery', replacement: ROUTING },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 32,
        },
      ],
    },
    {
      // A statement removed with the object it empties (a suggestion: the object is assigned, not constructed), in a semicolon-less file:
      // the \`;\` that kept \`[…]\` apart stays.
      code: `const cfg = { clientId: 'x' }
cfg.features = { registration: true }
;[a, b].forEach(load)
new OktaSignIn(cfg)`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.registration', replacement: REGISTRATION },
              output: `const cfg = { clientId: 'x' }
;[a, b].forEach(load)
new OktaSignIn(cfg)`,
            },
          ],
        },
      ],
    },
    {
      // useInteractionCodeFlow: true also makes the engine known; idpDiscovery.requestContext.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, idpDiscovery: { requestContext: ctx } });`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'idpDiscovery.requestContext', replacement: ROUTING },
          line: 1,
          column: 79,
          endLine: 1,
          endColumn: 98,
        },
      ],
    },
    {
      // The engine is not known (6.x without the flow): a suggestion even in migrate.
      code: `new OktaSignIn({ clientId: 'x', policyId: 'abc' });`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'policyId', replacement: 'the app’s authentication policy' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'policyId', replacement: 'the app’s authentication policy' },
              output: `new OktaSignIn({ clientId: 'x' });`,
            },
          ],
        },
      ],
    },
    {
      // Below 5.2.0 the flow option does not exist, and an unknown version without a clientId
      // is not known to run OIE either: suggestions, even in migrate.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, policyId: 'a' });`,
      options: [{ fix: 'autofix', widgetVersion: '4.5.0' }],
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'policyId', replacement: 'the app’s authentication policy' },
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'policyId', replacement: 'the app’s authentication policy' },
              output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `new OktaSignIn({ baseUrl, useInteractionCodeFlow: true, policyId: 'a' });`,
      options: [{ fix: 'autofix' }],
      settings: UNKNOWN_VERSION,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'policyId', replacement: 'the app’s authentication policy' },
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'policyId', replacement: 'the app’s authentication policy' },
              output: `new OktaSignIn({ baseUrl, useInteractionCodeFlow: true });`,
            },
          ],
        },
      ],
    },
    {
      // Unknown version with the flow on, a clientId and no useClassicEngine: OIE either way.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, policyId: 'a' });`,
      options: [{ fix: 'autofix' }],
      settings: UNKNOWN_VERSION,
      output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'policyId', replacement: 'the app’s authentication policy' },
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 76,
        },
      ],
    },
    {
      // transformUsername: inline comparison, and a named function with a switch.
      code: `function transform(username, operation) {
  switch (operation) {
    case 'IDP_DISCOVERY': return username;
    default: return username + '@acme.com';
  }
}
new OktaSignIn({ clientId: 'x', transformUsername: transform });
new OktaSignIn({ clientId: 'y', transformUsername: (u, op) => ('IDP_DISCOVERY' !== op ? u : '') });`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'classicOperation',
          data: { operation: 'IDP_DISCOVERY', replacement: ROUTING },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
        },
        {
          messageId: 'classicOperation',
          data: { operation: 'IDP_DISCOVERY', replacement: ROUTING },
          line: 8,
          column: 64,
          endLine: 8,
          endColumn: 86,
        },
      ],
    },
    {
      // A whole features object assigned before the constructor (hosted page, S9).
      code: `var config = OktaUtil.getSignInWidgetConfig();
config.features = { registration: true };
var signIn = new OktaSignIn(config);`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.registration', replacement: REGISTRATION },
              // Never leave `config.features = {}`: on a hosted page it would wipe Okta's feature defaults.
              output: `var config = OktaUtil.getSignInWidgetConfig();
var signIn = new OktaSignIn(config);`,
            },
          ],
        },
      ],
    },
    {
      // One config spread into an OIE widget and a Classic one: the edit would change both, so a suggestion, and a message for both.
      code: `const common = { baseUrl: 'https://acme.okta.com', clientId: 'x', features: { registration: true } };
const oie = new OktaSignIn({ ...common, redirectUri: '/cb' });
const classic = new OktaSignIn({ ...common, useClassicEngine: true });`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOption',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 1,
          column: 79,
          endLine: 1,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'features.registration', replacement: REGISTRATION },
              output: `const common = { baseUrl: 'https://acme.okta.com', clientId: 'x' };
const oie = new OktaSignIn({ ...common, redirectUri: '/cb' });
const classic = new OktaSignIn({ ...common, useClassicEngine: true });`,
            },
          ],
        },
      ],
    },
    {
      // Every key of features goes in one pass: so does features; the comment line above a key goes with it.
      code: `new OktaSignIn({
  clientId: 'x',
  features: {
    // Classic self-service registration.
    registration: true,
    selfServiceUnlock: true, // SSPR
  },
  el: '#w',
});`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: `new OktaSignIn({
  clientId: 'x',
  el: '#w',
});`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'features.registration', replacement: REGISTRATION },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 23,
        },
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'features.selfServiceUnlock', replacement: RECOVERY },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 28,
        },
      ],
    },
    {
      // A value with an effect cannot be removed without dropping it: a suggestion, even in migrate.
      code: `new OktaSignIn({ clientId: 'x', helpSupportNumber: lookupNumber() });`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'helpSupportNumber', replacement: HELP },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'helpSupportNumber', replacement: HELP },
              output: `new OktaSignIn({ clientId: 'x' });`,
            },
          ],
        },
      ],
    },
    {
      // Written under a condition: unknown, so not reported; a write into a nested option makes that subtree unknown.
      code: `const cfg = { clientId: 'x', features: {} };
if (legacy) cfg.features.registration = true;
Object.assign(cfg.features, loaded);
cfg.helpSupportNumber = '555';
new OktaSignIn(cfg);`,
      options: [{ fix: 'autofix' }],
      settings: V7,
      output: `const cfg = { clientId: 'x', features: {} };
if (legacy) cfg.features.registration = true;
Object.assign(cfg.features, loaded);
new OktaSignIn(cfg);`,
      errors: [
        {
          messageId: 'unsupportedOptionOnOie',
          data: { option: 'helpSupportNumber', replacement: HELP },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 30,
        },
      ],
    },
  ],
});
