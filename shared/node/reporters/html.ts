/**
 * The HTML format: one self-contained page (inline CSS, no scripts, no images, nothing
 * fetched) that a clerk opens in a browser, attaches to an e-mail or a publishing ticket,
 * or prints. Per document: the verdict first (Compact breaches or none), the consultation
 * timescale box, then the findings, breaches first, each with its quote, message, suggested
 * wording and the Compact commitment it rests on, then the document's text with the findings
 * marked; each finding links to its words and back. Several documents (an agenda pack) get a
 * contents table with counts.
 *
 * It reads only what the other reporters read (FileResult), and words the timescale box
 * and commitments with the extension's shared report code, so the two never disagree.
 */
import { SEVERITIES, type Severity } from '../../engine/finding.ts';
import { britishDate, britishIsoDate } from '../../report/audit-report.ts';
import { consultationBox, ruleInfo, type ConsultationSummary, type RuleInfo } from '../../report/consultation-summary.ts';
import { markedTextHtml, type MarkedFinding } from '../../report/marked-text.ts';
import type { FileResult, Message } from '../results.ts';
import { plural, position, totals, type ReportOptions } from './shared.ts';

export interface HtmlReportOptions extends ReportOptions {
  /** The date the papers were checked (today unless a test fixes it). */
  checkedAt?: Date;
}

