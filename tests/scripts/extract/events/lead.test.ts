/**
 * The lead is the headline and the first paragraph of running text, whatever rubric, credit or
 * photo line stands between them; its news takes the publication date, while the same sentence
 * further down (a recalled act, told without a date) is not placed. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { leadParagraphs } from '../../../../scripts/extract/events/lead';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { extractSentences } from './extractSentences';

const para = (text: string) => ({ index: 0, start: 0, end: text.length, text });
const doc = (title: string, ...texts: string[]) => ({
  header: { title },
  paragraphs: texts.map((t, index) => ({ ...para(t), index })),
});
const LONG =
  'Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым.';

describe('leadParagraphs', () => {
  it('is the headline and the first paragraph of running text', () => {
    const isLead = leadParagraphs(
      doc('Заголовок статьи', 'Политика', 'Заголовок статьи', 'Фото: akorda.kz', LONG, LONG),
    );
    expect([0, 1, 2, 3, 4].filter(isLead)).toEqual([1, 3]);
  });
  it('is the first two paragraphs when the headline is the first and the lead follows it', () => {
    const isLead = leadParagraphs(doc('Заголовок статьи', 'Заголовок статьи', LONG, LONG));
    expect([0, 1, 2].filter(isLead)).toEqual([0, 1]);
  });
  it('takes the first paragraph as the headline when the page names none', () => {
    const isLead = leadParagraphs(doc('', LONG, LONG, LONG));
    expect([0, 1, 2].filter(isLead)).toEqual([0, 1]);
  });
  it('takes the paragraph after the headline when no paragraph is running text', () => {
    const isLead = leadParagraphs(doc('Заголовок', 'Заголовок', 'Коротко.', 'Ещё.'));
    expect([0, 1, 2].filter(isLead)).toEqual([0, 1]);
  });
});

const events = (text: string) => {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(text) }];
  const sources = { file: 'sources.json', text: JSON.stringify({ 't.txt': { language: 'ru' } }) };
  const data = runPipeline(files, sources, tagDates).data;
  return data.events.map((e) => `${e.type} ${e.date.edtf}`);
};

describe('the lead under a rubric and a photo credit', () => {
  const page = (
    body: string,
    headline = 'Токаев и Мирзиёев обсудили по телефону подготовку визита',
  ) => `Политика\n\n${headline}\n\n13 мая 2025, 16:05\n\nФото: akorda.kz\n\n${body}\n`;
  it('dates the lead paragraph’s news by the dateline', () => {
    expect(events(page(`${LONG} Об этом сообщает пресс-служба Акорды.`))).toContain(
      'meeting 2025-05-13',
    );
  });
  it('does not date the same act told later, after the lead', () => {
    const lead =
      'Глава государства подписал указ о праздновании Дня Республики, который объявлен общенациональным праздником страны.';
    expect(
      events(
        page(
          `${lead}\n\nНапомним, ${LONG.replace('Президент', 'ранее президент')}`,
          'Токаев подписал указ о Дне Республики',
        ),
      ),
    ).not.toContain('meeting 2025-05-13');
  });
});

describe('news told after the lead, in the Russian simple past', () => {
  const HEAD = 'Аким Туркестанской области назначен указом Главы государства';
  const LEAD =
    'Глава государства подписал указ о назначении акима Туркестанской области, сообщает пресс-служба Акорды в своем канале.';
  const after = (sentence: string) =>
    extractSentences('ru', `${HEAD}\n\n${LEAD}\n\n${sentence}`, '2025-05-13').events.map(
      (e) => `${e.type} ${e.date.edtf}`,
    );
  // The verb comes before its object, in each gender and number of the past.
  const SUBJECTS: Array<[string, string]> = [
    ['Касым-Жомарт Токаев', ''],
    ['Председатель Сената', ''],
    ['Министр иностранных дел', ''],
    ['Председатель Мажилиса Айгуль Абенова', 'а'],
    ['Главы двух государств', 'и'],
  ];
  const VERBS: Array<[string, string, string]> = [
    ['провел', 'телефонный разговор с Президентом Узбекистана', 'meeting'],
    ['провел', 'встречу с делегацией Европейского союза', 'meeting'],
    ['подписал', 'указ о создании рабочей группы', 'decree'],
  ];
  const cases = SUBJECTS.flatMap(([who, ending]) =>
    VERBS.map(([verb, object, kind]) => {
      const form = verb + ending;
      return [`Также ${who} ${form} ${object}.`, kind] as const;
    }),
  );
  it.each(cases)('"%s" is a %s of the publication day', (sentence, kind) => {
    expect(after(sentence)).toContain(`${kind} 2025-05-13`);
  });
  // An answer in an interview, or a speech set off by a dash, tells the speaker's story.
  it.each(['—', '–', '-'])(
    'a past act in a paragraph opening with "%s" is not the day’s news',
    (dash) => {
      const sentence =
        'Касым-Жомарт Токаев провел встречу с лидерами партий, и это многое изменило.';
      expect(after(sentence)).toContain('meeting 2025-05-13');
      expect(after(`${dash} ${sentence}`)).not.toContain('meeting 2025-05-13');
    },
  );
  it('but today in it is', () => {
    expect(after('— Сегодня Касым-Жомарт Токаев провел встречу с лидерами партий.')).toContain(
      'meeting 2025-05-13',
    );
  });
  it.each([
    '«Сначала – широкое обсуждение, затем – решение граждан», – отметил президент.',
    'Около сорока депутатов, по данным источника, ведут обсуждение законопроекта.',
  ])('an adverb or a preposition ending like a past verb narrates nothing: "%s"', (sentence) => {
    expect(after(sentence)).not.toContain('meeting 2025-05-13');
  });
});

describe('the headline restating the lead, under a rubric and a photo credit', () => {
  it('joins the lead’s event instead of standing as a second one', () => {
    const text =
      'Политика\n\nГлава государства выступил с новыми инициативами\n\n1 сентября 2025, 11:00\n\nФото: akorda.kz\n\n' +
      'Президент Казахстана Касым-Жомарт Токаев выступил с Посланием народу Казахстана на совместном заседании палат Парламента в Астане.\n';
    const kinds = events(text);
    expect(kinds).toContain('address 2025-09-01');
    expect(kinds).not.toContain('proposal 2025-09-01');
  });
});
