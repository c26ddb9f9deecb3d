import type { Text } from '../../../src/core/messages.ts';

/** `plan import --help`, in both languages. */
export const importHelp: Text = {
  zh: `plan import — 从销售系统导出文件导入月报实际完成（先预览，再写入）

用法：plan import actuals --from FILE [--month YYYY-MM] [--sheet NAME] [--map 列=字段 …]
                          [--write [--force] [--date YYYY-MM-DD]] [--check] [--allow-unmatched]
                          [--format text|json] [--lang zh-CN|en] [--content DIR]

  --from FILE        导出文件：.xlsx（第一个工作表，或 --sheet）或 .csv（UTF-8，或旧系统的
                     GBK/GB18030：自动识别，预览中会注明）；.txt、.tsv 按分隔文本读取（逗号、分号或
                     制表符，预览中会注明）。旧版 .xls 和其他格式会被拒绝
  --month YYYY-MM    只导入该月；日期不在该月的行不能使用
  --sheet NAME       要读取的工作表（xlsx）
  --map 列=字段      表头未以已知方式命名的列，按表头文字或列字母指定：
                     --map 业务员=salesperson --map F=amount（逗号分隔或重复给出）。
                     字段：date、salesperson、group、amount（必需）；customer、region、product、
                     new-product、expense（可选；new-product 填入 actual.newProductRevenue；
                     带费用科目的行是费用，写入 spend.<科目>）
  --write            写入月报：已有月报只替换 actual.revenue、客户群（以及 actual.newProductRevenue、
                     spend），其余内容逐字保留；缺少的月报按月报模板创建为草稿。一份月报的金额用同一单位：
                     每个金额都是整百元时用万，否则全部用元
  --force            与 --write 同用：也改写有未提交修改的月报
  --date YYYY-MM-DD  新建月报的日期（默认：今天，移入该月报允许的时间窗口）
  --check            对账：列出月报与导出文件之间的每一处差异
  --allow-unmatched  即使有些行不能使用，也导入可用的行
  --format           text（默认）或 json（金额单位为分）
  --lang             zh-CN（默认）或 en（即全局 --lang）

表头行按其标签识别（日期/date、销售员/业务员/salesperson、客户群/customer group、
金额/含税金额/amount …），可位于标题行之下。销售员按 org.yaml 中的 id、姓名、英文名或登录名匹配，
客户群按 id 或名称匹配（忽略全角字符和空格）。空行、重复的表头行、小计行和单个单元格的备注会跳过；
合计/总计行不算一行，其数字必须等于上方各行之和。
退出状态：0 已预览、写入或对账；1 有不能使用的行（未加 --allow-unmatched）、合计行对不上、
--check 发现差异，或月报有未提交的修改；2 用法错误。`,
  en: `plan import — monthly report actuals from the sales system's export (导入实际完成，预览后写入)

Usage: plan import actuals --from FILE [--month YYYY-MM] [--sheet NAME] [--map COLUMN=field …]
                           [--write [--force] [--date YYYY-MM-DD]] [--check] [--allow-unmatched]
                           [--format text|json] [--lang zh-CN|en] [--content DIR]

  --from FILE        the export: .xlsx (first sheet, or --sheet) or .csv (UTF-8, or GBK/GB18030
                     from older systems: detected, and the preview says which); .txt and .tsv are
                     read as separated text (comma, semicolon or tab, named in the preview). An old
                     .xls and other formats are refused
  --month YYYY-MM    import this month only; lines dated outside it cannot be used
  --sheet NAME       the worksheet to read (xlsx)
  --map COLUMN=field a column the header does not name in a known way, by its header text or
                     letter: "--map 业务员=salesperson" --map F=amount (comma-separated or repeated).
                     Fields: date, salesperson, group, amount (needed); customer, region, product,
                     new-product, expense (optional; new-product fills actual.newProductRevenue;
                     a line with an expense line (费用科目) is spend and sets spend.<line>)
  --write            write the reports: existing ones get only actual.revenue, groups (and
                     actual.newProductRevenue, spend) replaced, every other byte kept; missing ones are
                     created from the monthly-report template as drafts. A report's figures share one
                     unit: 万 when each is a whole 100元, else 元
  --force            with --write: also rewrite reports with uncommitted changes
  --date YYYY-MM-DD  date of created reports (default: today, moved into the report's window)
  --check            reconciliation: list every difference between the reports and the export
  --allow-unmatched  import the usable lines although some lines cannot be used
  --format           text (default) or json (amounts in 分)
  --lang             zh-CN (default) or en (the global --lang)

The header row is found by its labels ("日期"/date, "销售员"/"业务员"/salesperson, "客户群"/customer
group, "金额"/"含税金额"/amount …) below any title rows. Salespeople match org.yaml's id, name, English name
or login, customer groups their id or name (full-width characters and spaces ignored). Blank rows,
repeated header rows, "小计" rows and one-cell notes are skipped; a "合计"/"总计" row is not a line and its
figure must equal the sum of the lines above it.
Exit status: 0 previewed, written or reconciled; 1 lines that cannot be used (without
--allow-unmatched), a total row that does not match, differences found by --check, or reports
with uncommitted changes; 2 usage error.`,
};