/** Headings of the three groups, most serious first. */
const GROUP_TITLES: Record<Severity, [string, string]> = {
  error: ['Compact breach', 'Compact breaches'],
  warning: ['Warning', 'Warnings'],
  info: ['Note', 'Notes'],
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same words inside a sentence ("2 warnings"); "Compact" keeps its capital. */
const GROUP_WORDS: Record<Severity, [string, string]> = {
  error: ['Compact breach', 'Compact breaches'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

function count(n: number, severity: Severity): string {
  const [one, many] = GROUP_WORDS[severity];
  return `${n} ${n === 1 ? one : many}`;
}

/** "line 23, column 5", or the paragraph or page for Word and PDF. */
function where(message: Message): string {
  return message.location ? position(message) : `line ${message.line}, column ${message.column}`;
}

/** Flatten white space and cap the length, so a quote stays readable. */
function quoteOf(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Inline CSS: readable on screen and in print, colours that pass WCAG AA on white, no colour-only meaning. */
const STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--breach:#a4000f;--breach-bg:#fdecee;--warn:#7a4a00;--warn-bg:#fff4df;--note:#005a8c;--note-bg:#e8f3fa;--ok:#1d6b2f;--ok-bg:#e9f6ec;--focus:#ffbf47}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem;border-bottom:4px solid var(--ink)}
h1{font-size:1.75rem;margin:0 0 .25rem}
h2{font-size:1.4rem;margin:0 0 .5rem}
h3{font-size:1.15rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .5rem}
p{margin:.25rem 0}
a{color:#0b4f9c}
a:focus{outline:3px solid var(--focus);outline-offset:1px;background:var(--focus);color:#000}
.meta{color:var(--muted)}
.summary{margin:1rem 0 .5rem;font-weight:600}
nav h2{margin-top:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.number{text-align:right}
article.document{border-top:1px solid var(--line);padding:1.5rem 0}
.verdict{font-weight:700;font-size:1.1rem;padding:.5rem .75rem;border-left:6px solid;margin:.5rem 0 1rem}
.verdict.breach{color:var(--breach);background:var(--breach-bg)}
.verdict.ok{color:var(--ok);background:var(--ok-bg)}
.verdict.unread{color:var(--ink);background:#eee}
.timescale{border:2px solid var(--ink);padding:.5rem 1rem;margin:1rem 0;max-width:30rem}
.timescale h3{margin-top:.25rem}
.timescale dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.25rem 0}
.timescale dt{font-weight:600}
.timescale dd{margin:0}
.timescale .short{color:var(--breach);font-weight:700}
.timescale .ok{color:var(--ok);font-weight:700}
ol.findings{padding-left:1.5rem}
ol.findings>li{margin:0 0 1rem;padding:.5rem .75rem;border-left:4px solid var(--line)}
li.error{border-left-color:var(--breach)!important}
li.warning{border-left-color:var(--warn)!important}
li.info{border-left-color:var(--note)!important}
.label{display:inline-block;font-weight:700;font-size:.85rem;padding:0 .4rem;border-radius:3px;margin-right:.4rem}
.label.error{color:var(--breach);background:var(--breach-bg)}
.label.warning{color:var(--warn);background:var(--warn-bg)}
.label.info{color:var(--note);background:var(--note-bg)}
.where{color:var(--muted)}
blockquote{margin:.35rem 0;padding:.1rem .6rem;border-left:3px solid var(--line);font-style:italic}
.fix{font-weight:600}
.commitment{color:var(--muted)}
.document-text .text{border:1px solid var(--line);padding:.25rem 1rem;margin:.5rem 0;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem}
.document-text .text p{white-space:pre-wrap;overflow-wrap:anywhere;margin:.6rem 0}
mark{color:inherit;padding:0 .05em;border-bottom:2px solid}
mark.error{background:var(--breach-bg);border-color:var(--breach)}
mark.warning{background:var(--warn-bg);border-color:var(--warn)}
mark.info{background:var(--note-bg);border-color:var(--note)}
a.ref{display:inline-block;white-space:nowrap;font:700 .75rem/1 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;vertical-align:super;margin:0 .1em;padding:0 .2em;border-radius:3px;text-decoration:none}
a.ref.error{color:#fff;background:var(--breach)}
a.ref.warning{color:#fff;background:var(--warn)}
a.ref.info{color:#fff;background:var(--note)}
a.ref:focus{color:#000;background:var(--focus)}
:target{outline:3px solid var(--focus);outline-offset:2px}
.hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
footer{padding:1rem;color:var(--muted);border-top:1px solid var(--line);margin-top:1rem}
@media print{
  body{font-size:11pt}
  header,main,footer{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  article.document{break-before:page}
  article.document:first-of-type{break-before:auto}
  ol.findings>li,.timescale,tr{break-inside:avoid}
  h2,h3,h4{break-after:avoid}
  .verdict,.label,.timescale,mark,a.ref{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .document-text{break-before:page}
  .document-text .text{border:0;padding:0}
  .document-text .text p{orphans:3;widows:3}
  :target{outline:0}
}
`.trim();

interface DocumentView {
  result: FileResult;
  id: string;
  counts: Record<Severity, number>;
}

function verdictOf(view: DocumentView): { className: string; text: string } {
  const { result, counts } = view;
  if (result.errors.length) return { className: 'unread', text: 'Not checked: the document could not be read.' };
  const others = [
    counts.warning ? count(counts.warning, 'warning') : '',
    counts.info ? count(counts.info, 'info') : '',
  ].filter(Boolean);
  const rest = others.length ? ` (${others.join(' and ')} to look at)` : '';
  if (counts.error) return { className: 'breach', text: `Breaks the Compact: ${count(counts.error, 'error')}${rest}.` };
  return { className: 'ok', text: `No Compact breaches found${rest}.` };
}

function timescaleBox(consultation: ConsultationSummary, headingId: string): string {
  const { rows, verdict } = consultationBox(consultation, britishIsoDate, 'document');
  const items = rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  const verdictLine = verdict ? `<p class="${verdict.short ? 'short' : 'ok'}">${escapeHtml(verdict.text)}</p>` : '';
  return `<section class="timescale" aria-labelledby="${headingId}"><h3 id="${headingId}">Consultation timescale</h3><dl>${items}</dl>${verdictLine}</section>`;
}

/** Ids inside a document's section: finding N in the list, and its number in the text. */
const findingId = (documentId: string, number: number) => `${documentId}-finding-${number}`;
const markId = (documentId: string, number: number) => `${documentId}-text-${number}`;

/** Whether the report can show the message's words in the document's text. */
function inText(message: Message, result: FileResult): boolean {
  return result.text !== undefined && message.textOffset !== undefined && message.textEndOffset !== undefined;
}

function findingItem(message: Message, id: string, rules: Record<string, RuleInfo>, textLink?: { href: string; number: number }): string {
  const rule = rules[message.ruleId];
  const label = GROUP_TITLES[message.severity][0];
  const parts = [
    `<p><span class="label ${message.severity}">${escapeHtml(label)}</span><span class="where">${escapeHtml(where(message))}</span></p>`,
  ];
  if (message.actual.trim()) parts.push(`<blockquote><p>${escapeHtml(quoteOf(message.actual))}</p></blockquote>`);
  parts.push(`<p>${escapeHtml(message.message)}</p>`);
  if (message.expected.length) {
    parts.push(`<p class="fix">Suggested wording: ${message.expected.map((text) => `“${escapeHtml(text)}”`).join(' or ')}</p>`);
  }
  const commitment = rule
    ? `${escapeHtml(rule.commitmentTitle)}. ${escapeHtml(rule.commitmentSummary)}`
    : escapeHtml(message.note || 'not recorded');
  parts.push(`<p class="commitment"><strong>Compact commitment:</strong> ${commitment}</p>`);
  const about = rule?.url || message.url;
  const links = [
    textLink ? `<a href="#${escapeHtml(textLink.href)}">Show finding ${textLink.number} in the text</a>` : '',
    about ? `<a href="${escapeHtml(about)}">About the ${escapeHtml(message.ruleId)} check</a>` : '',
  ].filter(Boolean);
  if (links.length) parts.push(`<p class="rule">${links.join('<span aria-hidden="true"> · </span>')}</p>`);
  return `<li id="${id}" class="${message.severity}">${parts.join('')}</li>`;
}

/** The document as it was checked, each finding's words marked and followed by its number. */
function textSection(text: string, marked: readonly MarkedFinding[], documentId: string): string {
  const headingId = `${documentId}-text`;
  const body = markedTextHtml(text, marked, {
    markId: (number) => markId(documentId, number),
    findingId: (number) => findingId(documentId, number),
    severityName: (severity) => GROUP_TITLES[severity][0],
  });
  return (
    `<section class="document-text" aria-labelledby="${headingId}"><h3 id="${headingId}">The text with the findings marked</h3>` +
    '<p class="meta">The text as compact-proof read it. Each marked passage is followed by its finding’s number, which links to the finding; each finding links back here.</p>' +
    `<div class="text">${body}</div></section>`
  );
}

function documentSection(view: DocumentView, rules: Record<string, RuleInfo>): string {
  const { result, id } = view;
  const parts: string[] = [];
  const title = result.title && result.title !== result.file ? `<p class="meta">${escapeHtml(result.title)}</p>` : '';
  parts.push(`<h2 id="${id}-title">${escapeHtml(result.file)}</h2>${title}`);
  const verdict = verdictOf(view);
  parts.push(`<p class="verdict ${verdict.className}">${escapeHtml(verdict.text)}</p>`);
  for (const error of result.errors) parts.push(`<p>${escapeHtml(error.message)}</p>`);
  if (result.consultation) parts.push(timescaleBox(result.consultation, `${id}-timescale`));

  if (result.messages.length) {
    parts.push(`<h3 id="${id}-findings">Findings (${result.messages.length})</h3>`);
    let number = 0;
    const marked: MarkedFinding[] = [];
    for (const severity of SEVERITIES) {
      const group = result.messages.filter((message) => message.severity === severity);
      if (!group.length) continue;
      parts.push(`<h4>${escapeHtml(GROUP_TITLES[severity][1])} (${group.length})</h4>`);
      // Numbered across the groups, so "finding 5" means one thing in a meeting.
      const start = number + 1;
      const items = group.map((message) => {
        number++;
        if (!inText(message, result)) return findingItem(message, findingId(id, number), rules);
        marked.push({ start: message.textOffset!, end: message.textEndOffset!, number, severity });
        return findingItem(message, findingId(id, number), rules, { href: markId(id, number), number });
      });
      parts.push(`<ol class="findings" start="${start}">${items.join('')}</ol>`);
    }
    if (result.text !== undefined) parts.push(textSection(result.text, marked, id));
  } else if (!result.errors.length) {
    parts.push('<p>Nothing in this document breaks the commitments compact-proof checks.</p>');
  }
  return `<article class="document" id="${id}" aria-labelledby="${id}-title">${parts.join('')}</article>`;
}

function contentsTable(views: DocumentView[]): string {
  const rows = views.map((view) => {
    const { counts } = view;
    const verdict = view.result.errors.length ? 'Not checked' : counts.error ? 'Breaks the Compact' : 'No breaches';
    return (
      `<tr><th scope="row"><a href="#${view.id}">${escapeHtml(view.result.file)}</a></th><td>${verdict}</td>` +
      `<td class="number">${counts.error}</td><td class="number">${counts.warning}</td><td class="number">${counts.info}</td></tr>`
    );
  });
  return (
    '<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2>' +
    '<table><caption>Findings in each document</caption>' +
    '<thead><tr><th scope="col">Document</th><th scope="col">Verdict</th><th scope="col">Compact breaches</th><th scope="col">Warnings</th><th scope="col">Notes</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></nav>`
  );
}

export function formatHtml(results: readonly FileResult[], options: HtmlReportOptions): string {
  const rules = ruleInfo();
  const views: DocumentView[] = results.map((result, index) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const message of result.messages) counts[message.severity]++;
    return { result, id: `document-${index + 1}`, counts };
  });
  const sum = totals(results);
  const single = views.length === 1;
  const title = single ? `Compact check: ${results[0]!.file}` : `Compact check: ${plural(results.length, 'document')}`;
  const checked = britishDate(options.checkedAt ?? new Date());

  const body: string[] = [];
  if (!single) {
    const summary = `${plural(sum.bySeverity.error, 'Compact breach', 'Compact breaches')}, ${plural(sum.bySeverity.warning, 'warning')} and ${plural(sum.bySeverity.info, 'note')} in ${plural(results.length - sum.unreadable, 'document')} checked${sum.unreadable ? `; ${plural(sum.unreadable, 'document')} could not be read` : ''}.`;
    body.push(`<p class="summary">${escapeHtml(summary)}</p>`);
    body.push(contentsTable(views));
  }
  // The report is the page's h1; each document is an h2 with its own sections below it.
  for (const view of views) body.push(documentSection(view, rules));

  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: no scripts, styles, fonts or images from anywhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(single ? 'Compact check report' : 'Compact check report: agenda pack')}</h1>`,
    `<p class="meta">Checked ${escapeHtml(checked)} with compact-proof ${escapeHtml(options.version)}, on this computer: no document was sent anywhere.</p></header>`,
    `<main>${body.join('\n')}</main>`,
    '<footer><p>Each finding names the Compact commitment it rests on. The Compact is the agreement between government, councils, the NHS and the voluntary and community sector in England.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
