import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.tmp/', 'web/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The web app runs in the browser; hooks follow React's rules.
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests read JSON response bodies; typing every one of them would add noise, not safety.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain is pure: no I/O, no clock, nothing of ours from outside domain/.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../app/*',
                '../../app/*',
                '../store/*',
                '../../store/*',
                '../http/*',
                '../../http/*',
                '../jobs/*',
                '../../jobs/*',
                '../files/*',
                '../../files/*',
              ],
              message: 'domain/ imports nothing of ours from outside domain/.',
            },
            {
              group: ['node:fs', 'node:fs/*', 'node:net', 'node:http', 'pg', 'kysely', 'fastify'],
              message: 'domain/ does no I/O.',
            },
          ],
        },
      ],
    },
  },
);
