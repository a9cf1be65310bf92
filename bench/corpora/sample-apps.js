// Generated apps shaped like Okta's sample repositories (okta-react, okta-vue, okta-angular
// and a static page that loads the widget from Okta's CDN): the same files, the same calls,
// written here (nothing copied). Each app has its package.json and package-lock.json, and
// the widget versions and engines vary from app to app (5.16 Classic, 6.9 with and without
// the Interaction Code flag, 7.x), so the rules find what they find in real apps.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WIDGETS = ['5.16.1', '6.9.0', '7.20.1', '7.49.0'];
const AUTH_JS = { '5.16.1': '5.11.0', '6.9.0': '6.9.0', '7.20.1': '7.8.1', '7.49.0': '7.14.0' };

function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** package.json and a lockfile (v3) pinning what it declares. */
function manifest(name, dependencies) {
  const lock = {
    name,
    version: '0.1.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name, version: '0.1.0', dependencies },
      ...Object.fromEntries(
        Object.entries(dependencies).map(([dep, range]) => [
          `node_modules/${dep}`,
          {
            version: range.replace(/^[\^~]/, ''),
            resolved: `https://registry.npmjs.org/${dep}/-/${dep.split('/').pop()}-${range.replace(/^[\^~]/, '')}.tgz`,
            license: 'MIT',
          },
        ]),
      ),
    },
  };
  return {
    'package.json': `${JSON.stringify({ name, version: '0.1.0', private: true, scripts: { start: 'vite', build: 'vite build', test: 'vitest' }, dependencies }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`,
  };
}

const oidc = (i, v) => `{
    clientId: '0oa${(1000 + i).toString(16)}abc',
    issuer: 'https://dev-${i}.okta.com/oauth2/default',
    redirectUri: window.location.origin + '/login/callback',
    scopes: ['openid', 'profile', 'email'],
    pkce: true,
    disableHttpsCheck: false,${v.startsWith('6.') && i % 2 === 0 ? '\n    useInteractionCodeFlow: true,' : ''}
  }`;

/** Shared by every kind: what a sample does besides signing in (messages from a resource server, a profile page). */
const common = (i) => ({
  'src/utils/api.js': `export async function fetchMessages(accessToken, url = '/api/messages') {
  const response = await fetch(url, { headers: { Authorization: \`Bearer \${accessToken}\` } });
  if (!response.ok) throw new Error(\`Request failed: \${response.status}\`);
  const data = await response.json();
  return data.messages.map((message, index) => ({ date: new Date(message.date).toLocaleString(), text: message.text, id: \`m-\${index}\` }));
}

export function claimsTable(claims) {
  return Object.entries(claims ?? {}).map(([claim, value]) => ({ claim, value: typeof value === 'object' ? JSON.stringify(value) : String(value), key: \`claim-\${claim}-${i}\` }));
}
`,
});

