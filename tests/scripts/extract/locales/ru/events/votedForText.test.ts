/**
 * The people voting "за" a text (the accusative of "поправки", "изменения", "Конституцию", "проект")
 * hold a referendum; voting "за" a candidate or a party is an election; deputies voting for a text
 * hold neither. Sentences written for this test, generated over the subjects, the verb's forms and
 * the texts.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = ['казахстанцы', 'граждане страны', 'избиратели', 'жители республики'];
const VERBS = ['проголосовали', 'голосовали', 'проголосуют', 'голосуют', 'уже проголосовали'];
const TEXTS = [
  'поправки в Конституцию',
  'изменения в Основной закон',
  'новую Конституцию',
  'проект Основного закона',
];
const PEOPLE = ['нового президента', 'партию власти', 'кандидатов от оппозиции'];

const types = (sentence: string) => findTriggers(sentence, 'ru').map((h) => h.trigger.type);

describe('voting for a text or for someone', () => {
  for (const subject of SUBJECTS)
    for (const verb of VERBS) {
      it.each(TEXTS)(`${subject} ${verb} за %s: a referendum`, (text) => {
        const found = types(`В марте ${subject} ${verb} за ${text}.`);
        expect(found).toContain('referendum');
        expect(found).not.toContain('election');
      });
      // (The election's cue reads the people's past vote: "проголосовали", "голосовали".)
      if (/^(?:казахстанцы|граждане|избиратели)/u.test(subject) && /ли$/u.test(verb))
        it.each(PEOPLE)(`${subject} ${verb} за %s: an election`, (who) => {
          const found = types(`В марте ${subject} ${verb} за ${who}.`);
          expect(found).toContain('election');
          expect(found).not.toContain('referendum');
        });
    }

  it.each(TEXTS)('deputies voting for %s hold no vote of the people', (text) => {
    const found = types(`В марте депутаты Мажилиса проголосовали за ${text}.`);
    expect(found).not.toContain('referendum');
    expect(found).not.toContain('election');
  });

  it('the referendum on its day', () => {
    const events = extractSentences(
      'ru',
      'В воскресенье, 11 июня 2023 года, казахстанцы проголосовали за поправки в Конституцию.',
      '2023-06-30',
    ).events.map((e) => `${e.type} ${e.date.edtf}`);
    expect(events).toEqual(['referendum 2023-06-11']);
  });
});
