import { messages } from './messages.ts';

/**
 * What a file that cannot be read says, in Chinese and English (see src/core/messages.ts): YAML and
 * frontmatter syntax, amounts, schema issues and the content folder. Used by src/core and src/model.
 */
export const say = messages({
  // Amounts (money.ts)
  'money.forms': { zh: '应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额', en: 'expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元' },
  'money.unexpected': { zh: '无法识别的金额 {input}，{expected}', en: 'Unexpected {input}, {expected}' },
  'money.empty': { zh: '金额为空，{expected}', en: 'Unexpected empty amount, {expected}' },
  'money.too-long': { zh: '金额有 {length} 个字符，最多 {max} 个：{expected}', en: 'Unexpected amount of {length} characters, expected at most {max}: {expected}' },
  'money.mistake': { zh: '金额 {input} 中有{form}，{expected}{advice}', en: 'Unexpected {form} {input}, {expected}{advice}' },
  'money.advice': { zh: '；请写 {fix}', en: '; write {fix}' },
  'money.infinite': { zh: '无法识别的金额 {input}，应为有限的数值', en: 'Unexpected {input}, expected a finite amount' },
  'money.too-large': { zh: '金额 {input} 太大，最多 ±{max}', en: 'Unexpected amount too large {input}, expected at most ±{max}' },
  'money.too-fine': { zh: '{input} 含不足一分的零头，应为整数分（元最多 2 位小数，万 6 位，亿 10 位）', en: 'Unexpected fraction of a 分 in {input}, expected a whole number of 分 (at most 2 decimal places of yuan, 6 of 万, 10 of 亿)' },
  'money.form.full-width': { zh: '全角字符', en: 'full-width characters in' },
  'money.form.infinity': { zh: '无穷大或非数值', en: 'infinity or not-a-number' },
  'money.form.hex': { zh: '十六进制写法', en: 'hexadecimal literal' },
  'money.form.octal': { zh: '八进制写法', en: 'octal literal' },
  'money.form.binary': { zh: '二进制写法', en: 'binary literal' },
  'money.form.exponent': { zh: '科学计数法', en: 'scientific notation' },
  'money.form.underscore': { zh: '下划线', en: 'underscores in' },
  'money.form.space': { zh: '数字中间的空格', en: 'space inside the digits of' },
  'money.form.sign': { zh: '货币符号后的正负号', en: 'sign after the currency sign in' },
  'money.form.parentheses': { zh: '用括号或末尾减号表示负数', en: 'parentheses or trailing minus for a negative in' },
  'money.form.commas': { zh: '不是每三位一组的逗号', en: 'commas that do not group the digits in threes in' },
  'money.negative': { zh: '金额 {written} 为负数，应为 0 或以上：这个数字不能为负', en: 'Unexpected negative amount {written}, expected 0 or more: this figure cannot be negative' },
  'money.missing': { zh: '缺少字段 "{field}"，应为 120万 这样的金额', en: 'Missing field "{field}", expected an amount like 120万' },

  // Frontmatter and files (source.ts)
  'source.unsafe-language': { zh: '不支持 "---{language}" frontmatter，应在 "---" 行之间写 YAML（其他语言从不执行）', en: 'Unexpected "---{language}" frontmatter, expected YAML between "---" lines (other languages are never evaluated)' },
  'source.binary': { zh: '文件是二进制内容，应为 UTF-8 文本文件', en: 'Unexpected binary content, expected a UTF-8 text file' },
  'source.not-utf8': { zh: '文件含非 UTF-8 字节，应为 UTF-8 文本文件', en: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file' },
  'source.empty-document': { zh: '文件为空，应在 "---" 行之间写 YAML frontmatter', en: 'Unexpected empty file, expected YAML frontmatter between "---" lines' },
  'source.no-opening': { zh: '第 1 行内容不对，文件应以 "---" 和 YAML frontmatter 开头', en: 'Unexpected content on line 1, expected the file to start with "---" and YAML frontmatter' },
  'source.no-closing': { zh: '文件意外结束，frontmatter 之后应有一行 "---"', en: 'Unexpected end of file, expected a closing "---" line after the frontmatter' },
  'source.empty-yaml': { zh: '文件为空，应为 YAML', en: 'Unexpected empty file, expected YAML' },
  'source.invalid-yaml': { zh: 'YAML 无效：{reason}', en: 'Invalid YAML: {reason}' },

  // YAML syntax (yaml.ts)
  'yaml.duplicate-key': { zh: '键 "{key}" 重复{where}，同一映射中每个键只能出现一次：删除其中一个或改名', en: 'Unexpected second key "{key}"{where}, expected each key once in a mapping: delete one of the two or rename it' },
  'yaml.duplicate-key.where': { zh: '（第一个在上方 {count} 行）', en: ' (the first is {count} lines above)', enOne: ' (the first is {count} line above)' },
  'yaml.tab': { zh: '缩进中有制表符，应使用空格：把制表符换成空格，与上面的键对齐', en: 'Unexpected tab in the indentation, expected spaces: replace the tab with spaces, lined up with the keys above' },
  'yaml.mapping-indent': {
    zh: '这个键的缩进不对，应与同一映射中的其他键对齐（且同一行的值中不能有 ": "）：按同级键缩进，或给含 ": " 的值加引号',
    en: 'Unexpected indentation of this key, expected it to line up with the keys of its mapping (and a value on the same line to hold no ": "): indent it like its siblings, or quote a value that contains ": "',
  },
  'yaml.sequence-indent': { zh: '这个 "- " 项的缩进不对，应与列表中其他项对齐', en: 'Unexpected indentation of this "- " item, expected it to line up with the other items of its list' },
  'yaml.no-key': {
    zh: '这一行不是 "键: 值"，frontmatter 的每一行应为 "键: 值"（冒号后有空格）、"- " 列表项或键下缩进的文字：补上键或冒号后的空格，或把这一行缩进到所属的键下',
    en: 'Unexpected line without "key: value", expected every frontmatter line to be "key: value" (a space after the colon), a "- " list item or indented text under a key: add the key or the space after the colon, or indent the line under the key it belongs to',
  },
  'yaml.no-colon': { zh: '键后没有冒号，应为 "键: 值"', en: 'Unexpected key without a colon, expected "key: value"' },
  'yaml.stray-text': { zh: '多余的文字，应为 "键: 值"（冒号后有空格），并与上面的键对齐：补上空格或修正缩进', en: 'Unexpected text, expected "key: value" with a space after the colon, lined up with the keys above: add the space or fix the indentation' },
  'yaml.double-quote': { zh: '"…" 字符串中 YAML 意外结束，缺少右双引号：在同一行闭合引号', en: 'Unexpected end of the YAML inside a "…" string, expected a closing double quote: close the quote on the same line' },
  'yaml.single-quote': { zh: "'…' 字符串中 YAML 意外结束，缺少右单引号（字符串中的单引号写作 ''）：在同一行闭合引号", en: "Unexpected end of the YAML inside a '…' string, expected a closing single quote (write '' for a quote inside): close the quote on the same line" },
  'yaml.flow-end': { zh: '[ ] 或 { } 中 YAML 意外结束，缺少 ] 或 }：闭合括号', en: 'Unexpected end of the YAML inside [ ] or { }, expected a closing ] or }: close the bracket' },
  'yaml.flow-comma': { zh: '[ ] 或 { } 中的条目前缺少逗号，条目之间应有逗号，或以 ] 或 } 结束', en: 'Unexpected entry without a comma before it inside [ ] or { }, expected a comma between entries or the closing ] or }' },
  'yaml.comma': { zh: '逗号前没有值，应有一个值：删除逗号，或给以逗号开头的文字加引号', en: 'Unexpected comma without a value before it, expected a value: remove the comma, or quote a text that starts with one' },
  'yaml.control': { zh: '有控制字符 {char}，应为可打印的文字：删除它', en: 'Unexpected control character {char}, expected printable text: delete it' },
  'yaml.escape': { zh: '"…" 字符串中有无效的反斜杠转义，应为 \\\\ \\" \\n \\t \\uXXXX 之一：反斜杠写作 \\\\，或改用单引号', en: 'Unexpected backslash escape in a "…" string, expected one of \\\\ \\" \\n \\t \\uXXXX: write \\\\ for a backslash, or use single quotes' },
  'yaml.hex': { zh: '\\x/\\u 转义中有无效字符，应为十六进制数字：反斜杠写作 \\\\，或改用单引号', en: 'Unexpected character in a \\x/\\u escape, expected hexadecimal digits: write \\\\ for a backslash, or use single quotes' },
  'yaml.tag': { zh: '有 YAML 标签（以 "!" 开头的词），应为普通值：删除标签，或给以 "!" 开头的文字加引号', en: 'Unexpected YAML tag (a word starting with "!"), expected plain values: remove the tag, or quote a text that starts with "!"' },
  'yaml.alias': { zh: '别名（以 "*" 开头的词）没有对应的锚点，应为普通值：给以 "*" 开头的文字加引号', en: 'Unexpected alias (a word starting with "*") that names no anchor, expected a plain value: quote a text that starts with "*"' },
  'yaml.space-after-colon': { zh: '":" 后紧跟字符，键和值之间应有一个空格', en: 'Unexpected character right after ":", expected a space between the key and its value' },
  'yaml.anchor': { zh: '第二个锚点（"&name"），最多一个：删除一个，或给以 "&" 开头的文字加引号', en: 'Unexpected second anchor ("&name"), expected at most one: remove one, or quote a text that starts with "&"' },
  'yaml.full-width-colon': { zh: '"{line}" 中用了全角冒号 "："，应为 ":" 加空格：写作 "{fixed}"', en: 'Unexpected full-width colon "：" in "{line}", expected ":" and a space: write "{fixed}"' },
  'yaml.other': { zh: 'YAML 错误：{reason}', en: '{reason} (YAML)' },

  // Schema issues (zod-issues.ts)
  'schema.unknown-key': { zh: '未知的键 "{key}"{known}', en: 'Unexpected key "{key}"{known}' },
  'schema.did-you-mean': { zh: '，是否想写 "{close}"？', en: ', did you mean "{close}"?' },
  'schema.one-of-keys': { zh: '，应为以下之一：{keys}', en: ', expected one of {keys}' },
  'schema.missing-field': { zh: '缺少字段 "{field}"，应为 {expected}', en: 'Missing field "{field}", expected {expected}' },
  'schema.plain-number': { zh: '{value} 无法识别，应为普通十进制数字（如 12 或 3.5）', en: 'Unexpected {value}, expected a number written in plain decimal digits (like 12 or 3.5)' },
  'schema.type': { zh: '{value} 无法识别，应为 {expected}{fix}', en: 'Unexpected {value}, expected {expected}{fix}' },
  'schema.whole-number': { zh: '整数', en: 'a whole number' },
  'schema.full-width-digits': { zh: '（全角数字是文字）：请写 {ascii}', en: ' (full-width digits are text): write {ascii}' },
  'schema.value': { zh: '{value} 无法识别，应为 {values}', en: 'Unexpected {value}, expected {values}' },
  'schema.one-of': { zh: '以下之一：{values}', en: 'one of {values}' },
  'schema.size': { zh: '{value} 不符合要求，{detail}', en: 'Unexpected {value}, {detail}' },
  'schema.other': { zh: '{value} 无法识别：{detail}', en: 'Unexpected {value}: {detail}' },
  'schema.nothing': { zh: '空值', en: 'nothing' },
  'schema.a-list': { zh: '列表', en: 'a list' },
  'schema.a-mapping': { zh: '映射', en: 'a mapping' },
  'schema.items': { zh: '{count} 项', en: '{count} item(s)' },
  'schema.control': { zh: '{value} 中有控制字符 {code}，应为一行可打印的文字：删除它', en: 'Unexpected control character {code} in {value}, expected printable text on one line: delete it' },
  // A schema's own phrases (src/schemas/common.ts), shown after the value they refuse.
  'schema.id': { zh: '应为 "zhang-san" 这样的小写 id（字母、数字和单个连字符）', en: 'expected a lowercase id like "zhang-san" (letters, digits and single hyphens)' },
  'schema.date': { zh: '应为 2026-03-31 这样的日期', en: 'expected a date like 2026-03-31' },
  'schema.real-date': { zh: '应为真实存在的日期', en: 'expected a real calendar date' },

  // The content folder (model/load.ts)
  'load.no-dir': { zh: '内容目录 "{dir}" 不存在；应为 content/ 这样的目录，其中有 <年份>/org.yaml', en: 'Content directory "{dir}" does not exist; expected a folder like content/ with <year>/org.yaml inside' },
  'load.not-regular': {
    zh: '内容目录中有 {count} 个符号链接或特殊文件；Planbook 不读取它们（跳过它们会让其中的数字从所有合计中漏掉）：\n  {files}\n应为普通文件和目录：请用链接所指的文件或目录替换链接（Git 只保存链接本身，不保存它指向的内容）',
    en: 'The content folder holds {count} symbolic links or special files, which Planbook does not read (their figures would be left out of every total):\n  {files}\nexpected regular files and folders: replace each link by the file or folder it points to (Git stores the link, not what it points to)',
    enOne: 'The content folder holds {count} symbolic link or special file, which Planbook does not read (its figures would be left out of every total):\n  {files}\nexpected regular files and folders: replace the link by the file or folder it points to (Git stores the link, not what it points to)',
  },
  'load.not-dir': { zh: '"{dir}" 不是目录；应为内容目录', en: '"{dir}" is not a directory; expected the content folder' },
  'load.unreadable': { zh: '无法读取', en: 'could not be read' },
  'load.file-type': { zh: '不支持的文件类型 "{ext}"，内容应为 .mdx、.md 或 .yaml', en: 'Unexpected file type "{ext}", expected .mdx, .md or .yaml content' },
  'load.missing-type': { zh: '缺少字段 "type"，应为以下之一：{types}', en: 'Missing field "type", expected one of {types}' },
  'load.unknown-type': { zh: '未知的 type {type}，应为以下之一：{types}', en: 'Unexpected type {type}, expected one of {types}' },
});
