import type { Text } from '../../../src/core/messages.ts';

/** `plan book --help`, in both languages. */
export const bookHelp: Text = {
  zh: `plan book — 年度计划预算会议用的计划书（PDF）

用法：plan book YEAR [--unit UNIT] [--lang zh-CN|en] [--out FILE.pdf] [--force] [--content DIR]

把该年度的计划书输出为 PDF，供年度计划预算会议使用：公司目标、各单位的计划和预算、人员目标
以及每份文件的审批状态，每页注明期间和数据日期。内容即门户的 /YEAR/book/ 页（或 /YEAR/book/UNIT/），
由 Chromium 打印（Debian 的 /usr/bin/chromium，否则用已安装的 Playwright 自带版本）。

若 dist/ 中已有计划书且比所有内容文件都新，则直接使用；否则先构建门户（npm run build，内容无效时
会拒绝构建）。部署在基础路径（PLANBOOK_BASE）下的门户同样可以读取。

选项：
  --unit UNIT    只输出一个单位的计划书
  --lang LANG    zh-CN（默认）或 en
  --out FILE     PDF 的输出位置（默认 plan-book-YEAR[-UNIT][-en].pdf；是目录时写入其中的这个文件名；以 / 结尾的新目录会被创建）
  --force        覆盖已存在的 --out 文件
  --content DIR  内容目录（默认 content）
`,
  en: `plan book — the year's plan book for the budget meeting, as PDF

Usage: plan book YEAR [--unit UNIT] [--lang zh-CN|en] [--out FILE.pdf] [--force] [--content DIR]

Prints the year's plan book for the annual plan and budget meeting (年度计划预算会议) to PDF: the
company's targets, each unit's plan and budget, people's targets and every approval state, with the
period and the data's date on every page. It is the portal's /YEAR/book/ page (or /YEAR/book/UNIT/)
printed by Chromium (Debian's /usr/bin/chromium, else Playwright's own if installed).

dist/ is reused when it holds the book and is newer than every content file; otherwise the portal is
built first (npm run build, which refuses invalid content). A portal served under a base path
(PLANBOOK_BASE) is read the same way.

Options:
  --unit UNIT    one unit's book
  --lang LANG    zh-CN (default) or en
  --out FILE     where to write the PDF (default plan-book-YEAR[-UNIT][-en].pdf; a folder gets that name inside it;
                 a new folder ending in / is created)
  --force        replace an existing --out file
  --content DIR  content folder (default content)
`,
};
