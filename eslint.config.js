import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports flow one way: app -> ui -> store -> domain (see ../shared/STYLE.md).
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((dir) => ({
        group: [`**/${dir}/*`, `../${dir}/*`, `./${dir}/*`],
        message: `This layer must not import from src/${dir} (imports flow app -> ui -> store -> domain).`,
      })),
    }],
  },
});

// zod's values come through src/domain/zod-setup.ts, which turns off its eval probe (a CSP violation report on every parse).
const zodThroughSetup = {
  selector: "ImportDeclaration[source.value=/^zod/][importKind!='type']",
  message: "Import zod's values from src/domain/zod-setup.ts (jitless: no Content-Security-Policy violation).",
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['src/domain/**'], ['app', 'ui', 'store', 'cli']),
  layer(['src/store/**'], ['app', 'ui', 'cli']),
  layer(['src/ui/**'], ['app', 'cli']),
  layer(['src/cli/**'], ['app', 'ui', 'store']),
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage'],
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value=/^(react|zustand)/]", message: 'src/domain is framework-free.' }, zodThroughSetup],
    },
  },
  { files: ['src/app/**', 'src/ui/**', 'src/store/**', 'src/cli/**', 'src/*.ts', 'src/*.tsx'], rules: { 'no-restricted-syntax': ['error', zodThroughSetup] } },
  {
    files: ['src/domain/zod-setup.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value=/^(react|zustand)/]", message: 'src/domain is framework-free.' }] },
  },
);
