import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../scripts/extract/arguments/findPlaces';
import { compileForm, matchForms } from '../../../../scripts/extract/arguments/matchForms';

const ids = (text: string, lang: 'kk' | 'ru' = 'kk') => findPlaces(text, lang).map((p) => p.id);

describe('findPlaces(text, "kk")', () => {
  it.each([
    ['Референдум алдында Қызылордадағы аймақтық коалиция', 'kyzylorda'],
    ['Астанада штаб ашылды', 'astana'],
    ['Оралдың өзінен жүзден астам ұсыныс', 'oral'],
    ['Ал Оралдағы Коалиция құрамында', 'oral'],
    ['Ал Павлодардағы коалиция', 'pavlodar'],
    ['Жамбылдағы аймақтық коалиция', 'jambyl'],
    ['Ақмола облысындағы партия мүшелері', 'akmola'],
    ['Тараздағы жиында', 'taraz'],
    ['Өскеменнен келген делегаттар', 'oskemen'],
    ['Жетісу облысының әкімі', 'jetisu'],
  ])('finds the place in %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('covers the generic noun after a city: Ақтөбе қаласында', () => {
    const [hit] = findPlaces('Өз кезегінде Ақтөбе қаласында делегаттар', 'kk');
    expect(hit).toMatchObject({ id: 'aktobe', kind: 'city', text: 'Ақтөбе қаласында' });
  });

  it('matches a multi-word region whole: Батыс Қазақстан облысы is not also Қазақстан', () => {
    const hits = findPlaces(
      'Соңғы оқиғалар Батыс Қазақстан облысы  Бәйтерек ауданына қарасты',
      'kk',
    );
    expect(hits.map((h) => [h.id, h.kind])).toEqual([
      ['west-kazakhstan', 'region'],
      ['baiterek-district', 'district'],
    ]);
    expect(hits[0]?.name.en).toBe('West Kazakhstan Region');
  });

  it('derives villages and districts from a capitalised name and аудан/ауыл', () => {
    const hits = findPlaces('Махамбет ауылында және Сырдария аудандық филиалында', 'kk');
    expect(hits.map((h) => h.kind)).toEqual(['village', 'district']);
    expect(hits[0]?.name.kk).toBe('Махамбет ауылы');
  });

  // A place's name makes аудан/ауыл/қала possessive; a bare case is where someone went, and the
  // word before is a person or an adjective ("Бұрынғы аудан", the former district).
  it.each([
    'Аудан әкімі Ғалымжан Төлегенов ауылға келді.',
    'Бұрынғы аудан әкімі сотталды.',
    'Шардарада аудандық соттың үкімі шықты.',
    'Министр Қалаға барды.',
  ])('derives no place from a bare case: %s', (text) => {
    expect(
      findPlaces(text, 'kk')
        .filter((h) => h.kind === 'village' || h.kind === 'district' || h.kind === 'city')
        .map((h) => h.name.kk),
    ).toEqual(text.startsWith('Шардарада') ? ['Шардарада ауданы'] : []);
  });

  it('reads a town the gazetteer does not list, named like a person, as a town', () => {
    for (const text of ['Сәтбаев қаласында', 'Сәтбаев қаласының әкімі', 'Сәтбаев қаласына']) {
      const [hit] = findPlaces(text, 'kk');
      expect(hit).toMatchObject({ kind: 'city', id: 'satbaev-city' });
      expect(hit?.name.kk).toBe('Сәтбаев қаласы');
    }
    // A listed city keeps its own entry and spelling.
    expect(ids('Ақтөбе қаласында')).toEqual(['aktobe']);
    // "Қалалық" (the town's) follows sentence openers too: only the noun names a town.
    expect(ids('Кеше қалалық мәслихаттың сессиясында')).toEqual([]);
    expect(ids('Кеше қаласында')).toEqual([]);
    // Not a town: the surname before another noun.
    expect(ids('Сәтбаев көшесінде')).toEqual([]);
  });

  it('does not take pronouns for district names: Онда аудандық филиалдың', () => {
    expect(ids('Онда аудандық филиалдың хатшысы')).toEqual([]);
  });

  it('resolves <initials>ОФ branch codes, older regions winning shared initials', () => {
    expect(ids('«AMANAT» ПАРТИЯСЫ БҚОФ ТӨРАҒАСЫ')).toEqual(['west-kazakhstan']);
    expect(ids('«AMANAT» ПАРТИЯСЫ ПОФ ТӨРАҒАСЫ')).toEqual(['pavlodar-region']);
    expect(ids('«AMANAT» ПАРТИЯСЫ ЖОФ ТӨРАҒАСЫ')).toEqual(['jambyl']);
    // Қ starts Қарағанды, Қостанай and Қызылорда: ambiguous, so not resolved.
    expect(ids('ҚОФ төрағасы')).toEqual([]);
  });

  it('rejects surnames and words that only start like a place', () => {
    expect(ids('Атқарушы хатшысы Асхат Оралов ашты')).toEqual([]);
    expect(ids('«СНПС-Ақтөбемұнайгаз» АҚ базасында')).toEqual([]);
    expect(ids('Жаңа Конституция жобасы')).toEqual([]);
    expect(ids('оралман отбасылар')).toEqual([]);
  });

  it('finds the country in inflected and uppercase forms', () => {
    expect(ids('Қазақстанның бірқатар өңірінде')).toEqual(['kazakhstan']);
    expect(findPlaces('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ПРЕЗИДЕНТІ', 'kk')[0]?.text).toBe(
      'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ',
    );
  });
});

