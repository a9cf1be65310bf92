// A generated app of `modules` modules (2,000 for issue 21) with `widgets` widgets (200) whose
// options are imported from the app's own modules: an ES module's named or default export, a
// re-export through an index file, CommonJS `module.exports`, a JSON file. The rest are plain
// modules (utilities, components, a few imports each, no Okta). The widget is ^5.4.1, so every
// widget whose imported config lacks `useInteractionCodeFlow` is a finding. Deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes the app under `dir`; returns the number of modules written. */
export function writeImportedConfigs(dir, modules = 2000, widgets = 200) {
  let written = 0;
  const put = (file, text) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
    written += 1;
  };
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'imported-configs', private: true, dependencies: { '@okta/okta-signin-widget': '^5.4.1', react: '^18.2.0' } }, null, 2)}\n`,
  );
  const config = (i) => `{
  baseUrl: 'https://acme.okta.com',
  clientId: '0oa${String(i).padStart(6, '0')}',
  redirectUri: window.location.origin + '/login/callback',
  authParams: { scopes: ['openid', 'profile', 'email'] },${i % 4 === 0 ? '\n  useInteractionCodeFlow: true,' : ''}
  i18n: { en: { 'primaryauth.title': 'Sign in to Acme ${i}' } },
}`;
  for (let i = 0; i < widgets; i += 1) {
    const shape = i % 5;
    const folder = `src/login/w${i}`;
    let importLine;
    if (shape === 0) {
      put(`${folder}/config.js`, `export const oktaSignInConfig = ${config(i)};\n`);
      importLine = "import { oktaSignInConfig as config } from './config.js';";
    } else if (shape === 1) {
      put(`${folder}/okta/settings.js`, `const settings = ${config(i)};\n\nexport default settings;\n`);
      put(`${folder}/okta/index.js`, "export { default as config } from './settings.js';\n");
      importLine = "import { config } from './okta';";
    } else if (shape === 2) {
      put(
        `${folder}/config.cjs`,
        `module.exports = {\n  ` +
          `widget: ${config(i).replace(/\n/g, '\n  ').replace("window.location.origin + '/login/callback'", "'http://localhost:8080/login/callback'")},\n};\n`,
      );
      importLine = "const { widget: config } = require('./config.cjs');";
    } else if (shape === 3) {
      put(
        `${folder}/config.json`,
        `${JSON.stringify({ baseUrl: 'https://acme.okta.com', clientId: `0oa${i}`, redirectUri: 'http://localhost:8080/login/callback' }, null, 2)}\n`,
      );
      importLine = "import config from './config.json';";
    } else {
      put(`${folder}/config.js`, `export default ${config(i)};\n`);
      importLine = "import config from './config';";
    }
    put(
      `${folder}/Login.jsx`,
      `import React, { useEffect, useRef } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';
${importLine}
import { format } from '../../util/u${i % 50}.js';

export default function Login${i}({ onSuccess, onError }) {
  const ref = useRef(null);
  useEffect(() => {
    const widget = new OktaSignIn(config);
    widget.showSignInToGetTokens({ el: ref.current }).then(onSuccess).catch(onError);
    return () => widget.remove();
  }, [onSuccess, onError]);
  return <div className={format('login', ${i})} ref={ref} />;
}
`,
    );
  }
  for (let i = 0; written < modules; i += 1) {
    const deps = [1, 7, 13].map((k) => (i + k) % 50).filter((k) => k !== i % 50);
    if (i < 50) {
      put(
        `src/util/u${i}.js`,
        `${deps
          .slice(0, i > 0 ? 1 : 0)
          .map((k) => `import { format as f${k} } from './u${k}.js';\n`)
          .join('')}export function format(name, n) {\n  return \`\${name}-\${n % ${i + 3}}\`;\n}\nexport const LIMIT = ${i * 7};\n`,
      );
    } else {
      put(
        `src/components/c${i}.jsx`,
        `import React from 'react';\n${deps.map((k) => `import { format as f${k}, ` + `LIMIT ` + `as ` + `l${k} ` + `} ` + `from ` + `'../util/u${k}.js';\n`).join('')}\nexport function C${i}({ items = [] }) {\n  const shown = items.filter((item) => item.n < ${deps.map((k) => `l${k}`).join(' + ')});\n  return <ul>{shown.map((item) => <li key={item.id}>{${deps.map((k) => `f${k}(item.name, item.n)`).join(' + ')}}</li>)}</ul>;\n}\n`,
      );
    }
  }
  return written;
}
