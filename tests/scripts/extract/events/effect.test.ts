/**
 * An act named as what something caused is not dated by the sentence, which dates the cause
 * ("Үкіметтің отставкасына 2 қаңтарда басталған наразылықтар себеп болды"). Generated: acts in
 * the Kazakh dative × verbs of causing, and Russian "привели к" / "стали причиной".
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2022-01-11').events.map((e) => `${e.type} ${e.date.edtf}`);

const KK_ACTS: Array<[string, string]> = [
  ['Үкіметтің отставкасына', 'resignation'],
  ['Мәжілістің таратылуына', 'decree'],
  ['кезектен тыс сайлауға', 'election'],
];
const KK_CAUSING = ['себеп болды', 'түрткі болды', 'әкелді', 'алып келді', 'әкеп соқты'];

describe('an act caused is not dated by its cause', () => {
  it.each(KK_ACTS.flatMap(([act, kind]) => KK_CAUSING.map((v) => [act, kind, v] as const)))(
    'kk: "%s … %s" (%s)',
    (act, kind, verb) => {
      const events = kinds('kk', `${act} 2 қаңтарда Маңғыстауда басталған наразылықтар ${verb}.`);
      expect(events).toContain('other 2022-01-02');
      expect(events.filter((e) => e.startsWith(kind))).toEqual([]);
    },
  );

  it.each([
    'Протесты, начавшиеся 2 января в Жанаозене, привели к отставке правительства.',
    'Протесты 2 января в Жанаозене стали причиной отставки правительства.',
  ])('ru: %s', (text) => {
    const events = kinds('ru', text);
    expect(events).toContain('other 2022-01-02');
    expect(events.filter((e) => e.startsWith('resignation'))).toEqual([]);
  });

  it('still dates the act told on its own', () => {
    expect(kinds('kk', 'Бүгін Үкімет отставкаға кетті.')).toContain('resignation 2022-01-11');
    expect(kinds('ru', 'Сегодня правительство ушло в отставку.')).toContain(
      'resignation 2022-01-11',
    );
  });
});
