/**
 * The package's `require` entry. ESLint's eslintrc loads plugins with `require()`, and
 * this package is an ES module: Node.js 20.19+, 22.12+ and 24 `require()` it (its
 * `'module.exports'` export is what `require()` returns, the same object `import` gets).
 * Older Node.js cannot, and says only ERR_REQUIRE_ESM; here it says what to do.
 */
function load(): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- this entry exists to require() the ES module
    return require('./index.js') as unknown;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ERR_REQUIRE_ESM') throw error;
    throw new Error(
      `eslint-plugin-okta-oie is an ES module, which Node.js ${process.version} cannot require() (as eslintrc loads plugins): ` +
        `use Node.js ^20.19.0 || ^22.13.0 || >=24, or an eslint.config.mjs.`,
      { cause: error },
    );
  }
}

export = load();
