/** The part of js-yaml 4 (installed with ask-cli) that the tests use: loading with custom tags. */
declare module 'js-yaml' {
  type Kind = 'scalar' | 'sequence' | 'mapping';

  export class Type {
    constructor(tag: string, options: { kind: Kind; construct?: (data: unknown) => unknown });
  }

  export class Schema {
    extend(types: Type[]): Schema;
  }

  export const DEFAULT_SCHEMA: Schema;

  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
}
