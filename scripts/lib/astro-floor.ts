import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The framework's floor for the portal benchmark: a bare Astro project (no integrations, no
 * layout, no data beyond the pages) building `pages` plain Markdown documents, each a title and a
 * paragraph, the way Astro builds many pages fastest: a content collection (glob loader) and one
 * dynamic route. Whatever our build costs beyond this is ours, not Astro's.
 *
 * `kind: 'pages'` instead writes one Markdown file per page under src/pages: simpler, but Astro
 * bundles every page as its own module, which is several times slower and so a flattering floor.
 */
export function writeAstroFloor(dir: string, pages: number, kind: 'collection' | 'pages' = 'collection'): void {
  rmSync(dir, { recursive: true, force: true });
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  };
  // `astro/*` resolves from the project's own node_modules further up; the floor installs nothing.
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  const markdown = (index: number) => `---\ntitle: 第 ${index} 页\n---\n\n这是一个普通的 Markdown 页面，用来测量 Astro 本身构建 ${pages} 个页面所需的时间。\n`;
  if (kind === 'pages') {
    for (let index = 1; index <= pages; index++) write(`src/pages/p/${index}.md`, markdown(index));
    return;
  }
  for (let index = 1; index <= pages; index++) write(`pages/${index}.md`, markdown(index));
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }) };\n",
  );
  write(
    'src/pages/p/[slug].astro',
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  );
}
