import { documentApproval } from '../approvals/approval-state.ts';
import type { Provenance } from '../approvals/provenance.ts';
import { escapeXml as esc } from '../charts/svg.ts';
import { editorRoute } from '../cms/layout.ts';
import { translator, type Key, type Lang } from '../i18n/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import type { Org } from '../schemas/index.ts';
import { bodyHtml } from './body.ts';
import { editUrls } from './deploy.ts';
import { documentChain, type ChainStageView } from './document-chain.ts';
import { documentTypeName, personName } from './names.ts';
import { provenanceView } from './provenance-view.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { summaryHtml } from './summary.ts';
import { BASE, documentAnchor } from './urls.ts';
import { waitingRows, type WaitingRow } from './waiting.ts';

// A person's page holds about 25 documents: as Astro components (a section, its approval history and
// its body each) they were most of a 10,000-person build's page rendering, so the sections are
// written as HTML here, every text and attribute through escapeXml (as Astro escapes them).

/** ` name="value"`, or nothing for undefined (as Astro writes attributes). */
const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

export interface ApprovalHistoryProps {
  provenance: Provenance | undefined;
  lang: Lang;
  /** The year's organisation, which names the roles. */
  org: Org | undefined;
  /** The chain the document needs now, shown while no approval is recorded. */
  chain: ChainStageView[];
  /** Set while the document waits for approval: who must act next, and at which stage. */
  waiting?: WaitingRow | undefined;
  /** Prefixes the headings' ids: a person page shows many documents, each with its own history. */
  idPrefix?: string;
}

/** Who approved which version of a document (issue 4, src/approvals/provenance.ts), or the chain it still needs, as HTML. */
export function approvalHistoryHtml({ provenance, lang, org, chain, waiting, idPrefix = '' }: ApprovalHistoryProps): string {
  // The pending stage, 1-based, marked in the chain.
  const current = waiting?.stageNumber ?? 0;
  const t = translator(lang);
  const view = provenanceView(provenance, lang, org);
  let html = `<section class="approval-history"${attr('data-approval-state', view.state)}${attr('aria-labelledby', `${idPrefix}approval-history-heading`)}>`;
  html += `<h4${attr('id', `${idPrefix}approval-history-heading`)}>${esc(t('approval.heading'))}</h4>`;
  if (waiting) html += `<p class="waits-for"${attr('data-waiting-days', waiting.days)}><strong>${esc(waiting.summary)}</strong> <span class="since">(${esc(t('waiting.since', { date: waiting.since }))})</span></p>`;
  if (view.state === 'none') {
    html += `<p><span class="state state-pending">${esc(view.stateLabel)}</span></p>`;
    if (chain.length > 0) {
      html += `<h5${attr('id', `${idPrefix}approval-chain-heading`)}>${esc(t('doc.chain'))}</h5><ol class="chain"${attr('aria-labelledby', `${idPrefix}approval-chain-heading`)}>`;
      chain.forEach((stage, index) => {
        const here = index + 1 === current;
        html += `<li${attr('class', here ? 'current' : undefined)}${attr('aria-current', here ? 'step' : undefined)}><span class="role">${esc(stage.role)}</span>: ${esc(stage.holders.join('、'))}${here ? `<strong class="current-mark"> ← ${esc(t('waiting.current'))}</strong>` : ''}</li>`;
      });
      html += '</ol>';
    }
    return `${html}</section>`;
  }
  html += `<p><strong${attr('class', `state state-${view.state}`)}>${view.state === 'changed' ? '⚠ ' : '✓ '}${esc(view.stateLabel)}</strong>${view.demo ? `<span class="demo"> (${esc(t('approval.demo'))})</span>` : ''}<br>${esc(t('approval.version'))} <code>${esc(view.version ?? '')}</code> · ${esc(t('approval.pr'))} #${esc(view.pr ?? '')} · ${esc(t('approval.merged'))} <time${attr('datetime', view.mergedAt)}>${esc(view.mergedAt ?? '')}</time></p>`;
  if (view.state === 'changed') html += `<p class="hint">${esc(t('approval.changedHint'))}</p>`;
  html += `<ol class="stages">${view.stages.map((stage) => `<li><span class="role">${esc(stage.role)}</span> ${esc(stage.who)} <span class="login">@${esc(stage.login)}</span> <time${attr('datetime', stage.at)}>${esc(stage.at)}</time></li>`).join('')}</ol>`;
  if (view.earlier.length > 0) {
    html += `<details><summary>${esc(t('approval.earlier'))}</summary><ul>${view.earlier.map((record) => `<li><code>${esc(record.version)}</code> · #${esc(record.pr)} · <time${attr('datetime', record.mergedAt)}>${esc(record.mergedAt)}</time></li>`).join('')}</ul></details>`;
  }
  return `${html}</section>`;
}

