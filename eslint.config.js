import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'admin/dist/', '**/generated/', 'node_modules/', '.data/', '.bench/', 'coverage/', 'test/screenshots/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Test helpers and GraphQL responses are loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['log', 'error', 'warn'] }],
    },
  },
);
