// Every message of the portal build (`npm run build` and `npm start`: scripts/build.ts, its progress
// display scripts/lib/progress.ts, scripts/start.ts) in both of the reader's languages, in one typed
// catalogue (src/core/messages.ts): step names, progress and summary lines, refusals and warnings,
// including those src/site/data.ts and src/site/shard.ts give inside Astro. Here rather than beside
// the script so that the site's own code can say them without reaching up into scripts/ (like
// src/site/rebuild-messages.ts).
import type { Lang } from '../core/lang.ts';
import { messages } from '../core/messages.ts';

/**
 * The build's language: PLANBOOK_LANG as `plan` reads it (scripts/lib/cli.ts resolveLang), English
 * for `en`, Chinese otherwise, an unknown value included (the build has no usage line to refuse it with).
 */
export const buildLang = (env: string | undefined = process.env['PLANBOOK_LANG']): Lang => (env === 'en' ? 'en' : 'zh-CN');

export const say = messages({
  usage: {
    zh: '用法：npm run build [-- --allow-invalid] [-- <astro build 的选项>]\n\n检查内容（plan check；有错误则不构建），写出格式参考（plan schema），再用 astro build 构建门户及其搜索索引，写到 dist/（或 PLANBOOK_OUT_DIR）。\n  --allow-invalid   构建一个注明缺少无效文件的门户（只放过无效文件本身的错误；也可设 PLANBOOK_ALLOW_INVALID=1）\n  --help, -h        显示本说明，不构建\n其他选项原样交给 astro build。环境变量：PLANBOOK_CONTENT、PLANBOOK_AS_OF、PLANBOOK_OUT_DIR、PLANBOOK_SHARD、PLANBOOK_LANG（en 为英文）。\n退出码：0 已构建；1 内容有错误或无效文件（什么都没构建）；2 PLANBOOK_SHARD 或 PLANBOOK_OUT_DIR 无效，或搜索索引失败；Astro 失败时为它自己的退出码。',
    en: 'Usage: npm run build [-- --allow-invalid] [-- <astro build options>]\n\nChecks the content (plan check; nothing is built if it has errors), writes the format reference (plan schema), then builds the portal and its search index with astro build into dist/ (or PLANBOOK_OUT_DIR).\n  --allow-invalid   build a portal that says which invalid files it leaves out (waives only those files\' own errors; or PLANBOOK_ALLOW_INVALID=1)\n  --help, -h        print this, build nothing\nOther options go to astro build as they are. Environment: PLANBOOK_CONTENT, PLANBOOK_AS_OF, PLANBOOK_OUT_DIR, PLANBOOK_SHARD, PLANBOOK_LANG (en for English).\nExit codes: 0 built; 1 the content has errors or invalid files (nothing built); 2 PLANBOOK_SHARD or PLANBOOK_OUT_DIR is wrong, or the search index failed; Astro\'s own code when Astro fails.',
  },
  'refuse.out-dir': {
    zh: 'PLANBOOK_OUT_DIR {full} 无效：路径以项目路径 {root} 开头却不在项目内，Astro 无法构建到这里；请换一个名字（如 {other}，或其他位置的目录）',
    en: "Unexpected PLANBOOK_OUT_DIR {full}: its path begins with the project's ({root}) without being inside it, which Astro cannot build into; expected another name (e.g. {other}, or a folder elsewhere)",
  },
  'refuse.shard': { zh: 'PLANBOOK_SHARD 应为 "k/n"，且 1 ≤ k ≤ n，如 "2/4"；实际为 "{shard}"', en: 'PLANBOOK_SHARD must be "k/n" with 1 ≤ k ≤ n, e.g. "2/4"; got "{shard}"' },
  'refuse.errors': {
    zh: '拒绝构建门户：内容中有 {count} 个错误（见上文）。',
    en: 'refusing to build the portal: {count} errors in the content (see above).',
    enOne: 'refusing to build the portal: {count} error in the content (see above).',
  },
  'refuse.invalid-files': { zh: '无效的文件（每个页面都将缺少它们的数字）：', en: 'Invalid files (their figures would be missing from every page):' },
  'refuse.hint-allow': {
    zh: '请修正它们，或运行 npm run build -- --allow-invalid 构建一个注明缺少它们的门户。',
    en: 'Fix them, or run npm run build -- --allow-invalid for a portal that says they are left out.',
  },
  'refuse.hint-fix': { zh: '请修正后重新运行 npm run build。', en: 'Fix them, then run npm run build again.' },
  'warn.invalid': {
    zh: '警告：{count} 个无效文件未计入门户，每个页面都会注明：',
    en: 'warning: {count} invalid files left out of the portal, which says so on every page:',
    enOne: 'warning: {count} invalid file left out of the portal, which says so on every page:',
  },
  // Printed by src/site/data.ts inside Astro (a page build without npm run build's check before it).
  'warn.content-errors': {
    zh: 'planbook：内容中有 {count} 个错误；请运行 npm run plan -- check（npm run build 拒绝构建）',
    en: 'planbook: {count} content errors; run npm run plan -- check (npm run build refuses to build)',
    enOne: 'planbook: {count} content error; run npm run plan -- check (npm run build refuses to build)',
  },
  'search.failed': { zh: 'planbook build：搜索索引构建失败：\n{errors}', en: 'planbook build: the search index failed:\n{errors}' },

  'step.check': { zh: '检查内容（plan check）', en: 'plan check' },
  'step.schema': { zh: '格式参考（plan schema）', en: 'plan schema' },
  'step.pages': { zh: 'astro 构建 + 搜索索引', en: 'astro build + search index' },
  'step.pages-shard': { zh: 'astro 构建（分片 {shard}）', en: 'astro build (shard {shard})' },

  'check.done': { zh: '{content}/，截至 {asOf}：{files}，{state}{warnings}', en: '{content}/ as of {asOf}: {files}, {state}{warnings}' },
  'check.no-errors': { zh: '没有错误', en: 'no errors' },
  'check.invalid-allowed': { zh: '{count} 个无效（已允许）', en: '{count} invalid (allowed)' },
  'check.warnings': { zh: '，{count} 个警告', en: ', {count} warnings', enOne: ', {count} warning' },
  'count.files': { zh: '{count} 个文件', en: '{count} files', enOne: '{count} file' },
  // Two ids rather than enOne: the figure is written with thousands separators ("61,234 pages"), a string.
  'count.page': { zh: '{figure} 个页面', en: '{figure} page' },
  'count.pages': { zh: '{figure} 个页面', en: '{figure} pages' },
  'pages.done': { zh: '{pages}，含搜索索引', en: '{pages}, search index' },

  // scripts/lib/progress.ts: a running or finished step, and the run's summary.
  'progress.line': { zh: '{title}：{status}（{seconds} 秒）', en: '{title}: {status} ({seconds} s)' },
  'progress.line-bare': { zh: '{title}（{seconds} 秒）', en: '{title} ({seconds} s)' },
  'progress.summary': { zh: '{what}，用时 {seconds} 秒（{steps}）', en: '{what} in {seconds} s ({steps})' },
  'progress.summary-step': { zh: '{title} {seconds} 秒', en: '{title} {seconds} s' },

  'done.built': { zh: '✓ 已构建 {out}/', en: '✓ built {out}/' },
  // scripts/start.ts (`npm start`), once the portal is built.
  'start.serving': { zh: 'Planbook 门户：{url}（按 Ctrl-C 停止）', en: 'Planbook portal: {url}  (Ctrl-C to stop)' },
  'done.shard': {
    zh: '✓ 已构建分片 {shard} 到 {out}/（不含搜索索引：node scripts/merge-shards.ts 合并各分片并为其建立索引）',
    en: '✓ built shard {shard} in {out}/ (no search index: node scripts/merge-shards.ts merges the shards and indexes them)',
  },
});

/** "1 page", "61,234 pages": a page count for the log, with thousands separators. */
export function pagesCounted(count: number) {
  return say(count === 1 ? 'count.page' : 'count.pages', { figure: count.toLocaleString('en-US') });
}
