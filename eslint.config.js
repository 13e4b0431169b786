import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'bench/node_modules/',
      'bench/out/',
      'bench/.cache/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Government pages run strict CSP with Trusted Types: no string-to-code or string-to-HTML paths.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through Lit templates (strict CSP, Trusted Types).' },
        { property: 'outerHTML', message: 'Render text through Lit templates (strict CSP, Trusted Types).' },
        {
          property: 'insertAdjacentHTML',
          message: 'Render text through Lit templates (strict CSP, Trusted Types).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'No unsafeHTML: all text goes through Lit escaping.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'No unsafeSVG: all text goes through Lit escaping.',
            },
            {
              name: 'lit/directives/style-map.js',
              message: 'styleMap writes style attributes, which strict CSP blocks.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test harnesses build hostile pages on purpose.
    files: ['test/**/*.ts', 'test/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js', 'scripts/**/*.mjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
