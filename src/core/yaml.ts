import yaml from 'js-yaml';
import { PlanbookError } from './errors.ts';

/**
 * The one YAML interpretation used by `plan check` and the portal: YAML 1.2 core schema.
 * Dates stay strings, `yes`/`NO` stay strings, `0755` is decimal 755, duplicate keys are errors.
 * js-yaml 4's core schema is used for speed (several times faster than the `yaml` package);
 * the `yaml` package's CST is used only to locate values when a file has a diagnostic.
 */

/** js-yaml 4 exports its built-in types at runtime; @types/js-yaml does not declare them. */
const { types } = yaml as unknown as { types: Record<'int' | 'null' | 'bool' | 'float', yaml.Type> };
const int = types.int;

/** Integers beyond 2^53 become BigInt instead of silently losing precision. */
const exactInt = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => int.resolve(data),
  construct: (data: string) => {
    const value = int.construct(data) as number;
    if (Number.isSafeInteger(value)) return value;
    const decimal = data.replace(/^\+/, '');
    return /^-?\d+$/.test(decimal) ? BigInt(decimal) : value;
  },
  predicate: (object: object) => typeof object === 'bigint' || (int.predicate?.(object) ?? false),
  represent: (object: object) => String(object),
});

const schema = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, exactInt, types.float],
});

export class YamlSyntaxError extends PlanbookError {
  readonly exitCode = 1;
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
