/**
 * A recall and the day's news are two events, even of one kind and one person: "Смайыловты
 * Премьер-Министр етіп тағайындады" today, and "Еске салайық, 5 қаңтарда … Сол күні Смайылов
 * міндетін атқарушы болып белгіленген еді" told after it (the recall goes on in the sentence after
 * its cue). And "кезінде" after a noun is "during", no recall: "дауыс беру кезінде … қолдады.
 * Осыдан кейін … тағайындалды" is the news of the day. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

describe('a recall and the news of the day', () => {
  it.each([
    [
      'kk',
      'Мемлекет басшысы Әлихан Смайыловты Премьер-Министр етіп тағайындады.',
      'Еске салайық, 5 қаңтарда Президент Үкіметтің отставкасын қабылдаған болатын. Сол күні Смайылов Премьер-Министрдің міндетін уақытша атқарушы болып тағайындалған еді.',
    ],
    [
      'ru',
      'Президент назначил Алихана Смаилова премьер-министром.',
      'Напомним, 5 января Президент принял отставку правительства. В тот же день Смаилов был назначен исполняющим обязанности премьер-министра.',
    ],
  ] as const)('%s: the appointment of today stays today', (lang, lead, recall) => {
    const got = kindsAndDays(lang, `${lead}\n\n${recall}`, '2022-01-11');
    expect(got).toContain('appointment 2022-01-11');
    expect(got).toContain('appointment 2022-01-05');
  });

  it.each(['дауыс беру', 'сессия', 'отырыс', 'талқылау'])(
    'kk: "%s кезінде" is during the news, not a recall',
    (noun) => {
      const got = kindsAndDays(
        'kk',
        `Аудан мәслихатының депутаттары бүгін жаңа әкімнің кандидатурасына келісім берді.\n\n${noun[0]!.toUpperCase()}${noun.slice(1)} кезінде 17 депутаттың 15-і кандидатураны қолдады. Осыдан кейін облыс әкімінің өкімімен Ерлан Сәрсенов аудан әкімі болып тағайындалды.`,
        '2025-10-14',
      );
      expect(got).toContain('appointment 2025-10-14');
    },
  );

  // (Today's news a session, not the consent to the candidacy, itself an appointment's step of today.)
  it('kk: "Кезінде" opening a sentence is back then', () => {
    const got = kindsAndDays(
      'kk',
      'Аудан мәслихатының кезектен тыс сессиясы бүгін өтті.\n\nКезінде ол аудан әкімі болып тағайындалған.',
      '2025-10-14',
    );
    expect(got.filter((e) => e.startsWith('appointment'))).not.toContain('appointment 2025-10-14');
  });
});
