import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/json-schemas.ts';
import { documentTypes } from '../../src/schemas/index.ts';
import { runPlan } from './helpers/run-plan.ts';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; type?: unknown };

function undocumented(node: Node, prefix: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const name = `${prefix}${key}`;
    const own = child.description ? [] : [name];
    const nested = child.type === 'array' && child.items ? child.items : child;
    return [...own, ...undocumented(nested, `${name}.`)];
  });
}

describe('the format reference', () => {
  it('documents every field of every type from the schema JSDoc', () => {
    const schemas = jsonSchemas();
    expect(Object.keys(schemas)).toEqual(['org', ...documentTypes]);
    for (const [type, schema] of Object.entries(schemas)) {
      expect({ type, missing: undocumented(schema as Node, '') }).toEqual({ type, missing: [] });
    }
  });

  it('prints every type with a field table and an example', async () => {
    const { code, stdout } = await runPlan(['schema']);
    expect(code).toBe(0);
    for (const type of documentTypes) {
      expect(stdout).toContain(`## ${type}`);
    }
    expect(stdout).toMatch(/\| `expenses.total` \| amount ≥ 0 \| yes \|/);
    expect(stdout).toMatch(/\| `actual.revenue` \| signed amount \| yes \| 实际销售额, net of returns: may be negative/);
    expect(stdout).toMatch(/Example \(`content\/2026\/units\/[a-z-]+\/budget\.mdx`\)/);
    expect(stdout).toMatch(/\| `budget-balance` \| error \|/);
  });

  it('keeps the committed public/schemas in sync with the schemas', async () => {
    const { code, stderr } = await runPlan(['schema', '--check']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
