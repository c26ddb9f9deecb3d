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

/** A content folder CODEOWNERS cannot name is a usage error, for writing and `--check` alike. */
function stateOrRefusal(...args: Parameters<typeof codeownersState>): CodeownersState {
  try {
    return codeownersState(...args);
  } catch (error) {
    if (error instanceof CodeownersPathError) throw new UsageError(error.text);
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