describe('findPlaces(text, "ru")', () => {
  it.each([
    ['Штаб открылся в Астане', 'astana'],
    ['в Шымкенте прошла встреча', 'shymkent'],
    ['жители Кызылординской области', 'kyzylorda-region'],
    ['в Уральске и в Орале', 'oral'],
    ['аким Алматы', 'almaty'],
  ])('finds the place in %s', (text, id) => {
    expect(ids(text, 'ru')[0]).toBe(id);
  });

  it('rejects surname-like endings: Павлодаров is not Павлодар', () => {
    expect(ids('Иван Павлодаров', 'ru')).toEqual([]);
  });

  it('reads a Russian town named like a person after "город" or "г."', () => {
    expect(findPlaces('в городе Сатпаев', 'ru').map((p) => [p.kind, p.name.ru])).toEqual([['city', 'город Сатпаев']]); // prettier-ignore
    expect(findPlaces('г. Сатпаев', 'ru').map((p) => p.kind)).toEqual(['city']);
    expect(findPlaces('в городе Уральске', 'ru').map((p) => p.id)).toEqual(['oral']);
  });

  it('reads Russian districts and villages', () => {
    expect(findPlaces('Байтерекский район, в селе Махамбет', 'ru').map((p) => p.id)).toEqual([
      'baiterek-district',
      'makhambet-village',
    ]);
  });
});

/**
 * The countries whose leaders and envoys Kazakh news names most, in the cases a sentence puts them
 * in: generated Kazakh endings by vowel harmony and the Russian cases of each stem.
 */
describe('countries, in every case', () => {
  const front = (w: string) =>
    /[әеөүі]/u.test([...w.toLowerCase()].reverse().find((c) => /[аәеөоұүыіяю]/u.test(c))!);
  const kkCases = (w: string) => {
    const f = front(w);
    const vowel = /[аәеөоұүыіяю]$/u.test(w);
    const voiceless = /[кқпстфхцчшщ]$/u.test(w);
    const h = (b: string, fr: string) => (f ? fr : b);
    return [
      w + (vowel ? h('ның', 'нің') : voiceless ? h('тың', 'тің') : h('дың', 'дің')),
      w + (vowel ? h('ға', 'ге') : voiceless ? h('қа', 'ке') : h('ға', 'ге')),
      w + (voiceless ? h('та', 'те') : h('да', 'де')),
      w + (vowel ? h('дан', 'ден') : voiceless ? h('тан', 'тен') : h('дан', 'ден')),
    ];
  };
  const KK: Array<[string, string]> = [
    ['Түркия', 'turkey'],
    ['Вьетнам', 'vietnam'],
    ['Үндістан', 'india'],
    ['Пәкістан', 'pakistan'],
    ['Моңғолия', 'mongolia'],
    ['Әзербайжан', 'azerbaijan'],
    ['Германия', 'germany'],
    ['Катар', 'qatar'],
  ];
  it.each(KK.flatMap(([w, id]) => kkCases(w).map((form) => [form, id] as const)))(
    'kk %s is %s',
    (form, id) => {
      expect(ids(`${form} елшісі`)).toContain(id);
    },
  );
  const RU: Array<[string, string]> = [
    ['Турция Турции Турцию Турцией', 'turkey'],
    ['Индия Индии Индию Индией', 'india'],
    ['Вьетнам Вьетнама Вьетнаму Вьетнамом', 'vietnam'],
    ['Германия Германии Германию Германией', 'germany'],
    ['Египет Египта Египту Египтом', 'egypt'],
    ['США', 'usa'],
  ];
  it.each(RU.flatMap(([forms, id]) => forms.split(' ').map((form) => [form, id] as const)))(
    'ru %s is %s',
    (form, id) => {
      expect(ids(`посол ${form} прибыл`, 'ru')).toContain(id);
    },
  );
});

