/**
 * Vue apps with the README's recipes, the parser only: a Vue 2 component (options API, a
 * `destroyed()` hook), a Vue 3 `<script setup>` and a `<script setup lang="ts">`. The
 * migrate recipe's `--fix` makes our edit and leaves `destroyed()` alone, where
 * eslint-plugin-vue's `flat/recommended` (Vue 3's rules) would rewrite it. TypeScript is
 * 4.9.5, as a Vue CLI 5-era app pins it: @typescript-eslint/parser 8 admits 4.8.4 and later.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet } from './project.js';

const MIGRATE = (config: string) => config.replace('okta.configs.recommended', 'okta.configs.migrate');

/** Okta's Vue 2 sample: the widget in a component, removed in Vue 2's `destroyed()`. */
const VUE2 = `<template>
  <div id="okta-signin-container"></div>
</template>

<script>
import OktaSignIn from '@okta/okta-signin-widget';

export default {
  name: 'LoginForm',
  mounted() {
    this.widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });
    this.widget.showSignInAndRedirect({ el: '#okta-signin-container' });
  },
  destroyed() {
    this.widget.remove();
  },
};
</script>
`;

const VUE3 = `<script setup>
import { onMounted } from 'vue';
import OktaSignIn from '@okta/okta-signin-widget';

onMounted(() => {
  const widget = new OktaSignIn({ clientId: '0oa1', useClassicEngine: true });
  widget.showSignIn({ el: '#okta-signin-container' });
});
</script>

<template>
  <div id="okta-signin-container"></div>
</template>
`;

const VUE3_TS = `<script setup lang="ts">
import OktaSignIn from '@okta/okta-signin-widget';

const clientId: string = '0oa1';
const widget = new OktaSignIn({ clientId, redirectUri: '/cb' } as const);
</script>

<template>
  <div id="okta-signin-container"></div>
</template>
`;

describe("Vue 2 and Vue 3 apps with the README's parser-only recipes", () => {
  const project = new Project('vue');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'js/LoginForm.vue': VUE2,
      'js/LoginSetup.vue': VUE3,
      'ts/LoginTs.vue': VUE3_TS,
      'eslint.config.js': readmeSnippet('vue'),
      'vue-typescript.config.js': readmeSnippet('vue-typescript'),
      'migrate.config.js': MIGRATE(readmeSnippet('vue')),
      // What the README warns against: Vue 3's rule set on a Vue 2 app.
      'vue-recommended.config.js': `import okta from 'eslint-plugin-okta-oie';
import pluginVue from 'eslint-plugin-vue';

export default [...pluginVue.configs['flat/recommended'], ...okta.configs.migrate];
`,
    });
    install = project.install(
      {
        eslint: PINNED.eslint,
        'vue-eslint-parser': PINNED['vue-eslint-parser'],
        '@typescript-eslint/parser': PINNED['typescript-eslint'],
        typescript: '4.9.5',
        'eslint-plugin-vue': PINNED['eslint-plugin-vue'],
      },
      { type: 'module' },
    );
  });

  it('installs beside TypeScript 4.9', () => {
    expect(install.status, install.output).toBe(0);
    expect(install.output).not.toMatch(/ERESOLVE|conflicting peer/i);
    expect(JSON.parse(project.read('node_modules/typescript/package.json')).version).toBe('4.9.5');
  });

  it('the `vue` recipe reports in <script> and <script setup> at the lines of the .vue file, and nothing else', () => {
    expect(findingsOf(project.eslint('js'), 1)).toEqual([
      'js/LoginForm.vue:11 okta-oie/require-interaction-code-flow',
      'js/LoginSetup.vue:6 okta-oie/no-classic-engine',
      'js/LoginSetup.vue:6 okta-oie/require-interaction-code-flow',
    ]);
  });

  it('the `vue-typescript` recipe reads <script setup lang="ts">', () => {
    expect(findingsOf(project.eslint('--config', 'vue-typescript.config.js', 'ts'), 1)).toEqual([
      'ts/LoginTs.vue:5 okta-oie/require-interaction-code-flow',
    ]);
  });

  it('`--fix` with the migrate recipe adds the flag and keeps Vue 2’s destroyed() hook', () => {
    project.write({ 'fix/LoginForm.vue': VUE2 });
    expect(findingsOf(project.eslint('--config', 'migrate.config.js', '--fix', 'fix'), 0)).toEqual([]);
    expect(project.read('fix/LoginForm.vue')).toBe(
      VUE2.replace(`redirectUri: '/cb' }`, `redirectUri: '/cb', useInteractionCodeFlow: true }`),
    );
  });

  it('eslint-plugin-vue’s flat/recommended with `--fix` would rewrite destroyed() to unmounted(), which Vue 2 never calls', () => {
    project.write({ 'vue3-rules/LoginForm.vue': VUE2 });
    project.eslint('--config', 'vue-recommended.config.js', '--fix', 'vue3-rules');
    const fixed = project.read('vue3-rules/LoginForm.vue');
    expect(fixed).toContain('unmounted() {');
    expect(fixed).not.toContain('destroyed()');
  });
});
