import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintOnEntry } from './vite-plugins';

function bundleOf(): Rolldown.OutputBundle {
  const chunk = (fileName: string, isEntry: boolean) => ({ type: 'chunk', fileName, isEntry, code: 'a();\nb();\n' });
  const map = (fileName: string) => ({
    type: 'asset',
    fileName,
    source: JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }),
  });
  return {
    'assets/index.js': chunk('assets/index.js', true),
    'assets/index.js.map': map('assets/index.js.map'),
    'assets/page.js': chunk('assets/page.js', false),
    'assets/page.js.map': map('assets/page.js.map'),
  } as unknown as Rolldown.OutputBundle;
}

function generate(bundle: Rolldown.OutputBundle) {
  const hook = compileHintOnEntry().generateBundle as {
    handler: (options: unknown, bundle: Rolldown.OutputBundle) => void;
  };
  hook.handler({}, bundle);
  const code = (file: string) => (bundle[file] as { code: string }).code;
  const mappings = (file: string) =>
    (JSON.parse(String((bundle[file] as { source: string }).source)) as { mappings: string }).mappings;
  return { code, mappings };
}

describe('compileHintOnEntry', () => {
  it('opens the entry chunk with the hint and moves its source map down one line', () => {
    const { code, mappings } = generate(bundleOf());
    expect(code('assets/index.js')).toBe(`${COMPILE_HINT}\na();\nb();\n`);
    expect(mappings('assets/index.js.map')).toBe(';AAAA;AACA');
  });

  it('leaves the other chunks and their maps as they were', () => {
    const { code, mappings } = generate(bundleOf());
    expect(code('assets/page.js')).toBe('a();\nb();\n');
    expect(mappings('assets/page.js.map')).toBe('AAAA;AACA');
  });

  it('writes the entry alone when the build has no source maps', () => {
    const bundle = bundleOf();
    delete bundle['assets/index.js.map'];
    expect(generate(bundle).code('assets/index.js').split('\n')[0]).toBe(COMPILE_HINT);
  });
});
