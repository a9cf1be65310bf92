// The three configs the benchmark compares (see compare.js), built from the plugin's own blocks
// so the floor and the hand-written config parse the same files the same way (our HTML
// processor, jsonc-eslint-parser for package.json), and differ only in their rules.
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';

/** TypeScript files (Okta's sources, Angular apps) with the parser a TypeScript project uses, in all three configs. */
const typescript = { name: 'bench/typescript', files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } };

/** The recommended blocks without our rules. */
const blocks = plugin.configs.recommended.map((block) => Object.fromEntries(Object.entries(block).filter(([key]) => key !== 'rules')));

/**
 * What a team could configure from ESLint core rules for the same problems: names only
 * (no versions, engines, receivers, or where a value came from).
 */
export const HAND_WRITTEN = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: '@okta/okta-idx-js', message: 'Deprecated: use the idx module of @okta/okta-auth-js.' },
        { name: '@okta/okta-signin-widget/classic', message: 'The Classic-only bundle.' },
        { name: '@okta/okta-auth-js/authn', message: 'The authn-only bundle.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'session', property: 'setCookieAndRedirect', message: 'Classic session hand-off.' },
    { object: 'tx', property: 'resume', message: 'Classic Authn transaction.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='OktaSignIn'] > ObjectExpression > Property[key.name='useClassicEngine']",
      message: 'Forces the Classic Engine.',
    },
    {
      selector: "NewExpression[callee.name='OktaSignIn'] > ObjectExpression > Property[key.name='useInteractionCodeFlow']",
      message: 'Check the widget version.',
    },
    {
      selector: "NewExpression[callee.name='OktaSignIn'] > ObjectExpression:not(:has(Property[key.name='useInteractionCodeFlow']))",
      message: 'Widget 5.2–6.x needs useInteractionCodeFlow.',
    },
    { selector: 'Property[key.name=/^(processCreds|helpSupportNumber|policyId)$/]', message: 'Classic-only option.' },
    {
      selector:
        "Property[key.name='features'] > ObjectExpression > " +
        'Property[key.name=/^(registration|idpDiscovery|selfServiceUnlock|smsRecovery|callRecovery|emailRecovery|' +
        'autoPush|multiOptionalFactorEnroll|webauthn|scrollOnError|router|securityImage)$/]',
      message: 'Classic-only feature.',
    },
    { selector: "Property[key.name='authParams'] > ObjectExpression > Property[key.name='pkce'][value.value=false]", message: 'PKCE off.' },
    { selector: "MemberExpression[property.name='setCookieAndRedirect']", message: 'Classic session hand-off.' },
    { selector: "MemberExpression[property.name='sessionToken'], Property[key.name='sessionToken']", message: 'Classic session token.' },
    { selector: "MemberExpression[object.property.name='session'][property.name='token']", message: 'Classic session token.' },
    { selector: "MemberExpression[property.name=/^(user|stepUp|idpDiscovery)$/][object.name='res']", message: 'Classic widget result.' },
    {
      selector:
        'CallExpression[callee.property.name=/^(signIn|signInWithCredentials|' +
        'forgotPassword|unlockAccount|verifyRecoveryToken|introspectAuthn)$/]',
      message: 'Classic Authn API.',
    },
    { selector: "CallExpression[callee.property.name='renderEl']", message: 'Prefer showSignInToGetTokens.' },
    { selector: 'Literal[value=/oktacdn\\.com\\/okta-signin-widget\\/[0-4]\\./]', message: 'Widget below 5.2 from the CDN.' },
    { selector: 'JSONProperty[key.value=/^@okta\\/okta-(signin-widget|idx-js)$/]', message: 'Check the widget version / idx-js.' },
  ],
};

export const CONFIGS = {
  floor: [...blocks, typescript, { rules: { 'no-debugger': 'error' } }],
  recommended: [...plugin.configs.recommended, typescript],
  handWritten: [...blocks, typescript, { rules: HAND_WRITTEN }],
};
