/**
 * The "not yet placed" section of the static first view: what the extractor found but could not
 * date, with the app's own markup, classes and Kazakh strings (src/components/UnplacedPanel.tsx),
 * so a reader without scripts sees it too and the app's section takes over the same boxes.
 */
import kkText from '../../src/i18n/locales/kk.json';
import type { EventsFile, Unplaced } from '../../src/model/schema';
import { escapeHtml } from '../../src/firstPaint/escapeHtml';

const strings = kkText.unplaced;

function item(u: Unplaced, source: EventsFile['sources'][number] | undefined): string {
  const evidence =
    u.evidence === undefined
      ? ''
      : `<span class="evidence" lang="${source?.language ?? 'kk'}">${escapeHtml(u.evidence.text)}</span>`;
  const reason = strings.reason.replace('{{reason}}', strings.reasons[u.reasonCode]);
  const timex = u.timex === undefined ? '' : ` (${u.timex})`;
  const lang = source?.language ?? 'kk';
  const more =
    u.more === undefined || u.more.length === 0
      ? ''
      : `<details class="unplaced-more"><summary>${escapeHtml(strings.more.replace('{{count}}', String(u.more.length)))}</summary>` +
        u.more
          .map((m) => `<p><span class="evidence" lang="${lang}">${escapeHtml(m.text)}</span></p>`)
          .join('') +
        `</details>`;
  return (
    `<li><span class="badge">${escapeHtml(strings[u.kind])}</span> ${evidence}` +
    `<span class="unplaced-reason"> ${escapeHtml(reason + timex)}</span>` +
    `<span class="unplaced-source"> — ${escapeHtml(source?.title || u.sourceId)}</span>${more}</li>`
  );
}

/**
 * The section's markup, in the file's order as the app lists it; empty when every item is placed
 * (the app then shows no section either).
 * @example firstViewUnplacedHtml(data) // '<section class="unplaced" …><h2>Әлі орналастырылмағандар</h2>…'
 */
export function firstViewUnplacedHtml(data: EventsFile): string {
  if (data.unplaced.length === 0) return '';
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const title = escapeHtml(strings.title);
  return (
    `<section class="unplaced" aria-label="${title}"><h2>${title}</h2>` +
    `<p>${escapeHtml(strings.intro)}</p>` +
    `<ul>${data.unplaced.map((u) => item(u, sources.get(u.sourceId))).join('')}</ul></section>`
  );
}
