import path from 'node:path';
import { diffAsJson, diffAsMarkdown } from '../../src/approvals/diff-report.ts';
import { contentFolderIn, repositoryAt, resolveCommit } from '../../src/approvals/git.ts';
import { diffPlans } from '../../src/approvals/plan-diff.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { joinTexts } from '../../src/core/messages.ts';
import { say } from '../lib/cli-messages.ts';

export async function diff(options: { refs: string[]; format?: string | undefined; repo?: string | undefined; content?: string | undefined; asOf?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['markdown', 'json'] as const, 'markdown');
  const [baseRef, headRef = 'HEAD', ...extra] = options.refs;
  if (!baseRef) throw new UsageError(say('diff.base'));
  if (extra.length) throw new UsageError(say('usage.extra-argument', { value: extra[0] ?? '', expected: 'BASE [HEAD]' }));
  const asOf = dateOption('--as-of', options.asOf);
  const repo = repositoryAt(path.resolve(io.cwd, options.repo ?? '.'));
  const [base, head] = [await resolveCommit(repo, baseRef), await resolveCommit(repo, headRef)];
  const contentDir = await contentFolderIn(repo, options.content ?? 'content', [base, head]);
  const result = await diffPlans(repo, base, head, { asOf, contentDir });
  const sides = (['base', 'head'] as const).flatMap((side) => result.invalid[side].map((file) => ({ ...file, error: { ...file.error, message: joinTexts([file.error.message, say('diff.at-side', { side, commit: (side === 'base' ? base : head).slice(0, 7) })]) } })));
  const banner = guardFigures(sides, { allowInvalid: options.allowInvalid === true, command: 'diff', io });
  io.out(format === 'json' ? diffAsJson(result) : `${banner ? `> ${banner}\n\n` : ''}${diffAsMarkdown(result, langOf(io))}`);
  return EXIT.ok;
}
