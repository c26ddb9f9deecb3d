import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-plan.ts';

/** Every relative import of every module in a folder of src/, resolved to a path under src/. */
function importsOf(folder: string): { module: string; target: string }[] {
  const dir = path.join(ROOT, 'src', folder);
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      // Static imports and re-exports, type-only included: a type import still ties the layers together.
      return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gm)].map((match) => ({
        module: `${folder}/${file}`,
        target: path.relative(path.join(ROOT, 'src'), path.resolve(path.dirname(path.join(dir, file)), match[1] ?? '')).split(path.sep).join('/'),
      }));
    });
}

const reaching = (folder: string, forbidden: readonly string[]) =>
  importsOf(folder)
    .filter(({ target }) => forbidden.some((layer) => target.startsWith(`${layer}/`)))
    .map(({ module, target }) => `${module} → ${target}`);

describe('layers point down only', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    expect(importsOf('model').map(({ target }) => target)).toContain('core/dates.ts');
  });

  it('the primitives import nothing above them', () => {
    expect(reaching('core', ['model', 'rules', 'cycle', 'approvals', 'site', 'templates', 'edit', 'cms', 'import'])).toEqual([]);
  });

  it('the content model never imports the rules (or anything above it)', () => {
    expect(reaching('model', ['rules', 'cycle', 'approvals', 'site', 'templates', 'cms', 'import'])).toEqual([]);
  });

  it('the import of actuals sits beside the cycle: it reads the model and writes through edit and templates, never the rules or the portal', () => {
    expect(importsOf('import').map(({ target }) => target)).toContain('model/calendar.ts');
    expect(reaching('import', ['rules', 'approvals', 'site', 'cycle'])).toEqual([]);
    expect(['rules', 'cycle', 'approvals', 'site', 'templates', 'edit'].flatMap((layer) => reaching(layer, ['import']))).toEqual([]);
  });
});
