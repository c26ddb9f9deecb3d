// ESLint flat config. Kept fast: no type-aware rules (tsc runs separately in `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** A relative specifier without a file extension (`./money` instead of `./money.ts`). */
const extensionless = String.raw`/^\.\.?(\/[^/]+)*\/[^/.]+$|^\.\.?$/`;
const nodeImportRules = [
  ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
    selector: `${node} > Literal.source[value=${extensionless}]`,
    message: 'Relative imports need their file extension (e.g. `./money.ts`): Node runs these files directly.',
  })),
  {
    selector: String.raw`ImportDeclaration[source.value=/\.json$/][attributes.length=0]`,
    message: "JSON imports need `with { type: 'json' }` for Node.",
  },
];

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'coverage/',
    '.bench/',
    'public/schemas/',
    'public/pagefind/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Node runs scripts/ and src/ directly, so relative imports need their file extension
      // and JSON needs an import attribute; tsconfig's "bundler" resolution would not catch these.
      'no-restricted-syntax': ['error', ...nodeImportRules],
      // `_name` marks a parameter or binding that is deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // isomorphic-git's Node entry is CommonJS: src/core/isomorphic-git.ts require()s it, which spares
    // every command that reads Git Node's scan of the 585 KB bundle for export names (issue 13).
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/core/isomorphic-git.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'isomorphic-git', allowTypeImports: true, message: 'Import git from src/core/isomorphic-git.ts (types may come from isomorphic-git).' }] },
      ],
    },
  },
  {
    // Node-side code: scripts, configs, tests. (TypeScript itself checks for undefined names in .ts.)
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