function react(i, widget) {
  const classic = widget === '5.16.1';
  return {
    ...manifest(`okta-react-sample-${i}`, {
      '@okta/okta-auth-js': `^${AUTH_JS[widget]}`,
      '@okta/okta-react': '^6.9.0',
      '@okta/okta-signin-widget': `^${widget}`,
      react: '^18.2.0',
      'react-dom': '^18.2.0',
      'react-router-dom': '^6.22.0',
    }),
    ...common(i),
    'src/config.js': `const CLIENT_ID = process.env.CLIENT_ID || '{clientId}';
const ISSUER = process.env.ISSUER || 'https://{yourOktaDomain}/oauth2/default';

export default {
  oidc: ${oidc(i, widget)},
  resourceServer: { messagesUrl: 'http://localhost:8000/api/messages' },
  widget: { issuer: ISSUER, clientId: CLIENT_ID },
};
`,
    'src/index.jsx': `import React from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import App from './App';

createRoot(document.getElementById('root')).render(<BrowserRouter><App /></BrowserRouter>);
`,
    'src/App.jsx': `import React from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { OktaAuth, toRelativeUrl } from '@okta/okta-auth-js';
import { LoginCallback, Security } from '@okta/okta-react';
import config from './config';
import Home from './Home';
import Login from './Login';
import Profile from './Profile';

const oktaAuth = new OktaAuth(config.oidc);

export default function App() {
  const navigate = useNavigate();
  const restoreOriginalUri = async (_oktaAuth, originalUri) => navigate(toRelativeUrl(originalUri || '/', window.location.origin), { replace: true });
  const customAuthHandler = () => navigate('/login');
  return (
    <Security oktaAuth={oktaAuth} onAuthRequired={customAuthHandler} restoreOriginalUri={restoreOriginalUri}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/login" element={<Login />} />
        <Route path="/login/callback" element={<LoginCallback />} />
        <Route path="/profile" element={<Profile />} />
      </Routes>
    </Security>
  );
}
`,
    'src/OktaSignInWidget.jsx': classic
      ? `import React, { useEffect, useRef } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';
import '@okta/okta-signin-widget/dist/css/okta-sign-in.min.css';
import config from './config';

const OktaSignInWidget = ({ onSuccess, onError }) => {
  const widgetRef = useRef();
  useEffect(() => {
    if (!widgetRef.current) return false;
    const widget = new OktaSignIn({ baseUrl: config.oidc.issuer.split('/oauth2')[0], clientId: config.oidc.clientId, redirectUri: config.oidc.redirectUri, authParams: { issuer: config.oidc.issuer, scopes: config.oidc.scopes }, features: { registration: true }, helpSupportNumber: '(123) 456-7890' });
    widget.renderEl({ el: widgetRef.current }, (res) => {
      if (res.status === 'SUCCESS') {
        onSuccess(res.tokens ?? res.session);
      }
    }, onError);
    return () => widget.remove();
  }, [onSuccess, onError]);
  return <div ref={widgetRef} />;
};

export default OktaSignInWidget;
`
      : `import React, { useEffect, useRef } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';
import '@okta/okta-signin-widget/css/okta-sign-in.min.css';
import config from './config';

const OktaSignInWidget = ({ onSuccess, onError }) => {
  const widgetRef = useRef();
  useEffect(() => {
    if (!widgetRef.current) return false;
    const { issuer, clientId, redirectUri, scopes${widget.startsWith('6.') && i % 2 === 0 ? ', useInteractionCodeFlow' : ''} } = config.oidc;
    const widget = new OktaSignIn({
      issuer,
      clientId,
      redirectUri,
      logo: '/react.svg',
      i18n: { en: { 'primaryauth.title': 'Sign in to React & Company' } },
      authParams: { scopes },${widget.startsWith('6.') && i % 2 === 0 ? '\n      useInteractionCodeFlow,' : ''}
    });
    widget.showSignInToGetTokens({ el: widgetRef.current }).then(onSuccess).catch(onError);
    return () => widget.remove();
  }, [onSuccess, onError]);
  return <div ref={widgetRef} />;
};

export default OktaSignInWidget;
`,
    'src/Login.jsx': `import React from 'react';
import { Navigate } from 'react-router-dom';
import { useOktaAuth } from '@okta/okta-react';
import OktaSignInWidget from './OktaSignInWidget';

export default function Login() {
  const { oktaAuth, authState } = useOktaAuth();
  const onSuccess = (tokens) => oktaAuth.handleLoginRedirect(tokens);
  const onError = (err) => console.log('Sign in error:', err);
  if (!authState) return <div>Loading ...</div>;
  return authState.isAuthenticated ? <Navigate to="/" /> : <OktaSignInWidget onSuccess={onSuccess} onError={onError} />;
}
`,
    'src/Home.jsx': `import React, { useEffect, useState } from 'react';
import { useOktaAuth } from '@okta/okta-react';

export default function Home() {
  const { authState, oktaAuth } = useOktaAuth();
  const [userInfo, setUserInfo] = useState(null);
  useEffect(() => {
    if (!authState || !authState.isAuthenticated) setUserInfo(null);
    else oktaAuth.getUser().then(setUserInfo);
  }, [authState, oktaAuth]);
  if (!authState) return <div>Loading...</div>;
  return authState.isAuthenticated ? <p>Welcome back, {userInfo?.name}!</p> : <button type="button" onClick={() => oktaAuth.signInWithRedirect()}>Login</button>;
}
`,
    'src/Profile.jsx': `import React, { useEffect, useState } from 'react';
import { useOktaAuth } from '@okta/okta-react';
import { claimsTable } from './utils/api';

export default function Profile() {
  const { authState, oktaAuth } = useOktaAuth();
  const [userInfo, setUserInfo] = useState(null);
  useEffect(() => { if (authState?.isAuthenticated) oktaAuth.getUser().then(setUserInfo); }, [authState, oktaAuth]);
  return <table><tbody>{claimsTable(userInfo).map((row) => <tr key={row.key}><td>{row.claim}</td><td>{row.value}</td></tr>)}</tbody></table>;
}
`,
  };
}

