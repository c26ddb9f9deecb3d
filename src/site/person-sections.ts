import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WaitingDocument } from '../approvals/pending.ts';
import type { Provenance } from '../approvals/provenance.ts';
import type { Lang } from '../i18n/index.ts';
import type { Obligation } from '../model/calendar.ts';
import type { LoadedDocument } from '../model/load.ts';
import type { PersonContent } from '../model/model.ts';
import type { Org } from '../schemas/index.ts';
import { hasPrerenderedBodies, prerenderedBody } from './body.ts';
import type { SectionDocument } from './document-section.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { BASE } from './urls.ts';

// A person's page holds about 25 document sections (src/site/document-section.ts): at 10,000 people
// writing them was the largest part of Astro's one rendering thread. When the bodies were rendered
// while the content was read (src/site/load.ts), the sections of the next people's pages are written
// on worker threads (src/site/section-worker.ts) ahead of Astro, which then only inserts the HTML.

/** A person's documents in reading order: the annual plan, then each month's plan and report. */
export function personDocuments(content: PersonContent | undefined): LoadedDocument[] {
  if (!content) return [];
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  return [content.plan, ...months.flatMap((month) => [content.monthlyPlans.get(month), content.reports.get(month)])].filter((document) => document !== undefined);
}

/** A document as a section worker gets it: what its section shows, with its body's HTML and its approval and due state. */
export interface SentDocument extends SectionDocument {
  html: string;
  provenance: Provenance | undefined;
  waiting: WaitingDocument | undefined;
  obligation: Obligation | undefined;
}

export interface SectionJob {
  id: number;
  year: number;
  /** Whether the build has any ledger record (SectionContext.ledgerInUse). */
  ledgerInUse: boolean;
  documents: SentDocument[];
}

export interface SectionWorkerInput {
  /** Each year's organisation, which names people, units and roles in the sections. */
  orgs: [number, Org | undefined][];
}

export type SectionResult = { id: number; html: Record<Lang, string> };

/** People whose sections are written ahead of the page Astro renders: enough to keep the workers busy, few enough to hold. */
const AHEAD = 48;

interface Pending {
  promise: Promise<Record<Lang, string>>;
  /** Languages whose page has not taken the HTML yet: the entry goes when both have. */
  left: number;
}

class SectionPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (html: Record<Lang, string>) => void; reject: (error: Error) => void }>();
  private readonly ready = new Map<string, Pending>();
  /** People whose page writes its sections itself (a body needs figures, or no documents). */
  private readonly onPage = new Set<string>();
  private readonly position: Map<string, number>;
  private nextId = 0;
  private failure: Error | undefined;
  private readonly site: SiteModel;
  /** Every person page in the order Astro renders them, one entry per person (src/site/routes.ts personPaths). */
  private readonly order: { year: number; person: string }[];

  constructor(site: SiteModel, order: { year: number; person: string }[], worker: string, count: number) {
    this.site = site;
    this.order = order;
    this.position = new Map(order.map(({ year, person }, index) => [`${year}/${person}`, index]));
    const input: SectionWorkerInput = { orgs: site.years.map((view) => [view.year, view.content.org?.data]) };
    this.workers = Array.from({ length: count }, () => {
      const thread = new Worker(worker, { workerData: input, env: { ...process.env, PLANBOOK_SITE_BASE_URL: BASE } });
      thread.on('message', ({ id, html }: SectionResult) => {
        this.waiting.get(id)?.resolve(html);
        this.waiting.delete(id);
        this.holdOpen();
      });
      thread.on('error', (error) => this.fail(error));
      thread.on('exit', (code) => code !== 0 && this.fail(new Error(`portal section worker stopped with exit code ${code}`)));
      return thread;
    });
    this.holdOpen();
  }

  /**
   * The workers keep the process alive while a page waits for their HTML (else Node would end the
   * build there, its event loop empty), and never once nothing is asked of them.
   */
  private holdOpen(): void {
    for (const thread of this.workers) {
      if (this.waiting.size > 0) thread.ref();
      else thread.unref();
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
    this.holdOpen();
  }

  /** The sections of `person`'s page in `lang`, or undefined when the page writes them itself. */
  sections(year: number, person: string, lang: Lang): Promise<string> | undefined {
    const key = `${year}/${person}`;
    const at = this.position.get(key);
    if (at !== undefined) {
      for (let index = at; index < Math.min(this.order.length, at + AHEAD); index++) {
        const next = this.order[index] as { year: number; person: string };
        this.start(next.year, next.person);
      }
    }
    const pending = this.ready.get(key) ?? this.start(year, person);
    if (!pending) return undefined;
    // Each page (one per language) takes its HTML once: the entry goes when both have.
    if (--pending.left === 0) this.ready.delete(key);
    return pending.promise.then((html) => html[lang]);
  }

  /** Sends a person's sections to a worker, once; undefined when their page writes them itself. */
  private start(year: number, person: string): Pending | undefined {
    const key = `${year}/${person}`;
    const known = this.ready.get(key);
    if (known || this.onPage.has(key)) return known;
    const view = this.site.years.find((candidate) => candidate.year === year);
    const documents = view ? personDocuments(view.content.people.get(person)) : [];
    const sent: SentDocument[] = [];
    for (const document of documents) {
      const html = prerenderedBody(document.path);
      if (html === undefined) break;
      const { file, path: contentPath, data } = document;
      sent.push({ file, path: contentPath, data, html, provenance: this.site.provenance.get(contentPath), waiting: this.site.waitingByPath.get(contentPath), obligation: view?.obligationByPath.get(contentPath) });
    }
    if (!view || documents.length === 0 || sent.length < documents.length) {
      this.onPage.add(key);
      return undefined;
    }
    const id = this.nextId++;
    const promise = this.failure
      ? Promise.reject(this.failure)
      : new Promise<Record<Lang, string>>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    if (!this.failure) {
      const job: SectionJob = { id, year, ledgerInUse: this.site.provenance.size > 0, documents: sent };
      (this.workers[id % this.workers.length] as Worker).postMessage(job);
      this.holdOpen();
    }
    const pending = { promise, left: 2 };
    this.ready.set(key, pending);
    return pending;
  }
}

let pool: SectionPool | undefined;

/**
 * The HTML of a person page's document sections in `lang`, written on a worker thread, or undefined
 * when the page writes them itself: no bodies were rendered while reading (a small company, a
 * rebuild from the cache) or one of this person's bodies needs figures. `order` gives the person
 * pages in the order Astro renders them, read once, so the next people's sections are written ahead.
 */
export async function personSectionsHtml(site: SiteModel, view: YearView, person: string, lang: Lang, order: () => Promise<{ year: number; person: string }[]>): Promise<string | undefined> {
  if (!pool) {
    if (!hasPrerenderedBodies()) return undefined;
    const seen = new Set<string>();
    const people = (await order()).filter(({ year, person: id }) => !seen.has(`${year}/${id}`) && seen.add(`${year}/${id}`));
    pool ??= new SectionPool(site, people, path.resolve(process.cwd(), 'src/site/section-worker.ts'), Math.max(1, availableParallelism() - 1));
  }
  return pool.sections(view.year, person, lang);
}
