import type { Text } from '../../../src/core/messages.ts';

/** `plan schema --help`, in both languages. */
export const schemaHelp: Text = {
  zh: `plan schema — 内容格式参考，由内容格式定义生成

用法：plan schema [--format markdown|json] [--write] [--check]

  --format   markdown（默认）：每种类型、每个字段、示例和规则代码
             json：每种类型一个 JSON Schema，以类型为键
  --write    写入 public/schemas/<type>.json 和 public/schemas/reference.md（门户提供的文件）
  --check    若 public/schemas/ 与内容格式定义生成的结果不同，以 1 退出

退出状态：0 正常，1 --check 发现文件过期，2 用法错误。`,
  en: `plan schema — the content format reference, generated from the schemas

Usage: plan schema [--format markdown|json] [--write] [--check]

  --format   markdown (default): every type, every field, an example and the rule codes
             json: one JSON Schema per type, keyed by type
  --write    write public/schemas/<type>.json and public/schemas/reference.md (what the portal serves)
  --check    exit 1 if public/schemas/ differs from what the schemas generate

Exit status: 0 ok, 1 --check found stale files, 2 usage error.`,
};
