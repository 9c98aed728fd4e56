import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintOnAppChunks } from './vite-plugins';

const CODE = 'a();\nb();\n';
const MAP = JSON.stringify({ version: 3, mappings: 'AAAA;AACA' });

/** A build's output: each chunk with its modules, and a source map beside it. */
function bundleOf(chunks: Record<string, { isEntry?: boolean; modules: string[] }>): Rolldown.OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [fileName, { isEntry = false, modules }] of Object.entries(chunks)) {
    bundle[fileName] = { type: 'chunk', fileName, isEntry, moduleIds: modules, code: CODE };
    bundle[`${fileName}.map`] = { type: 'asset', fileName: `${fileName}.map`, source: MAP };
  }
  return bundle as Rolldown.OutputBundle;
}

function generate(bundle: Rolldown.OutputBundle) {
  const hook = compileHintOnAppChunks().generateBundle as {
    handler: (options: unknown, bundle: Rolldown.OutputBundle) => void;
  };
  hook.handler({}, bundle);
  return {
    code: (file: string) => (bundle[file] as { code: string }).code,
    mappings: (file: string) =>
      (JSON.parse(String((bundle[file] as { source: string }).source)) as { mappings: string }).mappings,
  };
}

const BUILD = {
  'assets/index.js': { isEntry: true, modules: ['/app/node_modules/react-dom/index.js', '/app/src/main.tsx'] },
  'assets/run-route.js': { modules: ['/app/src/features/runs/components/run-page.tsx'] },
  'assets/CartesianChart.js': { modules: ['/app/node_modules/recharts/es6/chart/CartesianChart.js'] },
  'assets/browser.js': { modules: ['/app/mocks/browser.ts', '/app/src/lib/schema.ts'] },
};

describe('compileHintOnAppChunks', () => {
  it('opens the entry and the chunks of the app’s code with the hint, each source map one line down', () => {
    const { code, mappings } = generate(bundleOf(BUILD));
    for (const file of ['assets/index.js', 'assets/run-route.js']) {
      expect(code(file)).toBe(`${COMPILE_HINT}\n${CODE}`);
      expect(mappings(`${file}.map`)).toBe(';AAAA;AACA');
    }
  });

  it('leaves libraries of their own (recharts) and the demo API to compile lazily', () => {
    const { code, mappings } = generate(bundleOf(BUILD));
    for (const file of ['assets/CartesianChart.js', 'assets/browser.js']) {
      expect(code(file)).toBe(CODE);
      expect(mappings(`${file}.map`)).toBe('AAAA;AACA');
    }
  });

  it('writes the chunk alone when the build has no source maps', () => {
    const bundle = bundleOf(BUILD);
    delete bundle['assets/index.js.map'];
    expect(generate(bundle).code('assets/index.js').split('\n')[0]).toBe(COMPILE_HINT);
  });
});
