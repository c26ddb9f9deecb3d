import type { Text } from '../../../src/core/messages.ts';
import { CODEOWNERS_PATH } from '../../../src/approvals/repo-paths.ts';

/** `plan codeowners --help`, in both languages. */
export const codeownersHelp: Text = {
  zh: `plan codeowners — 根据组织文件写入 ${CODEOWNERS_PATH}

用法：plan codeowners [--check] [--content DIR]

  --check         不写入；已提交的文件过期时以 1 退出
  --content DIR   内容目录（默认：content）；CODEOWNERS 写入当前目录的 .github/

每份文件的负责人是其审批链中各角色的 GitHub 登录名（预算：副总裁、财务、总经理；个人目录：
其单位经理，经理本人所写的计划再加副总裁）；组织文件以及内容目录以外的所有文件（代码、脚本、
工作流、审批记录：默认负责人 '*'）归总经理和管理员。

退出状态：0 已写入或已是最新，1 已过期（--check）或某个 org.yaml 无效，2 用法错误。`,
  en: `plan codeowners — write ${CODEOWNERS_PATH} from the organisation files

Usage: plan codeowners [--check] [--content DIR]

  --check         do not write; exit 1 when the committed file is out of date
  --content DIR   content folder (default: content); CODEOWNERS is written in the current folder's .github/

Owners of each document are the GitHub logins of the roles in its approval chain (budget: VP,
finance, GM; a person's folder: their unit manager, with the VP for plans the manager writes);
the org files and every file outside the content folder (code, scripts, workflows, the ledger:
the '*' default owner) belong to the GM and administrators.

Exit status: 0 written or up to date, 1 out of date (--check) or an org.yaml is invalid, 2 usage error.`,
};
