import path from 'node:path';
import { ESLint } from 'eslint';
import { it } from 'vitest';
import plugin from '/work/wt-edits/src/index.js';
const pages = [
  `<script>\n  new OktaSignIn({\n    clientId: 'x',\n    {{#if redirect}}\n    redirectUri: '{{redirect}}',\n    {{/if}}\n  });\n</script>\n`,
  `<script>\n  new OktaSignIn({ clientId: 'x', {% if r %}redirectUri: '/cb'{% endif %} });\n</script>\n`,
  `{{#if gen2}}\n<script>\n  new OktaSignIn({\n    clientId: 'x',\n    redirectUri: '/cb',\n  });\n</script>\n{{/if}}\n`,
];
it('repro', async () => {
  for (const text of pages) {
    const eslint = new ESLint({ cwd: '/tmp', overrideConfigFile: true, overrideConfig: [...plugin.configs.migrate, { settings: { okta: { widgetVersion: '6.9.0' } } }], fix: true });
    const [r] = await eslint.lintText(text, { filePath: '/tmp/page.html' });
    console.log('-----\n' + text + '=====>\n' + r!.output + JSON.stringify(r!.messages.map((m) => [m.ruleId, m.line, m.suggestions?.length])));
  }
});
