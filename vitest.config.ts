import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Examples and tests import the package by name, as users do.
    alias: {'retext-news': fileURLToPath(new URL('src/index.ts', import.meta.url))},
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
})
