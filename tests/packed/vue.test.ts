/** A Vue project with eslint-plugin-vue's flat config: the rules read `<script>` and `<script setup>`. */
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet } from './project.js';

describe('a Vue project with eslint-plugin-vue', () => {
  const project = new Project('vue');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      // Okta's Vue samples: the widget in Login.vue, options API.
      'src/components/LoginForm.vue': `<template>
  <div id="okta-signin-container"></div>
</template>

<script>
import OktaSignIn from '@okta/okta-signin-widget';

export default {
  name: 'LoginForm',
  mounted() {
    this.widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });
  },
};
</script>
`,
      'src/components/LoginSetup.vue': `<script setup>
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
`,
      'eslint.config.js': readmeSnippet('vue'),
    });
    install = project.install(
      { eslint: PINNED.eslint, 'eslint-plugin-vue': PINNED['eslint-plugin-vue'], 'vue-eslint-parser': PINNED['vue-eslint-parser'] },
      { type: 'module' },
    );
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('reports in <script> and <script setup> at the lines of the .vue file', () => {
    const ours = findingsOf(project.eslint('.'), 1).filter((line) => line.includes('okta-oie/') || line.includes('FATAL'));
    expect(ours).toEqual([
      'src/components/LoginForm.vue:11 okta-oie/require-interaction-code-flow',
      'src/components/LoginSetup.vue:6 okta-oie/no-classic-engine',
      'src/components/LoginSetup.vue:6 okta-oie/require-interaction-code-flow',
    ]);
  });
});
