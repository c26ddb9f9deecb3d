import type { Text } from '../../../src/core/messages.ts';

/** `plan cms --help`, in both languages. */
export const cmsHelp: Text = {
  zh: `plan cms — /admin/ 编辑器（Decap CMS）的配置，由内容格式生成

用法：plan cms [--content DIR] [--write] [--check]

  （无选项）  输出配置（YAML）
  --write    写入 public/admin/config.yml，门户将其提供给编辑器
  --check    若 public/admin/config.yml 与内容格式和 org.yaml 生成的结果不同，以 1 退出

每种文件类型、每个年度一个集合，目录结构与 content/ 一致，金额按 plan check 相同的写法校验，
人员、单位、客户群和费用科目取自各年度的 org.yaml。修改内容格式或 org.yaml 后请运行 --write。

退出状态：0 正常，1 --check 发现文件过期（或某个 org.yaml 有错误），2 用法错误。`,
  en: `plan cms — the configuration of the editor at /admin/ (Decap CMS), generated from the schemas

Usage: plan cms [--content DIR] [--write] [--check]

  (no flag)  print the configuration (YAML)
  --write    write public/admin/config.yml, which the portal serves to the editor
  --check    exit 1 if public/admin/config.yml differs from what the schemas and org.yaml files generate

One collection per document type and year, with the layout of content/, amounts checked by the
same syntax plan check reads, and people, units, customer groups and expense lines from each
year's org.yaml. Run --write after changing a schema or an org.yaml.

Exit status: 0 ok, 1 --check found a stale file (or an org.yaml has errors), 2 usage error.`,
};
