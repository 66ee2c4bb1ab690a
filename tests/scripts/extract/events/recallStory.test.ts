/**
 * A sentence after a recall ("Напомним, …", "Еске салайық, …") goes on with it, on its day, unless
 * it tells its time by another event than the recall told ("после выступления", "Жолдаудан
 * кейін"): then it is back at that event (events/recallStory.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const dated = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-09-08').events.map((e) => `${e.type} ${e.date.edtf}`);

const NEWS = {
  ru: 'Президент сегодня выступил с Посланием на совместном заседании палат.',
  kk: 'Мемлекет басшысы бүгін Жолдау жариялады.',
};

describe('a recall’s day goes on only in the story the recall told', () => {
  it('not to a sentence timed by another event (ru, kk)', () => {
    const ru = dated('ru', `${NEWS.ru}\n\nНапомним, нынешний созыв Мажилиса избран 19 марта 2023 года. Спикер Сената Маулен Ашимбаев после выступления заявил журналистам, что палата поддерживает инициативы.`); // prettier-ignore
    expect(ru).toContain('proposal 2025-09-08');
    expect(ru).not.toContain('proposal 2023-03-19');
    const kk = dated('kk', `${NEWS.kk}\n\nЕске салайық, Мәжіліс депутаттарының сайлауы 2023 жылғы 19 наурызда өтті. Сенат төрағасы Мәулен Әшімбаев Жолдаудан кейін журналистерге мәлімдеме жасады.`); // prettier-ignore
    expect(kk).toContain('statement 2025-09-08');
    expect(kk).not.toContain('statement 2023-03-19');
  });

  it('to a sentence timed by the event the recall told (ru, kk)', () => {
    const ru = dated('ru', 'Напомним, 5 февраля президент принял отставку правительства. После отставки кабинета исполняющим обязанности премьера был назначен Роман Скляр.'); // prettier-ignore
    expect(ru).toContain('appointment 2025-02-05');
    const kk = dated('kk', 'Еске салайық, 5 ақпанда Президент Үкіметтің отставкасын қабылдады. Отставкадан кейін Премьер-министрдің міндетін атқару Роман Склярға жүктелді.'); // prettier-ignore
    expect(kk).toContain('appointment 2025-02-05');
  });

  it('a gathering is such an event: "На брифинге", "Брифингте" (ru, kk)', () => {
    const ru = dated('ru', `${NEWS.ru}\n\nНапомним, нынешний созыв Мажилиса избран 19 марта 2023 года. На брифинге спикер Сената Маулен Ашимбаев заявил журналистам, что палата поддерживает инициативы.`); // prettier-ignore
    expect(ru).toContain('proposal 2025-09-08');
    const kk = dated('kk', `${NEWS.kk}\n\nЕске салайық, Мәжіліс депутаттарының сайлауы 2023 жылғы 19 наурызда өтті. Брифингте Сенат төрағасы Мәулен Әшімбаев журналистерге мәлімдеме жасады.`); // prettier-ignore
    expect(kk).toContain('statement 2025-09-08');
    // (At the gathering the recall told: on its day.)
    const same = dated('ru', 'Напомним, 5 февраля прошло заседание правительства. На заседании премьер заявил журналистам, что кабинет поддерживает инициативы.'); // prettier-ignore
    expect(same).toContain('proposal 2025-02-05');
    const kkSame = dated('kk', 'Еске салайық, 5 ақпанда Үкімет отырысы өтті. Отырыста Премьер-министр әкімдерге сын айтты.'); // prettier-ignore
    expect(kkSame).toContain('statement 2025-02-05');
  });

  it('to a sentence that tells no time of its own (ru)', () => {
    const ru = dated('ru', 'Напомним, 5 февраля президент принял отставку правительства. Исполняющим обязанности премьера был назначен Роман Скляр.'); // prettier-ignore
    expect(ru).toContain('appointment 2025-02-05');
  });
});
