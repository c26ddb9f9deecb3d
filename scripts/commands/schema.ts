import { listText } from '../../src/core/messages.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas, type JsonSchema } from '../../src/schemas/json-schemas.ts';
import { ruleCatalog } from '../../src/rules/catalog.ts';
import { DOCUMENT_TYPES, ORG_PATH } from '../../src/model/document-types.ts';
import { documentTypes } from '../../src/schemas/index.ts';
import { EXIT, textFor, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { formatOption } from '../lib/options.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = path.join(ROOT, 'public', 'schemas');

const LOCATIONS: Record<string, string> = Object.fromEntries([
  ['org', `content/${ORG_PATH}`],
  ...documentTypes.map((type) => [type, `content/${DOCUMENT_TYPES[type].path}`]),
]);

/** Everything `--write` produces, by file name, so `--check` compares exactly the same text. */
export function generatedFiles(): Record<string, string> {
  const schemas = jsonSchemas();
  const files: Record<string, string> = {};
  for (const [type, schema] of Object.entries(schemas)) files[`${type}.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  files['reference.md'] = `${referenceMarkdown(schemas)}\n`;
  return files;
}

export async function schema(options: { format?: string | undefined; write?: boolean; check?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['markdown', 'json'] as const, 'markdown');
  if (options.check) {
    const stale = Object.entries(generatedFiles()).filter(([name, text]) => {
      const file = path.join(OUT_DIR, name);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    });
    if (stale.length === 0) return EXIT.ok;
    io.err(textFor(io, say('schema.stale', { names: listText(stale.map(([name]) => name)) })));
    return EXIT.violations;
  }
  if (options.write) {
    mkdirSync(OUT_DIR, { recursive: true });
    const files = generatedFiles();
    for (const [name, text] of Object.entries(files)) {
      const target = path.join(OUT_DIR, name);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    }
    const extra = readdirSync(OUT_DIR).filter((name) => !(name in files));
    io.err(textFor(io, say('schema.wrote', { count: Object.keys(files).length, dir: path.relative(io.cwd, OUT_DIR) || '.', extra: extra.length ? say('schema.extra', { files: listText(extra) }) : '' })));
    return EXIT.ok;
  }
  const schemas = jsonSchemas();
  io.out(format === 'json' ? JSON.stringify(schemas, null, 2) : referenceMarkdown(schemas));
  return EXIT.ok;
}

function typeLabel(node: JsonSchema): string {
  if (node['format'] === 'money') return node['sign'] === 'signed' ? 'signed amount' : 'amount ≥ 0';
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  if (node.type === 'array') {
    const size = node.minItems !== undefined && node.minItems === node.maxItems ? `${node.minItems} × ` : '';
    return `list of ${size}${node.items ? typeLabel(node.items) : 'values'}`;
  }
  if (node.type === 'object' && typeof node.additionalProperties === 'object') return `map id → ${typeLabel(node.additionalProperties)}`;
  if (node.type === 'object') return 'mapping';
  if (node.type === 'integer') return 'whole number';
  if (node.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'id';
  if (node.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return 'date';
  return Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
}

function fieldRows(node: JsonSchema, prefix: string, required: boolean, rows: string[]) {
  const requiredKeys = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const name = `${prefix}${key}`;
    const isRequired = required && requiredKeys.has(key) && child.default === undefined;
    const defaultNote = child.default !== undefined ? ` Default: \`${JSON.stringify(child.default)}\`.` : '';
    rows.push(`| \`${name}\` | ${typeLabel(child)} | ${isRequired ? 'yes' : ''} | ${(child.description ?? '').replace(/\|/g, '\\|')}${defaultNote} |`);
    const nested = child.type === 'array' ? child.items : child;
    if (nested?.properties) fieldRows(nested, `${name}${child.type === 'array' ? '[]' : ''}.`, isRequired || child.type === 'array', rows);
  }
}

/** An example for each type: the first demo file of that type, so the example always validates. */
function exampleOf(type: string): string | undefined {
  const content = path.join(ROOT, 'content');
  if (!existsSync(content)) return undefined;
  const pattern = new RegExp(`^${LOCATIONS[type]?.replace('content/', '').replace(/<MM>/, '\\d{2}').replace(/<[a-z]+>/g, '[^/]+').replace(/\./g, '\\.')}$`);
  const match = readdirSync(content, { recursive: true }).map(String).map((file) => file.split(path.sep).join('/')).sort().find((file) => pattern.test(file));
  if (!match) return undefined;
  const text = readFileSync(path.join(content, match), 'utf8');
  const frontmatter = type === 'org' ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[0] ?? text);
  const lines = frontmatter.split('\n');
  const shown = lines.length > 60 ? [...lines.slice(0, 60), '# …'] : lines;
  return `Example (\`content/${match}\`):\n\n\`\`\`yaml\n${shown.join('\n')}\n\`\`\``;
}

export function referenceMarkdown(schemas: Record<string, JsonSchema>): string {
  const out = [
    '# Planbook content format reference',
    '',
    'Generated by `npm run --silent plan -- schema` from the zod schemas in `src/schemas/`; do not edit by hand.',
    'JSON Schemas for editors: `public/schemas/<type>.json` (served by the portal at `/schemas/<type>.json`).',
    '',
    'Amounts are written as people write them — `1200000`, `1,200,000.50`, `120万`, `1.2亿`, `¥300万元` — and parsed exactly to integer 分 from the text as written: digits (plain, or grouped in threes by commas), an optional fraction (at most 2 decimals of 元, 6 of 万, 10 of 亿), an optional `¥`/`￥` before and `万`/`亿`, `元` after. Scientific notation, hex/octal/binary, underscores, `.inf`/`.nan`, full-width digits, more than 64 characters or more than ±¥90,071,992,547,409.91 are refused (`money-format`).',
    'Sign rules: an `amount ≥ 0` (targets, budgets, plans, months, customer-group splits, spend) is refused when negative (`money-sign`); a `signed amount` (actuals net of returns) may be negative, written with a leading minus (`-3,500` or `−3,500`).',
    'Unknown keys are errors. YAML is read as YAML 1.2 core: dates stay text, `yes`/`no` stay text, `0755` is 755. YAML tags (`!!float 1`, `!!str 3500`, `!custom`) are not part of the format: a tagged value is an error (`yaml-syntax`) naming the field and the value to write without the tag.',
    '',
    '## Types',
    '',
    ...Object.keys(schemas).map((type) => `- [\`${type}\`](#${type}) — ${schemas[type]?.description ?? ''}`),
  ];
  for (const [type, schema] of Object.entries(schemas)) {
    const rows: string[] = [];
    fieldRows(schema, '', true, rows);
    out.push('', `## ${type}`, '', schema.description ?? '', '', `File: \`${LOCATIONS[type] ?? ''}\``, '', '| field | type | required | description |', '| --- | --- | --- | --- |', ...rows);
    const example = exampleOf(type);
    if (example) out.push('', example);
  }
  out.push('', '## Rule codes', '', '`plan check` reports each problem with one of these codes, the file, line and column of the offending value, and the expected and actual figures.', '', '| code | severity | meaning |', '| --- | --- | --- |');
  for (const rule of ruleCatalog) out.push(`| \`${rule.code}\` | ${rule.severity} | ${rule.summary} |`);
  return out.join('\n');
}
