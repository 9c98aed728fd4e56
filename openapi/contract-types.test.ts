import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, TYPES_PATH } from '../scripts/gen-api-types';

describe('generated API types', () => {
  it('src/api/schema.d.ts matches openapi/pipewatch.yaml (run `npm run gen:api` when this fails)', async () => {
    const committed = await readFile(TYPES_PATH, 'utf8');
    expect(committed === (await generateApiTypes()), 'src/api/schema.d.ts is stale: run `npm run gen:api`').toBe(true);
  });

  it('types 64-bit integers as bigint, exactly as the API client hands them out', async () => {
    const generated = await generateApiTypes();
    expect(generated).toMatch(/fingerprint: bigint;/);
    expect(generated).toMatch(/processed_records\?: bigint \| null;/);
  });
});