function vue(i, widget) {
  const classic = widget === '5.16.1';
  return {
    ...manifest(`okta-vue-sample-${i}`, {
      '@okta/okta-auth-js': `^${AUTH_JS[widget]}`,
      '@okta/okta-signin-widget': `^${widget}`,
      '@okta/okta-vue': '^5.7.0',
      vue: '^3.4.0',
      'vue-router': '^4.3.0',
    }),
    ...common(i),
    'src/config.js': `export default {
  oidc: ${oidc(i, widget)},
  resourceServer: { messagesUrl: 'http://localhost:8000/api/messages' },
};
`,
    'src/main.js': `import { createApp } from 'vue';
import { OktaAuth } from '@okta/okta-auth-js';
import OktaVue from '@okta/okta-vue';
import App from './App.js';
import router from './router/index.js';
import sampleConfig from './config.js';

const oktaAuth = new OktaAuth(sampleConfig.oidc);

createApp(App)
  .use(router)
  .use(OktaVue, {
    oktaAuth,
    onAuthRequired: () => { router.push('/login'); },
    onAuthResume: () => { router.push('/login'); },
  })
  .mount('#app');
`,
    'src/App.js': `import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';

export default defineComponent({
  name: 'App',
  methods: {
    async logout() { await this.$auth.signOut(); },
  },
  render() { return h('div', { class: 'app' }, [h(RouterView)]); },
});
`,
    'src/router/index.js': `import { createRouter, createWebHistory } from 'vue-router';
import { LoginCallback, navigationGuard } from '@okta/okta-vue';
import HomeComponent from '../components/Home.js';
import LoginComponent from '../components/Login.js';
import ProfileComponent from '../components/Profile.js';

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: HomeComponent },
    { path: '/login', component: LoginComponent },
    { path: '/login/callback', component: LoginCallback },
    { path: '/profile', component: ProfileComponent, meta: { requiresAuth: true } },
  ],
});

router.beforeEach(navigationGuard);

export default router;
`,
    'src/components/Login.js': `import { defineComponent, h } from 'vue';
import OktaSignIn from '@okta/okta-signin-widget';
import '@okta/okta-signin-widget/${classic ? 'dist/' : ''}css/okta-sign-in.min.css';
import sampleConfig from '../config.js';

export default defineComponent({
  name: 'LoginComponent',
  mounted() {
    this.$nextTick(() => {
      const { issuer, clientId, redirectUri, scopes } = sampleConfig.oidc;
      this.widget = new OktaSignIn({
        ${classic ? "baseUrl: issuer.split('/oauth2')[0],\n        " : ''}clientId,
        redirectUri,
        logo: require('@/assets/logo.png'),
        i18n: { en: { 'primaryauth.title': 'Sign in to Vue & Company' } },
        authParams: { issuer, scopes },${widget.startsWith('6.') && i % 2 === 0 ? '\n        useInteractionCodeFlow: true,' : ''}${classic ? "\n        features: { registration: true, rememberMe: true },\n        helpSupportNumber: '(123) 456-7890'," : ''}
      });
      ${
        classic
          ? `this.widget.renderEl({ el: '#okta-signin-container' }, (res) => {
        if (res.status === 'SUCCESS') res.session.setCookieAndRedirect(redirectUri);
      });`
          : `this.widget.showSignInAndRedirect({ el: '#okta-signin-container' }).catch((err) => { throw err; });`
      }
    });
  },
  unmounted() {
    this.widget.remove();
  },
  render() { return h('div', { class: 'login' }, [h('div', { id: 'okta-signin-container' })]); },
});
`,
    'src/components/Home.js': `import { defineComponent, h } from 'vue';

export default defineComponent({
  name: 'HomeComponent',
  data: () => ({ name: '' }),
  async created() {
    if (await this.$auth.isAuthenticated()) this.name = (await this.$auth.getUser()).name;
  },
  render() { return h('h1', this.name ? \`Welcome back, \${this.name}!\` : 'Custom Login Page with Sign In Widget'); },
});
`,
    'src/components/Profile.js': `import { defineComponent, h } from 'vue';
import { claimsTable } from '../utils/api.js';

export default defineComponent({
  name: 'ProfileComponent',
  data: () => ({ claims: [] }),
  async created() { this.claims = claimsTable(await this.$auth.getUser()); },
  render() { return h('table', this.claims.map((row) => h('tr', { key: row.key }, [h('td', row.claim), h('td', row.value)]))); },
});
`,
  };
}

