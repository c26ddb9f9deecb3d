// node:util parseArgs's errors (an unknown option, a missing value, a value given to a switch) in
// both of the reader's languages. Node says them in English only and gives no field naming the
// option, so the option is read back from Node's message; a message of a shape not known here is
// passed on as Node wrote it rather than guessed at.
import { messages, verbatim, type Text } from '../../src/core/messages.ts';

export const say = messages({
  'parse-args.unknown': { zh: '未知选项 "{option}"（以 "-" 开头的参数请放在 -- 之后，例如 -- "{option}"）', en: 'Unknown option "{option}" (an argument that starts with "-" goes after --, as in -- "{option}")' },
  'parse-args.missing': { zh: '缺少 {option} 的值', en: 'Missing the value of {option}' },
  'parse-args.ambiguous': {
    zh: '缺少 {option} 的值：其后的参数以 "-" 开头；如果值本身以 "-" 开头，请写成 {option}=-…',
    en: 'Missing the value of {option}: the argument after it starts with "-"; write {option}=-… for a value that starts with "-"',
  },
  'parse-args.switch': { zh: '{option} 是开关，不带值', en: 'Unexpected value for {option}: it is a switch and takes none' },
});

/** Is `error` one of node:util parseArgs's (code ERR_PARSE_ARGS_…)? */
export function isParseArgsError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * A parseArgs error as a message in both languages, naming the option as the reader wrote it or,
 * where Node names both (`'-f, --format <value>'`), by its long name.
 */
export function parseArgsText(error: Error): Text {
  const quoted = /^(?:Unknown option|Option) '([^']+)'/.exec(error.message)?.[1];
  if (quoted === undefined) return verbatim(error.message);
  const option = quoted.replace(/ <value>$/, '').split(', ').at(-1) ?? quoted;
  if (error.message.startsWith('Unknown option')) return say('parse-args.unknown', { option });
  if (error.message.endsWith('argument missing')) return say('parse-args.missing', { option });
  // `-f -x`: Node's example names the long form (`'--format=-XYZ' or '-f-XYZ'`), the one `=` works with.
  if (error.message.includes('argument is ambiguous')) return say('parse-args.ambiguous', { option: /use '(--[^'=]+)=/.exec(error.message)?.[1] ?? option });
  if (error.message.endsWith('does not take an argument')) return say('parse-args.switch', { option });
  return verbatim(error.message);
}