describe('the literal prefilter of a form', () => {
  it('is the form’s longest literal piece, in lower case', () => {
    expect(compileForm('Республик~ Казахстан', 'x').needle).toBe('республик');
    expect(compileForm('Батыс Қазақстан облыс', 'x').needle).toBe('қазақстан');
    expect(compileForm('город~ Уральск', 'x').needle).toBe('уральск');
  });
  it('leaves matching as it was: upper case, inflected, multi-word', () => {
    const forms = [compileForm('Республик~ Казахстан', 'kz'), compileForm('Орал', 'oral')];
    const hits = (text: string) => matchForms(text, 'ru', forms).map((h) => h.text);
    expect(hits('РЕСПУБЛИКИ КАЗАХСТАН')).toEqual(['РЕСПУБЛИКИ КАЗАХСТАН']);
    expect(hits('в Орале и в Республике Казахстан')).toEqual(['Республике Казахстан', 'Орале']);
    expect(hits('орал- и казах')).toEqual([]);
  });
  it('finds a form wherever the text holds it, whatever surrounds it (generated texts)', () => {
    const form = compileForm('Батыс Қазақстан облыс', 'wko');
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (before, after, upper) => {
        const phrase = upper ? 'БАТЫС ҚАЗАҚСТАН ОБЛЫСЫНДА' : 'Батыс Қазақстан облысында';
        const text = `${before} ${phrase} ${after}`;
        const hits = matchForms(text, 'kk', [form]).map((h) => h.text);
        expect(hits).toContain(phrase);
      }),
    );
  });
  it('skips a text that holds the needle’s letters but not its letter pairs', () => {
    const forms = [compileForm('Астана', 'astana')];
    expect(matchForms('а'.repeat(10_000), 'kk', forms)).toEqual([]);
    expect(matchForms('нат аст ана', 'kk', forms)).toEqual([]);
    expect(matchForms('нат Астанада', 'kk', forms).map((h) => h.text)).toEqual(['Астанада']);
  });
});

describe('a pronoun opening a sentence is no place name', () => {
  // The demonstrative and personal pronouns in their cases, before "аудан", "ауыл", "қала".
  const PRONOUNS = ['Олармен', 'Оларға', 'Олардан', 'Онымен', 'Оған', 'Соған', 'Содан', 'Осыдан', 'Бұдан', 'Бізбен', 'Бізге', 'Сіздерге', 'Маған']; // prettier-ignore
  for (const word of PRONOUNS)
    for (const noun of ['аудан', 'ауыл', 'қала'])
      it(`"${word} ${noun} әкімі кездесті": no place`, () => {
        expect(findPlaces(`${word} ${noun} әкімі кездесті.`, 'kk')).toEqual([]);
      });

  it('a district whose name begins like a pronoun is still a place ("Бұланды ауданында")', () => {
    expect(findPlaces('Бұланды ауданында сайлау өтті.', 'kk').map((p) => p.id)).toEqual(['bulandy-district']);
  }); // prettier-ignore
});