function angular(i, widget) {
  const classic = widget === '5.16.1';
  return {
    ...manifest(`okta-angular-sample-${i}`, {
      '@angular/core': '^17.3.0',
      '@angular/router': '^17.3.0',
      '@okta/okta-angular': '^6.4.0',
      '@okta/okta-auth-js': `^${AUTH_JS[widget]}`,
      '@okta/okta-signin-widget': `^${widget}`,
      rxjs: '~7.8.0',
    }),
    ...common(i),
    'src/app/app.config.ts': `export default {
  oidc: {
    clientId: '0oa${(2000 + i).toString(16)}xyz',
    issuer: 'https://dev-${i}.okta.com/oauth2/default',
    redirectUri: 'http://localhost:4200/login/callback',
    scopes: ['openid', 'profile', 'email'],
    testing: { disableHttpsCheck: false },
  },
  widget: { useClassicEngine: ${classic ? 'true' : 'false'} },
  resourceServer: { messagesUrl: 'http://localhost:8000/api/messages' },
};
`,
    'src/app/app.module.ts': `import { NgModule } from '@angular/core';
import { BrowserModule } from '@angular/platform-browser';
import { OktaAuthModule, OKTA_CONFIG } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';
import { AppRoutingModule } from './app-routing.module';
import { AppComponent } from './app.component';
import { LoginComponent } from './login/login.component';
import sampleConfig from './app.config';

const oktaConfig = Object.assign({
  onAuthRequired: (oktaAuth: OktaAuth, injector: any) => {
    const router = injector.get(Router);
    router.navigate(['/login']);
  },
}, sampleConfig.oidc);

const oktaAuth = new OktaAuth(oktaConfig);

@NgModule({
  declarations: [AppComponent, LoginComponent],
  imports: [BrowserModule, AppRoutingModule, OktaAuthModule],
  providers: [{ provide: OKTA_CONFIG, useValue: { oktaAuth } }],
  bootstrap: [AppComponent],
})
export class AppModule {}
`,
    'src/app/app-routing.module.ts': `import { NgModule } from '@angular/core';
import { RouterModule, Routes } from '@angular/router';
import { OktaAuthGuard, OktaCallbackComponent } from '@okta/okta-angular';
import { LoginComponent } from './login/login.component';

const routes: Routes = [
  { path: 'login/callback', component: OktaCallbackComponent },
  { path: 'login', component: LoginComponent },
  { path: 'profile', loadChildren: () => import('./profile/profile.module').then((m) => m.ProfileModule), canActivate: [OktaAuthGuard] },
];

@NgModule({ imports: [RouterModule.forRoot(routes)], exports: [RouterModule] })
export class AppRoutingModule {}
`,
    'src/app/login/login.component.ts': `import { Component, Inject, OnDestroy, OnInit } from '@angular/core';
import { OKTA_AUTH } from '@okta/okta-angular';
import { OktaAuth, Tokens } from '@okta/okta-auth-js';
// @ts-ignore
import OktaSignIn from '@okta/okta-signin-widget';
import sampleConfig from '../app.config';

const DEFAULT_ORIGINAL_URI = window.location.origin;

@Component({ selector: 'app-secure-signin', template: '<div id="sign-in-widget"></div>' })
export class LoginComponent implements OnInit, OnDestroy {
  signIn: any;

  constructor(@Inject(OKTA_AUTH) public oktaAuth: OktaAuth) {
    this.signIn = new OktaSignIn({
      ${classic ? "baseUrl: sampleConfig.oidc.issuer.split('/oauth2')[0],\n      " : ''}clientId: sampleConfig.oidc.clientId,
      redirectUri: sampleConfig.oidc.redirectUri,
      logo: 'assets/angular.svg',
      i18n: { en: { 'primaryauth.title': 'Sign in to Angular & Company' } },
      authClient: oktaAuth,${classic ? '\n      useClassicEngine: sampleConfig.widget.useClassicEngine,' : ''}${widget.startsWith('6.') && i % 2 === 0 ? '\n      useInteractionCodeFlow: true,' : ''}
    });
  }

  ngOnInit() {
    const originalUri = this.oktaAuth.getOriginalUri();
    if (!originalUri || originalUri === DEFAULT_ORIGINAL_URI) this.oktaAuth.setOriginalUri('/');
    this.signIn.showSignInToGetTokens({ el: '#sign-in-widget', scopes: sampleConfig.oidc.scopes }).then((tokens: Tokens) => {
      this.signIn.remove();
      this.oktaAuth.handleLoginRedirect(tokens);
    }).catch((err: unknown) => {
      throw err;
    });
  }

  ngOnDestroy() {
    this.signIn.remove();
  }
}
`,
    'src/app/profile/profile.component.ts': `import { Component, Inject, OnInit } from '@angular/core';
import { OKTA_AUTH } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';

interface Claim { claim: string; value: unknown }

@Component({ selector: 'app-profile', templateUrl: './profile.component.html' })
export class ProfileComponent implements OnInit {
  claims: Claim[] = [];
  constructor(@Inject(OKTA_AUTH) public oktaAuth: OktaAuth) {}
  async ngOnInit() {
    const userClaims = await this.oktaAuth.getUser();
    this.claims = Object.entries(userClaims).map(([claim, value]) => ({ claim, value }));
  }
}
`,
  };
}

