import { parentPort, workerData } from 'node:worker_threads';
import { LANGS, type Lang } from '../i18n/index.ts';
import { editUrls } from './deploy.ts';
import { sectionHtml, type SectionContext } from './document-section.ts';
import type { SectionJob, SectionResult, SectionWorkerInput, SentDocument } from './person-sections.ts';

/**
 * A portal section worker (src/site/person-sections.ts): writes the document sections of a person's
 * page in both languages with the functions the pages use (src/site/document-section.ts), from the
 * documents, bodies and approval states it is sent.
 */
const { orgs } = workerData as SectionWorkerInput;
const orgOf = new Map(orgs);
const editLink = editUrls();

parentPort?.on('message', (job: SectionJob) => {
  const byPath = new Map(job.documents.map((document) => [document.path, document]));
  const context: SectionContext<SentDocument> = {
    org: orgOf.get(job.year),
    ledgerInUse: job.ledgerInUse,
    provenance: (path) => byPath.get(path)?.provenance,
    waiting: (path) => byPath.get(path)?.waiting,
    obligation: (path) => byPath.get(path)?.obligation,
    body: (document) => document.html,
  };
  const html = Object.fromEntries(LANGS.map((lang) => [lang, job.documents.map((document) => sectionHtml(document, context, lang, editLink)).join('')])) as Record<Lang, string>;
  const result: SectionResult = { id: job.id, html };
  parentPort?.postMessage(result);
});