const APPROVAL_CLASS = { approved: 'done', changed: 'changed', none: 'pending' } as const;

/**
 * One document on the page that holds it (a person's, a unit's, the year's documents page): a
 * collapsed <details> whose heading carries the document's anchor (src/site/urls.ts documentAnchor).
 * Everything the document's own page used to show is here: approval state and history, the chain
 * with the current step, the summary, the edit link and the body. Only the title and summary are
 * searchable: the index is built from summaries, not from every body. `editLink` is deploy.ts
 * editUrls(), made once per page.
 */
export function documentSectionHtml(document: LoadedDocument, view: YearView, site: SiteModel, lang: Lang, editLink: (file: string) => string | undefined = editUrls()): string {
  const t = translator(lang);
  const org = view.content.org?.data;
  const data = document.data;
  const anchor = documentAnchor(document);
  const typeName = esc(documentTypeName(lang, data.type));
  const obligation = view.obligationByPath.get(document.path);
  const pending = site.waitingByPath.get(document.path);
  const waiting = pending ? waitingRows([pending], lang, () => org)[0] : undefined;
  // One approval state, the ledger's; `status:` is shown as the author's claim, flagged when the ledger
  // contradicts it. Without any ledger record (a checkout without history) there is only the claim.
  const ledgerInUse = site.provenance.size > 0;
  const provenance = site.provenance.get(document.path);
  const approval = documentApproval(data.status, provenance);
  const edit = editLink(document.file);
  const formUrl = `${BASE}${editorRoute(data.type, document.path, { english: lang === 'en' })}`;
  const claim = esc(t(`status.${data.status}` as Key));
  const shown = ledgerInUse ? { css: APPROVAL_CLASS[approval.state], label: t(`approval.${approval.state}`) } : { css: data.status === 'approved' ? 'done' : 'pending', label: t(`status.${data.status}` as Key) };
  let html = `<details class="doc"${attr('data-doc', document.path)}><summary><h3${attr('id', anchor)}>${esc(data.title)}</h3> <span class="doc-line">${typeName} · <span${attr('class', `state state-${shown.css}`)}>${esc(shown.label)}</span></span></summary><div class="doc-content">`;
  html += `<ul class="meta" data-pagefind-ignore><li>${esc(t('doc.type'))}: ${typeName}</li><li>${esc(t('doc.author'))}: ${esc(personName(lang, org, data.author))}</li><li>${esc(t('doc.date'))}: ${esc(data.date)}</li>`;
  if (ledgerInUse) {
    html += `<li>${esc(t('doc.approvalState'))}: <span${attr('class', `state state-${APPROVAL_CLASS[approval.state]}`)}${attr('data-approval-state', approval.state)}>${esc(t(`approval.${approval.state}`))}</span></li>`;
    html += `<li>${esc(t('doc.claim'))}: ${claim}${approval.contradiction ? ` <strong class="state state-overdue" data-flag="status-contradicts-ledger">${esc(t(`approval.contradiction.${approval.contradiction}`))}</strong>` : ''}</li>`;
  } else html += `<li>${esc(t('doc.claim'))}: ${claim}</li>`;
  if (obligation) html += `<li>${esc(t('cycle.due'))}: ${esc(obligation.due)} <span${attr('class', `state state-${obligation.state}`)}>${esc(t(`state.${obligation.state}`))}</span></li>`;
  html += '</ul>';
  html += `<div data-pagefind-ignore="all">${approvalHistoryHtml({ provenance, lang, org, chain: documentChain(document, org, lang), waiting, idPrefix: `${anchor}-` })}</div>`;
  html += `<h4>${esc(t('doc.summary'))}</h4>${summaryHtml(data, { t, org, lang })}`;
  html += `<p data-pagefind-ignore><a${attr('href', formUrl)}>${esc(t('doc.editForm'))}</a> · ${edit ? `<a${attr('href', edit)} rel="noopener">${esc(t('doc.edit'))}</a> · ` : ''}${esc(t('doc.source'))}: <code>${esc(document.file)}</code></p>`;
  // The search index is built from titles and summaries, not bodies: it must stay small at 10,000 people.
  html += `<h4>${esc(t('doc.body'))}</h4><div class="doc-body" lang="zh-CN" data-pagefind-ignore="all">${bodyHtml(document, view, lang)}</div>`;
  return `${html}</div></details>`;
}
