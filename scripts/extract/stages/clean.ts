/**
 * Stage 2 — clean: split the text into lines and mark web-scrape debris (currency tickers,
 * view counters, "width=" fragments, language switchers, duplicated title lines, bullets) so that
 * no later stage reads it. Nothing is deleted: lines keep their offsets into the original text.
 */
import type { Line } from '../types';

// prettier-ignore
const DEBRIS_LINE: RegExp[] = [
  /^[\s$€₽£¥₸%\d.,:+-]*[$€₽£¥₸][\s$€₽£¥₸%\d.,:+-]*$/u, // currency ticker: $541.34 €640.73 ₽6.53
  /^[×✕✖xX]$/u,                                         // close buttons
  /^(?:Русский|Қазақша|English|Рус|Қаз|Eng)(?:\s+(?:Русский|Қазақша|English))*\s*(?:Сайттың толық нұсқасы|Полная версия сайта)?$/u,
  /^(?:Сайттың толық нұсқасы|Полная версия сайта|Мобильная версия)$/u,
  /^(?:оқылды|қаралды|просмотров|просмотры|просмотра)$/iu,
  /^\d[\d\s]*\s+(?:оқылды|қаралды|просмотр\p{L}*)$/iu,  // 331 оқылды
  /^(?:Бөлісу|Поделиться|Share|Жазылу|Подписаться)$/iu,
  /^(?:Фото|Сурет|Фотосурет|Видео|Photo)\s*(?:[:—–-]|автора(?![\p{L}]))/iu, // photo and video credits
  /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u,                                  // a line of hashtags
  /^(?:Теги|Тэги|Тегтер|Tags)\s*:/iu,
];

const LEADING_JUNK = /^(?:[\s•·▪●◦‣⁃*]|width=\S*)+/u;
const TRAILING_SPACE = /\s+$/u;

/** Lines of `text` with their content trimmed and debris marked. `kind` is 'blank', 'debris' or 'body'. */
export function clean(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push(classify(text, pos, nl));
    pos = nl + 1;
  }
  markDuplicateTitles(lines);
  markHeadlineLists(lines);
  return lines;
}

/**
 * The heading of a page's list of links to its other stories ("Главные новости", "Басты
 * жаңалықтар", "Читайте также:" alone on its line). A link on the heading's own line ("Читайте
 * также: …") stays: its headline keeps a date of its own, and the recall cues keep this page's
 * day off it (locales/<lang>/events/aspect.ts).
 */
const LIST_HEADING =
  /^(?:Главные новости|Читайте также|Читайте по теме|Новости по теме|Похожие новости|Другие новости|Последние новости|Популярное|Самое читаемое|Выбор редакции|Оқи отырыңыз|Оқыңыз|Тағы оқыңыз|Басты жаңалықтар|Соңғы жаңалықтар|Ұқсас жаңалықтар|Тақырып бойынша|Тақырыпқа қатысты|Көп оқылғандар)\s*:?\s*$/iu;
/** How many headlines such a list holds at most: a list, not the rest of the article. */
const LIST_MAX = 12;

/**
 * The lines under a heading of links to other stories, up to the next blank line: the headlines
 * of other pages, which tell nothing of this one's news (the heading itself goes too).
 */
function markHeadlineLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'body' || !LIST_HEADING.test(lines[i]!.text)) continue;
    lines[i]!.kind = 'debris';
    for (let k = i + 1; k < lines.length && k <= i + LIST_MAX && lines[k]!.kind !== 'blank'; k++)
      if (lines[k]!.kind === 'body') lines[k]!.kind = 'debris';
  }
}

function classify(text: string, lineStart: number, lineEnd: number): Line {
  const raw = text.slice(lineStart, lineEnd);
  const lead = LEADING_JUNK.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING_SPACE.exec(raw.slice(lead))?.[0].length ?? 0;
  const start = lineStart + lead;
  const end = Math.max(start, lineEnd - trail);
  const content = text.slice(start, end);
  if (content.length === 0) return { start, end, text: content, kind: 'blank' };
  const debris = DEBRIS_LINE.some((re) => re.test(content));
  return { start, end, text: content, kind: debris ? 'debris' : 'body' };
}

/**
 * Scraped pages repeat the headline (page title, then article title): keep only its first copy.
 * Only the top of the page is looked at, since repeated speaker captions further down are content.
 */
function markDuplicateTitles(lines: Line[]): void {
  const first = lines.find((l) => l.kind === 'body');
  if (!first) return;
  const key = normal(first.text);
  let content = 0;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (++content > 12) break;
    if (line !== first && line.kind === 'body' && normal(line.text) === key) line.kind = 'debris';
  }
}

function normal(s: string): string {
  return s.replace(/\s+/gu, ' ').toLowerCase();
}
