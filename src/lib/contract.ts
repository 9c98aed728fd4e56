import type * as z from 'zod/mini';

/**
 * Ties a boundary schema (zod/mini) to its type generated from openapi/pipewatch.yaml
 * (src/api), so that neither can change alone: `npm run typecheck` fails until both agree.
 *
 *   export type Pipeline = Agrees<typeof pipelineSchema, ApiSchemas['Pipeline']>;
 *
 * Agreeing means, at every depth:
 * - every body the document allows is one the schema accepts (the document's type is
 *   assignable to the schema's input): a field the document makes optional, nullable or
 *   wider, the schema must read that way too;
 * - the schema reads exactly the document's fields, no more, no fewer: a field added,
 *   dropped or renamed in one of them alone is an error naming that field.
 * Within that, values are the schema's to refine (an unknown enum value kept as a string, an
 * absent count made undefined), so the result is the schema's output type. `Unread` names
 * document fields a schema leaves out on purpose, at any depth (a run list does not read each
 * run's `log`): a new field must be read or named there, never silently missed.
 *
 * Every endpoint's schema is tied this way, including endpoints added later.
 */
export type Agrees<
  Schema extends z.ZodMiniType,
  Contract extends z.input<Schema> & {
    [K in keyof Contract]: K extends Unread
      ? unknown
      : K extends keyof Ours<Schema>
        ? SameFields<Contract[K], Ours<Schema>[K], Unread>
        : never;
  } & { [K in Exclude<keyof Ours<Schema>, keyof Contract>]-?: never },
  Unread extends PropertyKey = never,
> = z.output<Schema>;

type Ours<Schema extends z.ZodMiniType> = NonNullable<z.output<Schema>>;

type Leaf = string | number | bigint | boolean | null | undefined;

/**
 * `Contract` again where its field names match `Ours`, at every depth; a field only the
 * contract has becomes `never` there, and one only ours has a required `never` the contract
 * lacks, so the assignment above fails and names it. (Top level is spelt out in Agrees: a
 * conditional type there would be a circular constraint.) A field the schema reads as
 * `unknown` (error details) is not looked into.
 */
type SameFields<Contract, Ours, Unread extends PropertyKey> = unknown extends Ours
  ? Contract // read as unknown: the schema does not look inside
  : Contract extends Leaf
    ? Contract
    : Contract extends readonly (infer Item)[]
      ? NonNullable<Ours> extends readonly (infer OurItem)[]
        ? readonly SameFields<Item, OurItem, Unread>[]
        : never
      : NonNullable<Ours> extends Leaf | readonly unknown[]
        ? never
        : {
            [K in keyof Contract]: K extends Unread
              ? unknown
              : K extends keyof NonNullable<Ours>
                ? SameFields<Contract[K], NonNullable<Ours>[K], Unread>
                : never;
          } & { [K in Exclude<keyof NonNullable<Ours>, keyof Contract>]-?: never };
