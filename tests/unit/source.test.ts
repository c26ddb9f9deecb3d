import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, parseDocumentSource, parseYamlSource, SourceError } from '../../src/core/source.ts';
import { NumberText } from '../../src/core/yaml.ts';

function sourceError(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('reading a content file', () => {
  it('splits frontmatter and body and knows the body line', () => {
    const source = parseDocumentSource('---\ntype: budget\nyear: 2026\n---\n\n## 预算说明\n');
    expect(source.data).toEqual({ type: 'budget', year: new NumberText('2026', 2026) });
    expect(source.body.trim()).toBe('## 预算说明');
    expect(source.yamlLine).toBe(2);
    expect(source.bodyLine).toBe(5);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const source = parseDocumentSource('\uFEFF---\r\ntype: budget\r\nyear: 2026\r\n---\r\n正文\r\n');
    expect(source.data).toEqual({ type: 'budget', year: new NumberText('2026', 2026) });
    expect(source.body).toBe('正文\n');
  });

  it('never evaluates ---javascript frontmatter', () => {
    const marker = `/tmp/planbook-pwned-${process.pid}`;
    rmSync(marker, { force: true });
    const text = `---javascript\nrequire('fs').writeFileSync('${marker}', 'x'); module.exports = { type: 'budget' }\n---\nbody\n`;
    const error = sourceError(() => parseDocumentSource(text));
    expect(error.code).toBe('unsafe-frontmatter');
    expect(error.message).toMatch(/---javascript/);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(['js', 'json', 'coffee', 'toml'])('refuses ---%s frontmatter', (language) => {
    expect(sourceError(() => parseDocumentSource(`---${language}\n{}\n---\n`)).code).toBe('unsafe-frontmatter');
  });

  it('reports malformed YAML with the file line of the problem', () => {
    const error = sourceError(() => parseDocumentSource('---\ntype: budget\nyear: [2026\n---\n'));
    expect(error.code).toBe('yaml-syntax');
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicate key at its line in the file', () => {
    const error = sourceError(() => parseDocumentSource('---\ntype: budget\nyear: 2026\nyear: 2027\n---\n'));
    expect(error.code).toBe('yaml-syntax');
    expect(error.line).toBe(4);
  });

  it('refuses an empty file and a file without frontmatter', () => {
    expect(sourceError(() => parseDocumentSource('  \n\n')).code).toBe('empty-file');
    expect(sourceError(() => parseDocumentSource('# 标题\n')).code).toBe('missing-frontmatter');
    expect(sourceError(() => parseDocumentSource('---\ntype: budget\n')).code).toBe('missing-frontmatter');
    expect(sourceError(() => parseYamlSource('')).code).toBe('empty-file');
  });

  it('refuses binary and non-UTF-8 bytes', () => {
    expect(sourceError(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).code).toBe('binary-file');
    expect(sourceError(() => decodeText(new Uint8Array([0x2d, 0xff, 0xfe, 0x41]))).code).toBe('binary-file');
    expect(decodeText(new TextEncoder().encode('华东'))).toBe('华东');
  });
});
