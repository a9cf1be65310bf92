/**
 * The Okta values code can reach through an import, a `require`, a dynamic `import()` or a
 * global: the rows the module resolver (`../modules.ts`) recognises.
 */
import type { ValueTarget } from '../engine/modules.js';
import { AUTH_JS_EXPORT_NAMES, AUTH_JS_MODULES, AUTH_JS_PACKAGE } from './auth-js.js';
import { AUTH_JS_GLOBAL, WIDGET_GLOBAL } from './cdn.js';
import {
  ANGULAR_AUTH_MODULE,
  ANGULAR_CALLBACK_COMPONENT,
  ANGULAR_CONFIG_TOKEN,
  ANGULAR_INJECT,
  ANGULAR_LEGACY_SERVICE,
  ANGULAR_TOKEN,
  OKTA_ANGULAR_MODULE,
  OKTA_REACT_MODULE,
  OKTA_VUE_MODULE,
  REACT_HOOK,
  REACT_LOGIN_CALLBACK,
  VUE_COMPOSABLE,
  VUE_LOGIN_CALLBACK,
  VUE_PLUGIN_EXPORT,
} from './frameworks.js';
import { HOSTED_UTIL_GLOBAL } from './hosted.js';
import { WIDGET_EXPORT_NAMES, WIDGET_MODULES, WIDGET_PACKAGE } from './widget.js';

/**
 * A value that a `<script>` tag or the page defines as the global `name`, and that its
 * modules export under `exports`. The CommonJS entries of Okta's packages (UMD bundles;
 * okta-auth-js up to 3.x) export the value itself.
 */
function oktaValue(name: string, modules: readonly (string | RegExp)[] = [], exports: readonly string[] = []): ValueTarget {
  return { name, modules, exports: new Set(exports), commonJsExport: modules.length > 0, globals: new Set([name]) };
}

/** The Sign-In Widget constructor. */
export const WIDGET = oktaValue(WIDGET_GLOBAL, WIDGET_MODULES, WIDGET_EXPORT_NAMES);

/** The `OktaAuth` class. */
export const AUTH_JS = oktaValue(AUTH_JS_GLOBAL, AUTH_JS_MODULES, AUTH_JS_EXPORT_NAMES);

/** `OktaUtil`, a global of Okta-hosted sign-in pages only. */
export const OKTA_UTIL = oktaValue(HOSTED_UTIL_GLOBAL);

export const OKTA_VALUES: readonly ValueTarget[] = [WIDGET, AUTH_JS, OKTA_UTIL];

/** The npm scope of every Okta package: an import from it makes "a file that uses Okta". */
export const OKTA_PACKAGE_SCOPE = '@okta/';

/**
 * The packages an app depends on to use Okta: a package whose package.json names one of
 * them (any dependency section, or an `npm:` alias of one) is Okta code, so Okta's own
 * call names count there on any receiver, as in a file that imports Okta.
 */
export const OKTA_APP_PACKAGES: readonly string[] = [
  AUTH_JS_PACKAGE,
  WIDGET_PACKAGE,
  OKTA_REACT_MODULE,
  OKTA_VUE_MODULE,
  OKTA_ANGULAR_MODULE,
];

/** A named export of a framework SDK (no global, no CommonJS value of its own). */
function sdkExport(module: string, name: string): ValueTarget {
  return { name, modules: [module], exports: new Set([name]), commonJsExport: false, globals: new Set() };
}

/** okta-react's `useOktaAuth`. */
export const REACT_USE_OKTA_AUTH = sdkExport(OKTA_REACT_MODULE, REACT_HOOK);

/** okta-react's `LoginCallback` component. */
export const REACT_LOGIN_CALLBACK_COMPONENT = sdkExport(OKTA_REACT_MODULE, REACT_LOGIN_CALLBACK);

/** okta-vue's plugin (`OktaVue`) and callback component; okta-angular's module, config token and callback component. */
export const VUE_PLUGIN = sdkExport(OKTA_VUE_MODULE, VUE_PLUGIN_EXPORT);
export const VUE_LOGIN_CALLBACK_COMPONENT = sdkExport(OKTA_VUE_MODULE, VUE_LOGIN_CALLBACK);
export const ANGULAR_AUTH_MODULE_CLASS = sdkExport(OKTA_ANGULAR_MODULE, ANGULAR_AUTH_MODULE.name);
export const ANGULAR_CONFIG = sdkExport(OKTA_ANGULAR_MODULE, ANGULAR_CONFIG_TOKEN);
export const ANGULAR_CALLBACK = sdkExport(OKTA_ANGULAR_MODULE, ANGULAR_CALLBACK_COMPONENT);

/** okta-vue's `useAuth`. */
export const VUE_USE_AUTH = sdkExport(OKTA_VUE_MODULE, VUE_COMPOSABLE);

/** okta-angular's `OKTA_AUTH` token. */
export const ANGULAR_OKTA_AUTH = sdkExport(OKTA_ANGULAR_MODULE, ANGULAR_TOKEN);

/** okta-angular ≤ 3's `OktaAuthService`. */
export const ANGULAR_AUTH_SERVICE = sdkExport(OKTA_ANGULAR_MODULE, ANGULAR_LEGACY_SERVICE);

/** Angular's `inject` and `Inject`. */
export const ANGULAR_INJECT_FN = sdkExport(ANGULAR_INJECT.module, ANGULAR_INJECT.fn);
export const ANGULAR_INJECT_DECORATOR = sdkExport(ANGULAR_INJECT.module, ANGULAR_INJECT.decorator);
