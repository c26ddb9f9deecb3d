// Every message of the one-document rebuild (`npm run rebuild`, scripts/rebuild.ts) in both of the
// reader's languages, in one typed catalogue (src/core/messages.ts): its usage, refusals, progress
// lines and the reasons it falls back to a full build, including those src/site/affected.ts and
// scripts/lib/apply-rebuild.ts give. Here rather than beside the script so that the page selection,
// which Astro runs, can say its reasons without reaching up into scripts/.
import { messages } from '../core/messages.ts';

export const say = messages({
  usage: {
    zh: `用法：npm run rebuild -- (--changed BASE | --files PATH[,PATH…] …) [--no-check]
      npm run rebuild -- --prime

  --changed BASE   自 Git 提交 BASE 以来改动的内容文件（已提交、已暂存、工作区中或未跟踪）；
                   其他任何改动的文件（代码、审批台账）都意味着完整构建
  --files PATHS    改动的是这些内容文件（在内容目录内，以逗号分隔；--files 可重复）
  --no-check       重建前不运行 \`plan check\`（--changed BASE，或 --files 时从网站构建所用的提交起；基准测试单独计时检查）
  --prime          记录已构建的站点是最新的（刚由 npm run build 从当前内容和代码构建）：
                   填充缓存并加盖戳记，以便下次重建能更新它

环境变量：与 npm run build 相同（PLANBOOK_CONTENT、PLANBOOK_AS_OF、PLANBOOK_OUT_DIR、PLANBOOK_SITE 等）；
PLANBOOK_SITE_CACHE 是重建的缓存（默认 .planbook-cache/site；可以删除）；PLANBOOK_LANG=en 输出英文信息（默认中文）。`,
    en: `usage: npm run rebuild -- (--changed BASE | --files PATH[,PATH…] …) [--no-check]
       npm run rebuild -- --prime

  --changed BASE   content files changed since the Git commit BASE (committed, staged, in the work
                   tree or untracked); any other changed file (code, the approvals ledger) means a full build
  --files PATHS    these content files (inside the content folder, comma-separated; --files may be repeated) changed
  --no-check       skip \`plan check\` before rebuilding (--changed BASE, or with --files from the commit the site was built from; the bench times the check apart)
  --prime          record that the built site is current (just built by npm run build from this
                   content and code): fill the cache and stamp it, so the next rebuild can update it

Environment: as npm run build (PLANBOOK_CONTENT, PLANBOOK_AS_OF, PLANBOOK_OUT_DIR, PLANBOOK_SITE, …);
PLANBOOK_SITE_CACHE is the rebuild's cache (default .planbook-cache/site; safe to delete); PLANBOOK_LANG=en for
messages in English (default Chinese).`,
  },
  'usage.one-of': { zh: '请给出 --changed BASE、--files PATHS 或 --prime 中的一个', en: 'give one of --changed BASE, --files PATHS or --prime' },
  'usage.outside': {
    zh: '--files {path} 不在内容目录 {content}/ 内（请给出如 2026/people/li-na/03.report.mdx 的路径）',
    en: '--files {path} is not inside the content folder {content}/ (give paths such as 2026/people/li-na/03.report.mdx)',
  },

  'refuse.check': { zh: '拒绝重建门户：内容有错误（见上文）。', en: 'refusing to rebuild the portal: the content has errors (see above).' },
  'refuse.changed-files': {
    zh: '拒绝重建门户：改动的文件中有 {count} 个错误（npm run plan -- check 会列出全部）',
    en: 'refusing to rebuild the portal: {count} errors in the changed files (npm run plan -- check lists them all)',
    enOne: 'refusing to rebuild the portal: {count} error in the changed files (npm run plan -- check lists them all)',
  },
  // src/site/data.ts, inside Astro: a rebuild with --files has no check of its own.
  'refuse.site-errors': {
    zh: '拒绝重建门户：内容中有 {count} 个错误，第一个在 {at} {rule}（请运行 npm run plan -- check）',
    en: 'refusing to rebuild the portal: {count} content errors, the first {at} {rule} (run npm run plan -- check)',
    enOne: 'refusing to rebuild the portal: {count} content error, the first {at} {rule} (run npm run plan -- check)',
  },
  'refuse.no-site': { zh: '{out}/ 中没有可记录的已构建站点（请先运行 npm run build）', en: 'no built site in {out}/ to record (run npm run build first)' },
  'refuse.invalid': {
    zh: '{count} 个内容文件无效（{files}）：重建需要有效的内容；请修正后重新构建',
    en: '{count} invalid content files ({files}): rebuilds need valid content; fix them and build again',
    enOne: '{count} invalid content file ({files}): rebuilds need valid content; fix it and build again',
  },

  'progress.check': { zh: '▸ 检查改动：plan check --changed {base}', en: '▸ plan check --changed {base}' },
  'progress.check-all': { zh: '▸ 检查内容：plan check（内容目录不在 Git 仓库中，无法只检查改动）', en: '▸ plan check (the content folder is outside the Git repository: no changes to check apart)' },
  'progress.full': { zh: '▸ 完整构建：{reason}', en: '▸ full build: {reason}' },
  'progress.astro-file': { zh: '▸ astro 构建 {file} 影响的页面', en: '▸ astro build of the pages {file} affects' },
  'progress.astro-files': { zh: '▸ astro 构建 {count} 个文件影响的页面', en: '▸ astro build of the pages {count} files affect' },
  'done.primed': {
    zh: '✓ 已缓存 {count} 个内容文件，供 {out}/ 的重建使用，用时 {seconds} 秒',
    en: '✓ {count} content files cached for rebuilds of {out}/ in {seconds} s',
    enOne: '✓ {count} content file cached for rebuilds of {out}/ in {seconds} s',
  },
  'done.current': { zh: '✓ {content}/ 中没有改动：{out}/ 已是最新', en: '✓ nothing in {content}/ changed: {out}/ is current' },
  'done.rebuilt': {
    zh: '✓ 已为 {files} 重建 {families}：替换了 {out}/ 中的 {replaced}，用时 {seconds} 秒',
    en: '✓ rebuilt {families} for {files}: {replaced} replaced in {out}/ in {seconds} s',
  },
  'count.families': { zh: '{count} 组页面', en: '{count} page families', enOne: '{count} page family' },
  'done.search-stale': {
    zh: '  搜索：{count} 个页面在下次完整构建前仍保留之前的搜索记录（列于 {file}）',
    en: '  search: {count} pages still have their previous search records (listed in {file}) until the next full build',
    enOne: '  search: {count} page still has its previous search records (listed in {file}) until the next full build',
  },

  // Why a rebuild is a full build (after "▸ full build: ").
  'full.cannot-compare': { zh: '无法与 {base} 比较', en: 'cannot compare with {base}' },
  'full.changed-outside': { zh: '{file} 自 {base} 以来有改动', en: '{file} changed since {base}' },
  'full.no-build': { zh: '{out}/ 中没有可更新的先前构建', en: 'no earlier build in {out}/ to update' },
  'full.no-stamp': { zh: '没有 {out}/ 由什么构建的记录（{file}）', en: 'no record of what {out}/ was built from ({file})' },
  'full.no-commit': { zh: '没有 {out}/ 由哪个提交构建的记录', en: 'no record of the commit {out}/ was built from' },
  'full.another': { zh: '站点是用另一个 {setting} 构建的', en: 'the site was built with another {setting}' },
  'full.code': { zh: '门户代码', en: 'portal code' },
  'full.misplaced': { zh: '{path} 不是放在其位置上的文档', en: '{path} is not a document in its place' },
  'full.org': { zh: '{path}（组织结构）影响每个页面', en: '{path} (the organisation) feeds every page' },
  'full.no-year': { zh: '{path} 所在的年份站点中没有', en: '{path} is in a year the site does not have' },
  'full.read-in-full': { zh: '内容已完整读取（没有改动列表，或没有其缓存）', en: 'the content was read in full (no list of changes, or no cache of it)' },
  'full.new-code': { zh: '{file} 不在 {out}/ 中：门户代码自构建以来有改动', en: "{file} is not in {out}/: the portal's code changed since it was built" },
  'full.routes': { zh: '有页面增加或删除（routes.json 不同）', en: 'pages were added or removed (routes.json differs)' },
});