function staticPage(i, widget) {
  const classic = widget === '5.16.1';
  return {
    ...manifest(`okta-static-sample-${i}`, { express: '^4.19.2' }),
    'server.js': `const express = require('express');
const path = require('path');

const app = express();
app.use(express.static(path.join(__dirname, 'public')));
app.get('/health', (req, res) => res.json({ ok: true }));
app.listen(process.env.PORT || 8080, () => console.log('Listening on', process.env.PORT || 8080));
`,
    'public/index.html': `<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Sign in</title>
  <script src="https://global.oktacdn.com/okta-signin-widget/${widget}/js/okta-sign-in.min.js" type="text/javascript"></script>
  <link href="https://global.oktacdn.com/okta-signin-widget/${widget}/css/okta-sign-in.min.css" type="text/css" rel="stylesheet"/>
</head>
<body>
  <div id="okta-login-container"></div>
  <script type="text/javascript">
    var oktaSignIn = new OktaSignIn({
      baseUrl: 'https://dev-${i}.okta.com',
      clientId: '0oa${(3000 + i).toString(16)}def',
      redirectUri: window.location.origin + '/callback',
      authParams: { issuer: 'https://dev-${i}.okta.com/oauth2/default', scopes: ['openid', 'email'] },${widget.startsWith('6.') && i % 2 === 0 ? '\n      useInteractionCodeFlow: true,' : ''}
    });
    ${
      classic
        ? `oktaSignIn.renderEl({ el: '#okta-login-container' }, function success(res) {
      if (res.status === 'SUCCESS') { res.session.setCookieAndRedirect('https://example.com/app'); }
    }, function error(err) { console.error(err); });`
        : `oktaSignIn.showSignInToGetTokens({ el: '#okta-login-container' }).then(function (tokens) {
      oktaSignIn.authClient.tokenManager.setTokens(tokens);
      oktaSignIn.remove();
      document.getElementById('messageBox').innerHTML = 'Hello, ' + tokens.idToken.claims.email;
    }).catch(function (err) { console.error(err); });`
    }
  </script>
  <p id="messageBox"></p>
</body>
</html>
`,
  };
}

const KINDS = [react, vue, angular, staticPage];

/** `count` apps (each kind in turn, the widget versions in turn) under `dir`; returns the number of files. */
export function writeSampleApps(dir, count = 40) {
  let files = 0;
  for (let i = 0; i < count; i += 1) {
    const kind = KINDS[i % KINDS.length];
    const widget = WIDGETS[Math.floor(i / KINDS.length) % WIDGETS.length];
    const app = kind(i, widget);
    write(path.join(dir, `${kind.name}-${String(i).padStart(3, '0')}`), app);
    files += Object.keys(app).length;
  }
  return files;
}
