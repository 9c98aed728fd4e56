/**
 * Generates src/api/schema.d.ts from openapi/pipewatch.yaml (`npm run gen:api`).
 *
 * It uses openapi-typescript's Node API because the CLI cannot map 64-bit integers to
 * `bigint`: the API client parses them losslessly (above 2^53 a `number` would be wrong),
 * so the types must say `bigint` too. openapi/contract-types.test.ts imports
 * `generateApiTypes` to fail when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPITSOptions } from 'openapi-typescript';
import ts from 'typescript';

export const SPEC_PATH = resolve(import.meta.dirname, '../openapi/pipewatch.yaml');
export const TYPES_PATH = resolve(import.meta.dirname, '../src/api/schema.d.ts');

const WIDE_INTEGER_FORMATS = new Set(['int64', 'uint64']);

const bigintForWideIntegers: OpenAPITSOptions['transform'] = (schema) => {
  if (!WIDE_INTEGER_FORMATS.has(schema.format ?? '')) return undefined;
  const bigint = ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword);
  const types: unknown = schema.type;
  const nullable = Array.isArray(types) && types.includes('null');
  return nullable
    ? ts.factory.createUnionTypeNode([bigint, ts.factory.createLiteralTypeNode(ts.factory.createNull())])
    : bigint;
};

export async function generateApiTypes(): Promise<string> {
  const spec = await readFile(SPEC_PATH, 'utf8');
  const ast = await openapiTS(spec, { transform: bigintForWideIntegers, silent: true });
  return `${GENERATED_HEADER}${astToString(ast)}`;
}

const GENERATED_HEADER = `/**
 * Generated from openapi/pipewatch.yaml by \`npm run gen:api\` (scripts/gen-api-types.ts).
 * Do not edit by hand: change the OpenAPI document and regenerate.
 */

`;

if (process.argv[1] === import.meta.filename) {
  await writeFile(TYPES_PATH, await generateApiTypes());
  console.log(`wrote ${TYPES_PATH}`);
}
