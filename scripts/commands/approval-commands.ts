import type { Io } from '../lib/cli.ts';
import { approvals, approvalsHelp } from './approvals.ts';
import { codeowners, codeownersHelp } from './codeowners.ts';
import { diff, diffHelp } from './diff.ts';

type Values = Record<string, string | boolean | undefined>;

/** The Git approval commands (issue 4), in the shape scripts/plan.ts registers, so plan.ts stays a one-line merge. */
interface ApprovalCommand {
  summary: string;
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run: (values: Values, positionals: string[], io: Io) => Promise<number>;
}

const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
const string = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

export const approvalCommands: Record<string, ApprovalCommand> = {
  codeowners: {
    summary: 'write .github/CODEOWNERS from the organisation files (--check: is it current?)',
    help: codeownersHelp,
    options: { content: string, check: flag },
    run: (values, _, io) => codeowners({ content: str(values['content']) ?? 'content', check: values['check'] === true }, io),
  },
  approvals: {
    summary: "is each document a pull request changes approved along the seed's chain?",
    help: approvalsHelp,
    options: { repo: string, base: string, head: string, reviews: string, pr: string, author: string, github: flag, 'pr-number': string, record: flag, content: string, format: string, explain: flag },
    run: (values, _, io) =>
      approvals(
        {
          repo: str(values['repo']),
          base: str(values['base']),
          head: str(values['head']),
          reviews: str(values['reviews']),
          pr: str(values['pr']),
          author: str(values['author']),
          github: values['github'] === true,
          prNumber: str(values['pr-number']),
          record: values['record'] === true,
          content: str(values['content']),
          format: str(values['format']),
          explain: values['explain'] === true,
        },
        io,
      ),
  },
  diff: {
    summary: 'what a change does: figures that moved, checks broken or fixed, approvals needed',
    help: diffHelp,
    options: { format: string, repo: string, content: string, 'as-of': string },
    run: (values, positionals, io) => diff({ refs: positionals, format: str(values['format']), repo: str(values['repo']), content: str(values['content']), asOf: str(values['as-of']) }, io),
  },
};
