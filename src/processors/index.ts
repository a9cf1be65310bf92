/** The plugin's processors, by name. */
import type { Linter } from 'eslint';
import { HTML_PROCESSOR, HTML_WITH_PAGE_PROCESSOR, processors as htmlProcessors } from './html.js';
import { PACKAGE_JSON_PROCESSOR, packageJsonProcessor } from './package-json.js';

export type Processors = {
  /** Inline scripts and widget CDN URLs of a page that names Okta as blocks; nothing of any other page. */
  html: Linter.Processor;
  /** The same, and the page itself first, linted with the page's own config. */
  'html-with-page': Linter.Processor;
  /** A package.json that names Okta as itself; any other package.json as nothing. */
  'package-json': Linter.Processor;
};

export const processors: Processors = {
  [HTML_PROCESSOR]: htmlProcessors[HTML_PROCESSOR],
  [HTML_WITH_PAGE_PROCESSOR]: htmlProcessors[HTML_WITH_PAGE_PROCESSOR],
  [PACKAGE_JSON_PROCESSOR]: packageJsonProcessor,
};
