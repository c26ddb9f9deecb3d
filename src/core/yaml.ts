import yaml from 'js-yaml';

/**
 * The one YAML interpretation used by `plan check` and the portal: YAML 1.2 core schema.
 * Dates stay strings, `yes`/`NO` stay strings, numbers stay their source text (NumberText), duplicate
 * keys are errors.
 * js-yaml 4's core schema is used for speed (several times faster than the `yaml` package);
 * the `yaml` package's CST is used only to locate values when a file has a diagnostic.
 */

/** js-yaml 4 exports its built-in types at runtime; @types/js-yaml does not declare them. */
const { types } = yaml as unknown as { types: Record<'int' | 'null' | 'bool' | 'float', yaml.Type> };

/**
 * A plain scalar YAML would read as a number, kept as the text the author wrote. Amounts are parsed
 * from `text` (YAML would turn `1.7971E+04` into a float and `0x1F4C` into 8012 without a word);
 * counts, months and years read `value` only when `text` is plain decimal (src/schemas/common.ts).
 */
export class NumberText {
  /** The scalar exactly as written, e.g. `0x1F4C`, `1.2e3`, `.inf`, `120`. */
  readonly text: string;
  /** YAML 1.2 core's reading; integers beyond 2^53 are BigInt instead of being rounded. */
  readonly value: number | bigint;
  constructor(text: string, value: number | bigint) {
    this.text = text;
    this.value = value;
  }

  /** Mapping keys are strings: a key `2026:` stays "2026". */
  toString(): string {
    return this.text;
  }

  // js-yaml stringifies a key object only when its class is not plain Object.
  get [Symbol.toStringTag](): string {
    return 'NumberText';
  }
}

function exactInt(data: string): number | bigint {
  const value = types.int.construct(data) as number;
  if (Number.isSafeInteger(value)) return value;
  const decimal = data.replace(/^\+/, '');
  return /^-?\d+$/.test(decimal) ? BigInt(decimal) : value;
}

const asText = (tag: string, base: yaml.Type, read: (data: string) => number | bigint) =>
  new yaml.Type(tag, {
    kind: 'scalar',
    resolve: (data: string) => base.resolve(data),
    construct: (data: string) => new NumberText(data, read(data)),
    instanceOf: NumberText,
    represent: (object: object) => (object as NumberText).text,
  });

const schema = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, asText('tag:yaml.org,2002:int', types.int, exactInt), asText('tag:yaml.org,2002:float', types.float, (data) => types.float.construct(data) as number)],
});

export class YamlSyntaxError extends Error {
  readonly code = 'yaml-syntax';
  /** 0-based line and column inside the YAML text. */
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** Parse YAML text with the project's interpretation; throws YamlSyntaxError. */
export function parseYaml(text: string): unknown {
  try {
    return yaml.load(text, { schema, json: false });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return failWith(error);
    }
    throw error;
  }
}

function failWith(error: yaml.YAMLException): never {
  const mark = error.mark as { line?: number; column?: number } | undefined;
  throw new YamlSyntaxError(error.reason, mark?.line ?? 0, mark?.column ?? 0);
}
