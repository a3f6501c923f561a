import {defineConfig} from 'tsup'

export default defineConfig({
  // `batch-worker` is the worker thread of `parseMany`, which finds it next
  // to itself in `dist/`: it must be an entry of its own.
  entry: {index: 'src/index.ts', cli: 'src/cli.ts', 'batch-worker': 'src/lib/batch-worker.ts'},
  format: ['esm'],
  dts: {
    entry: 'src/index.ts',
    // The bundler drops the type-only import in `src/lib/plugin.ts` that
    // brings in retext-english’s `Data` keys (`nlcstSentenceExtensions`, …),
    // which the plugin honours; keep it in the published types.
    banner: "import type {} from 'retext-english';",
  },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Keep `node:` specifiers as written (Node.js 20 supports them everywhere).
  removeNodeProtocol: false,
  tsconfig: 'tsconfig.build.json',
})
