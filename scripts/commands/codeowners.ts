import type { Text } from '../../src/core/messages.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeownersState, type CodeownersState } from '../../src/approvals/codeowners-sync.ts';
import { codeownersDiagnostic } from '../../src/rules/codeowners-sync.ts';
import { CODEOWNERS_PATH, CodeownersPathError } from '../../src/approvals/codeowners.ts';
import { placementOf } from '../../src/model/content-files.ts';
import { loadContent } from '../../src/model/load.ts';
import { EXIT, UsageError, langOf, textFor, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { diagnosticsAsText } from '../lib/format-diagnostics.ts';
import { InvalidContentError, invalidFileLines } from '../lib/invalid-content.ts';
import { invalidFiles } from '../../src/model/invalid-files.ts';

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

/** A content folder CODEOWNERS cannot name is a usage error, for writing and `--check` alike. */
function stateOrRefusal(...args: Parameters<typeof codeownersState>): CodeownersState {
  try {
    return codeownersState(...args);
  } catch (error) {
    if (error instanceof CodeownersPathError) throw new UsageError(error.message);
    throw error;
  }
}

export async function codeowners(options: { content: string; check: boolean }, io: Io): Promise<number> {
  const load = await loadContent(path.resolve(io.cwd, options.content), { cwd: io.cwd });
  // Owners from a partly read organisation would be wrong owners: no --allow-invalid here.
  const invalidOrgs = invalidFiles(load).filter((file) => placementOf(file.path)?.kind === 'org');
  if (invalidOrgs.length) {
    throw new InvalidContentError([textFor(io, say('codeowners.invalid-org')), ...invalidFileLines(invalidOrgs, langOf(io)), textFor(io, say('codeowners.invalid-org-hint'))].join('\n'));
  }
  if (load.orgs.length === 0) throw new UsageError(say('codeowners.no-org', { content: options.content }));
  const settings = { root: io.cwd, contentDir: options.content };
  const state = stateOrRefusal(load.orgs, settings);
  if (options.check) {
    const stale = codeownersDiagnostic(load.orgs, settings);
    if (state.actual === null) {
      io.err(textFor(io, say('codeowners.missing', { file: CODEOWNERS_PATH })));
      return EXIT.violations;
    }
    if (stale) {
      io.out(diagnosticsAsText([stale], langOf(io)));
      return EXIT.violations;
    }
    io.out(textFor(io, say('codeowners.current', { file: CODEOWNERS_PATH })));
    return EXIT.ok;
  }
  if (state.actual === state.expected) {
    io.out(textFor(io, say('codeowners.current-unchanged', { file: CODEOWNERS_PATH })));
    return EXIT.ok;
  }
  const patterns = state.expected.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length;
  io.out(textFor(io, say(state.actual === null ? 'codeowners.creating' : 'codeowners.updating', { file: CODEOWNERS_PATH, patterns, count: load.orgs.length })));
  mkdirSync(path.dirname(state.file), { recursive: true });
  const temp = `${state.file}.${process.pid}.tmp`;
  writeFileSync(temp, state.expected);
  renameSync(temp, state.file);
  return EXIT.ok;
}
