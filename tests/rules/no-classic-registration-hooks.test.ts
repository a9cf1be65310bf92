import rule from '../../src/rules/no-classic-registration-hooks.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const widget = (registration: string, before = '') =>
  `import OktaSignIn from '@okta/okta-signin-widget';\n${before}const signIn = new OktaSignIn({\n  clientId: 'x',\n  ` +
  `registration: ${registration},\n});`;

// The widget README's Classic example: a field added to the schema, a value set before submit.
const classicReadme = widget(`{
    parseSchema: function (schema, onSuccess, onFailure) {
      schema.profileSchema.properties.address = { type: 'string', title: 'Address' };
      schema.profileSchema.fieldOrder.push('address');
      onSuccess(schema);
    },
    preSubmit: function (postData, onSuccess, onFailure) {
      postData.username = postData.email + '.acme';
      onSuccess(postData);
    },
  }`);

// The same hooks on the Identity Engine (okta-signin-widget src/types/registration.ts).
const oieHooks = widget(`{
    parseSchema(schema, onSuccess) {
      schema.push({ name: 'userProfile.address', type: 'text', label: 'Address', required: true });
      onSuccess(schema);
    },
    preSubmit(postData, onSuccess) {
      postData.userProfile.login = postData.userProfile.email;
      onSuccess(postData);
    },
  }`);

const arrow = widget(`{ preSubmit: ({ email, firstName }, ok) => ok({ email }) }`);
const named = widget('{ parseSchema }', 'function parseSchema(s, ok) { delete s.properties.secondEmail; ok(s); }\n');
const throughConst = widget(
  'hooks',
  'const hooks = { preSubmit(data, ok) { data["mobilePhone"] = normalise(data.mobilePhone); ok(data); } };\n',
);
const renamed = widget(
  `{ parseSchema(schema, ok) { const profile = schema.profileSchema; profile.required.push('city'); profile.fieldOrder.push('city'); ` +
    `ok(schema); } }`,
);
const hosted =
  `var config = OktaUtil.getSignInWidgetConfig();\nconfig.registration = { preSubmit: function (postData, ok) { ` +
  `postData.login = postData.email; ok(postData); } };\nnew OktaSignIn(config);`;

ruleTester.run('no-classic-registration-hooks', rule, {
  valid: [
    { code: oieHooks, ...javascript() },
    // Hooks that read both shapes (a widget that may run either engine).
    widget(
      `{ parseSchema(schema, ok) { if (Array.isArray(schema)) schema.push(field); else schema.profileSchema.fieldOrder.push('x'); ` +
        `ok(schema); } }`,
    ),
    widget(
      `{ preSubmit(postData, ok) { if (postData.userProfile) postData.userProfile.login = 'x'; else postData.login = 'x'; ok(postData); ` +
        `} }`,
    ),
    widget(
      `{ parseSchema(schema, ok) { const i = schema.findIndex((f) => f.name === 'userProfile.email'); if (schema.profileSchema) ` +
        `schema.profileSchema.required.push('x'); ok(schema); } }`,
    ),
    // Hooks that only pass the argument on, or read what both shapes have.
    widget('{ parseSchema: (schema, ok) => ok(schema), preSubmit: (data, ok) => { log(JSON.stringify(data)); ok(data); } }'),
    widget('{ preSubmit(data, ok) { if (data.hasOwnProperty("x")) ok(data); } }'),
    // postSubmit and click are not about the shapes; an opaque hook is unknown.
    widget('{ postSubmit(response, ok) { track(response.activationToken); ok(response); }, click() { location.href = "/signup"; } }'),
    widget('{ parseSchema: makeParser(), preSubmit: hooks.preSubmit }'),
    widget('props.registration'),
    // Look-alikes: another library's `registration` and `parseSchema`.
    `const form = new Formio({ registration: { parseSchema(schema, ok) { schema.profileSchema.x = 1; ok(schema); } } });`,
    `const service = new Registration({ preSubmit(postData) { return postData.email; } });`,
    // `features.registration` is no-unsupported-widget-options' (one owner per problem).
    widget('{}').replace("clientId: 'x',", "clientId: 'x',\n  features: { registration: true },"),
  ],
  invalid: [
    {
      code: classicReadme,
      ...javascript(),
      errors: [
        { messageId: 'classicSchema', data: { key: 'profileSchema' }, ...span(classicReadme, 'schema.profileSchema') },
        {
          messageId: 'classicSchema',
          data: { key: 'profileSchema' },
          ...span(classicReadme, 'schema.profileSchema', classicReadme.indexOf('fieldOrder') - 30),
        },
        { messageId: 'classicPostData', data: { key: 'username' }, ...span(classicReadme, 'postData.username') },
        { messageId: 'classicPostData', data: { key: 'email' }, ...span(classicReadme, 'postData.email') },
      ],
    },
    {
      code: arrow,
      errors: [
        { messageId: 'classicPostData', data: { key: 'email' }, ...span(arrow, 'email') },
        { messageId: 'classicPostData', data: { key: 'firstName' }, ...span(arrow, 'firstName') },
      ],
    },
    {
      code: named,
      errors: [{ messageId: 'classicSchema', data: { key: 'properties' }, ...span(named, 's.properties') }],
    },
    {
      code: throughConst,
      errors: [
        { messageId: 'classicPostData', data: { key: 'mobilePhone' }, ...span(throughConst, 'data["mobilePhone"]') },
        { messageId: 'classicPostData', data: { key: 'mobilePhone' }, ...span(throughConst, 'data.mobilePhone') },
      ],
    },
    {
      // One finding where the Classic object is taken, whatever is read from it later.
      code: renamed,
      errors: [{ messageId: 'classicSchema', data: { key: 'profileSchema' }, ...span(renamed, 'schema.profileSchema') }],
    },
    {
      // On an Okta-hosted page too.
      code: hosted,
      errors: [
        { messageId: 'classicPostData', data: { key: 'login' }, ...span(hosted, 'postData.login') },
        { messageId: 'classicPostData', data: { key: 'email' }, ...span(hosted, 'postData.email') },
      ],
    },
  ],
});
