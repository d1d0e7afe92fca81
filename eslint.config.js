import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Architecture rules: shared is pure and imported by both sides; the client never imports the server;
 * features do not import each other (briefing opens other views through the registry of views);
 * only components/charts imports recharts.
 */
const FEATURES = [
  'overview',
  'offences',
  'outcomes',
  'forces',
  'force-profile',
  'about',
  'guide',
  'accessibility',
  'briefing',
];

export default defineConfig(
  { ignores: ['dist', 'build', 'node_modules', 'coverage', 'data', '.tmp', 'test-results'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    // relative imports are resolved as written (with their .ts/.tsx extensions); the @shared/ and
    // @testing/ aliases point one way only (into shared/ and testing/), so they cannot close a cycle
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/server', './src/client', './src/testing'],
              message: 'shared/ is the pure domain: it may not import the server or the client.',
            },
            {
              target: './src/client',
              from: './src/server',
              except: [],
              message: 'The client talks to the server only over HTTP (src/client/api).',
            },
            {
              target: './src/server',
              from: './src/client',
              message: 'The server may not import the client.',
            },
            ...['components', 'lib', 'api'].map((dir) => ({
              target: `./src/client/${dir}`,
              from: ['./src/client/features', './src/client/app'],
              message: `${dir}/ is built on by features and the app: it may not import them.`,
            })),
            {
              target: './src/client/features',
              from: './src/client/app',
              message:
                'A feature may not import the app shell: what it needs from it belongs in lib/ or components/.',
            },
            ...FEATURES.map((f) => ({
              target: `./src/client/features/${f}`,
              from: './src/client/features',
              except: [`./${f}`],
              message:
                'A feature may not import another feature: move what they share to components/ or lib/.',
            })),
          ],
        },
      ],
      // a cycle makes load order matter and hides which module is built on which
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'recharts',
              message:
                'Only src/client/components/charts imports recharts: use its chart components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...pluginQuery.configs['flat/recommended'].at(0)?.rules,
      '@tanstack/query/prefer-query-options': 'error',
      // a tab panel and a chart's reading layer are focusable by design (ARIA authoring practices),
      // as is a region that scrolls, so that the keyboard can scroll it (axe: scrollable-region-focusable)
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'group', 'region'] }],
    },
  },
  {
    // the bench's bare page is the floor the app's first chart is measured against: recharts, bare
    files: ['src/client/components/charts/**/*.{ts,tsx}', 'bench/bare-page/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**', 'e2e/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // test helpers take the expected response type as a parameter, as a typed cast
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      'import-x/no-restricted-paths': 'off',
    },
  },
  { files: ['eslint.config.js', 'scripts/start.js'], ...tseslint.configs.disableTypeChecked },
);
