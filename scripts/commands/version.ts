import { textIn } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import path from 'node:path';
import { repositoryAt } from '../../src/approvals/git.ts';
import { createVersionTag, listVersionTags, type VersionTag } from '../../src/approvals/version-tags.ts';
import { textTable } from '../../src/core/text-table.ts';
import { EXIT, UsageError, langOf, textFor, type Io } from '../lib/cli.ts';
import { formatOption } from '../lib/options.ts';
import { say } from '../lib/cli-messages.ts';

export async function version(positionals: readonly string[], options: { message?: string | undefined; ref?: string | undefined; repo?: string | undefined; format?: string | undefined }, io: Io): Promise<number> {
  const [action, name, ...extra] = positionals;
  const repo = repositoryAt(path.resolve(io.cwd, options.repo ?? '.'));
  if (action === 'list') {
    if (name !== undefined) throw new UsageError(say('version.list-args', { value: name }));
    const format = formatOption(options.format, ['text', 'json'] as const, 'text');
    const versions = await listVersionTags(repo);
    io.out(format === 'json' ? JSON.stringify({ version: 1, versions }, null, 2) : versionsText(versions, langOf(io)));
    return EXIT.ok;
  }
  if (action === 'tag') {
    if (name === undefined) throw new UsageError(say('version.missing-name'));
    if (extra.length) throw new UsageError(say('version.extra', { value: extra[0] ?? '' }));
    const created = await createVersionTag(repo, { name, message: options.message, ref: options.ref ?? 'HEAD' });
    io.out(textFor(io, say('version.named', { name: created.name, commit: created.commit.slice(0, 7), by: created.by, message: created.message })));
    return EXIT.ok;
  }
  throw new UsageError(action === undefined ? say('version.missing-action') : say('version.action', { value: action }));
}

function versionsText(versions: readonly VersionTag[], lang: Lang): string {
  if (versions.length === 0) return textIn(say('version.none'), lang);
  const header = (['version.col-name', 'version.col-date', 'version.col-commit', 'version.col-by', 'version.col-message'] as const).map((id) => textIn(say(id), lang));
  const lightweight = textIn(say('version.lightweight'), lang);
  return textTable([header, ...versions.map((version) => [version.name, version.date, version.commit.slice(0, 7), version.by, `${version.message}${version.annotated ? '' : lightweight}`])], ['left', 'left', 'left', 'left', 'left']);
}
