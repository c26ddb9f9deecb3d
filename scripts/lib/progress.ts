// How `npm run build` and `npm start` show their steps, the way build tools do: on a terminal one
// line per step that updates in place (count and elapsed time), in a log (CI) a plain line now and
// then; each step ends with its own duration, and the run with a summary of all of them. Every
// word is in the reader's language (src/site/build-messages.ts).
import type { Lang } from '../../src/core/lang.ts';
import { isText, textIn, type Text } from '../../src/core/messages.ts';
import { say } from '../../src/site/build-messages.ts';

/** Where progress is written: a terminal redraws the current line, anything else gets whole lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** The language of the steps' lines and the summary (default Chinese, as PLANBOOK_LANG's default). */
  lang?: Lang;
  /** Redraw in place (default: the stream is a terminal). */
  tty?: boolean;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
  /** Without a terminal, at most one progress line per this many milliseconds (default 10 s). */
  logEvery?: number;
}

/** One finished step, for the summary (title and detail in the progress's language). */
export interface StepTime {
  title: string;
  seconds: number;
  detail?: string | undefined;
}

/** One running step. `count` moves its counter; `done` ends it with its own duration. */
export interface Step {
  /** `what` says the count in both languages, with its plural (`pagesCounted`, src/site/build-messages.ts). */
  count(n: number, what: (n: number) => Text): void;
  /** A line of output that belongs above the progress line (a diagnostic, a warning): as it is, or in the progress's language. */
  print(text: string | Text): void;
  done(detail?: Text): StepTime;
}

/** Erase the terminal line and return to its start (ANSI "erase in line"). */
const CLEAR = '\r\u001b[2K';
/** A terminal is redrawn at most this often, so thousands of pages do not flood it. */
const REDRAW_MS = 100;

/** Progress for one run of steps; `summary` prints what each took and the total. */
export function createProgress({ stream = process.stdout, lang = 'zh-CN', tty = stream.isTTY === true, now = () => performance.now(), logEvery = 10_000 }: ProgressOptions = {}) {
  const started = now();
  const finished: StepTime[] = [];
  const inLang = (text: Text) => textIn(text, lang);
  /** "plan check: 294 files (0.4 s)", or without a status "plan check (0.4 s)". */
  const titled = (title: string, status: string, ms: number) => {
    const seconds = (ms / 1000).toFixed(1);
    return inLang(status ? say('progress.line', { title, status, seconds }) : say('progress.line-bare', { title, seconds }));
  };

  function step(titleText: Text): Step {
    const title = inLang(titleText);
    const stepStarted = now();
    let shown = '';
    let lastDraw = -Infinity;
    let lastLog = stepStarted;
    const line = (status: string) => `▸ ${titled(title, status, now() - stepStarted)}`;
    const draw = (status: string) => {
      shown = status;
      if (tty) stream.write(`${CLEAR}${line(status)}`);
    };
    if (tty) draw('');
    else stream.write(`▸ ${title}\n`);
    // The elapsed time moves on a terminal even while the tool reports nothing (Astro's start-up).
    const ticker = tty ? setInterval(() => draw(shown), 1000) : undefined;
    ticker?.unref();
    return {
      count(n, what) {
        const status = inLang(what(n));
        const at = now();
        if (tty && at - lastDraw >= REDRAW_MS) {
          lastDraw = at;
          draw(status);
        } else if (!tty && at - lastLog >= logEvery) {
          lastLog = at;
          stream.write(`  ${line(status).slice(2)}\n`);
        }
        shown = status;
      },
      print(said) {
        const text = isText(said) ? inLang(said) : said;
        if (tty) stream.write(`${CLEAR}${text}\n${line(shown)}`);
        else stream.write(`${text}\n`);
      },
      done(detailText) {
        clearInterval(ticker);
        const ms = now() - stepStarted;
        const detail = detailText && inLang(detailText);
        const time: StepTime = { title, seconds: ms / 1000, detail };
        finished.push(time);
        stream.write(`${tty ? CLEAR : ''}✓ ${titled(title, detail ?? '', ms)}\n`);
        return time;
      },
    };
  }

  /** "✓ built dist/ in 12.3 s (plan check 0.5 s · astro build 7.6 s · …)", in the progress's language. */
  function summary(what: Text): string {
    const steps = finished.map((time) => inLang(say('progress.summary-step', { title: time.title, seconds: time.seconds.toFixed(1) }))).join(' · ');
    const text = inLang(say('progress.summary', { what, seconds: ((now() - started) / 1000).toFixed(1), steps }));
    stream.write(`${text}\n`);
    return text;
  }

  return { step, summary };
}

export type Progress = ReturnType<typeof createProgress>;

/**
 * Astro's per-page line: `08:12:01   ├─ /2026/units/east/index.html (+13ms)`, the page's start and,
 * once its file is written, its time. With two pages in flight (build.concurrency) a page can start
 * before the other's time is printed: `…├─ /a.html08:12:01   ├─ /b.html (+13ms)` then ` (+9ms)`.
 * Only a line with one page and its time says that page's file is written.
 */
const PAGE_LINE = /^(?:\d\d:\d\d:\d\d)?\s+[├└]─ \/(\S+) \(\+[\d.]+m?s\)\s*$/;
/** A page line mixed with another page's, or a time printed alone after one. */
const PAGE_PIECE = /[├└]─ \/|^\s*\(\+[\d.]+m?s\)\s*$/;
/** Astro's informational lines (`12:00:01 [build] …`, `[vite] ✓ built`), the headings and blank lines: counted by us, not shown. */
const CHATTER = /^(?:\d\d:\d\d:\d\d )?\[(?:build|vite|types|content|assets|glob-loader|check)\] |^\s*generating static routes\s*$|^(?:\d\d:\d\d:\d\d )?✓ Completed in |^\s*$/;
/** "[build] 644 page(s) built in 7.63s": Astro's own total. */
const BUILT = /\[build\] (\d+) page\(s\) built/;
// ANSI colour codes Astro adds when it thinks it writes to a terminal.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point.
const ANSI = /\u001b\[[0-9;]*m/g;

/** What one line of `astro build` output is to the progress display. */
export type AstroLine = { kind: 'page'; file?: string } | { kind: 'built'; pages: number } | { kind: 'chatter' } | { kind: 'show'; text: string };

/**
 * Sorts a line of Astro's output: a page built (with its file, relative to the site, when the line
 * shows that file written), its final count, chatter to hide, or something to show (warnings, errors).
 */
export function readAstroLine(raw: string): AstroLine {
  const text = raw.replace(ANSI, '');
  const page = PAGE_LINE.exec(text);
  if (page?.[1]) return { kind: 'page', file: page[1] };
  if (PAGE_PIECE.test(text)) return /[├└]─ \//.test(text) ? { kind: 'page' } : { kind: 'chatter' };
  const built = BUILT.exec(text);
  if (built) return { kind: 'built', pages: Number(built[1]) };
  if (CHATTER.test(text) && !/\b(?:WARN|ERROR|warn|error)\b/.test(text)) return { kind: 'chatter' };
  return { kind: 'show', text };
}
