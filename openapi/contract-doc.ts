import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * The OpenAPI document, read for the contract tests: its operations, their documented
 * statuses and content types, and a validator for each response schema.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

const doc = parse(readFileSync(resolve(import.meta.dirname, 'pipewatch.yaml'), 'utf8')) as JsonObject;

export interface DocResponse {
  status: string;
  contentTypes: string[];
  examples: { contentType: string; example: Json }[];
}

export interface DocOperation {
  /** `GET /api/v1/pipelines/{id}`: how test cases name the operation. */
  key: string;
  method: string;
  path: string;
  responses: DocResponse[];
}

export const operations: DocOperation[] = Object.entries(asObject(doc.paths)).flatMap(([path, item]) =>
  Object.entries(asObject(item))
    .filter(([method]) => HTTP_METHODS.includes(method))
    .map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      responses: Object.entries(asObject(asObject(op).responses)).map(([status, ref]) => describeResponse(status, ref)),
    })),
);

/** Whether a concrete URL path is an instance of the operation's templated path. */
export function pathMatches(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}

/**
 * Ajv knows JSON numbers only, but response bodies are parsed losslessly (src/lib/json.ts):
 * an integer above 2^53 arrives as a bigint, which ajv's `type: integer` rejects and whose
 * `minimum` it ignores. So every int64/uint64 schema node is rewritten into the
 * `wideInteger` keyword, which accepts a number or a bigint and checks the format's exact
 * range (and the node's minimum) with bigint arithmetic.
 */
const WIDE_RANGES: Record<string, readonly [bigint, bigint]> = {
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

interface WideInteger {
  format: string;
  nullable: boolean;
  minimum?: number;
}

function isWideIntegerValid(spec: WideInteger, data: unknown): boolean {
  if (data === null) return spec.nullable;
  if (typeof data === 'number' && !Number.isInteger(data)) return false;
  if (typeof data !== 'number' && typeof data !== 'bigint') return false;
  const value = BigInt(data);
  const [low, high] = WIDE_RANGES[spec.format] ?? [0n, -1n];
  return value >= low && value <= high && (spec.minimum === undefined || value >= BigInt(spec.minimum));
}

// strictRequired would reject `allOf: [Run], required: [startedAt]` (RunList), which is plain
// JSON Schema: the property is declared in the referenced schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addKeyword({ keyword: 'wideInteger', schemaType: 'object', validate: isWideIntegerValid, errors: false });
ajv.addSchema({ $id: 'pipewatch', $defs: toAjv(asObject(asObject(doc.components).schemas)) as Json });

function toAjv(node: Json): Json {
  if (Array.isArray(node)) return node.map(toAjv);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string')
    return { ...node, $ref: node.$ref.replace('#/components/schemas/', 'pipewatch#/$defs/') };
  const out: JsonObject = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, toAjv(value)]));
  if (typeof out.format === 'string' && out.format in WIDE_RANGES) {
    const { type, format, minimum, ...rest } = out;
    const nullable = Array.isArray(type) && type.includes('null');
    return { ...rest, wideInteger: { format, nullable, ...(typeof minimum === 'number' ? { minimum } : {}) } };
  }
  return out;
}

const validators = new Map<string, ValidateFunction>();

/** Errors of `body` against the documented schema; `null` when it validates. */
export function validateBody(op: DocOperation, status: number, contentType: string, body: unknown): string | null {
  const response = responseObject(op.path, op.method, String(status));
  if (!response) return `${op.key} documents no ${status} response`;
  const media = asObject(response.content)[contentType];
  if (media === undefined) return `${op.key} ${status} documents no ${contentType} body`;
  const key = `${op.key} ${status} ${contentType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(toAjv(asObject(media).schema ?? {}) as object);
    validators.set(key, validate);
  }
  if (validate(body)) return null;
  return ajv.errorsText(validate.errors, { dataVar: 'body' });
}

function responseObject(path: string, method: string, status: string): JsonObject | undefined {
  const op = asObject(asObject(asObject(doc.paths)[path])[method.toLowerCase()]);
  const response = asObject(op.responses)[status];
  return response === undefined ? undefined : resolveRef(response);
}

function describeResponse(status: string, ref: Json): DocResponse {
  const response = resolveRef(ref);
  const content = asObject(response.content);
  return {
    status,
    contentTypes: Object.keys(content),
    examples: Object.entries(content).flatMap(([contentType, media]) => {
      const { example } = asObject(media);
      return example === undefined ? [] : [{ contentType, example }];
    }),
  };
}

function resolveRef(node: Json): JsonObject {
  const object = asObject(node);
  if (typeof object.$ref !== 'string') return object;
  const target = object.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Json>((at, part) => asObject(at)[part] ?? null, doc);
  return resolveRef(target);
}

function asObject(node: Json | undefined): JsonObject {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {};
}
