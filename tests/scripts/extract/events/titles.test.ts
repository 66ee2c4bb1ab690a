import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { makeTitle } from '../../../../scripts/extract/events/titles';
import { topicOf } from '../../../../scripts/extract/events/topics';

const span = { start: 0, end: 1, text: 'x' };
const person = (name: string, role?: string) => ({ name, ...(role ? { role } : {}), evidence: span }); // prettier-ignore
const org = (id: string, name: string) => ({ id, name, evidence: span });

function parts(over: Partial<Candidate>): Parameters<typeof makeTitle>[0] {
  return {
    type: 'other',
    facet: 'default',
    organisations: [],
    places: [],
    actors: [],
    args: {},
    themes: ['society'],
    status: 'reported',
    ...over,
  };
}

describe('makeTitle(candidate)', () => {
  it('titles a day something is due by or starts on by its topic, else by the term', () => {
    expect(makeTitle(parts({ facet: 'due', status: 'planned' })).en).toBe('Deadline');
    expect(makeTitle(parts({ facet: 'instruction', status: 'planned' })).ru).toBe(
      'Установленный срок',
    );
    expect(makeTitle(parts({ facet: 'start', status: 'planned' })).kk).toBe('Басталатын күн');
    const topical = makeTitle(parts({ facet: 'due', args: { topic: 'digital-democracy' } }));
    expect(topical.en).not.toBe('Deadline');
    expect(topical).toEqual(makeTitle(parts({ args: { topic: 'digital-democracy' } })));
  });

  it('says who proposed what, not only "a proposal by"', () => {
    const t = makeTitle(
      parts({
        type: 'proposal',
        actors: [person('Саясат Нұрбек', 'депутат')],
        args: { topic: 'digital-democracy' },
      }),
    );
    expect(t).toEqual({
      kk: 'Саясат Нұрбек цифрлық демократияға басымдық беруді ұсынды',
      ru: 'Саясат Нурбек предложил отдать приоритет цифровой демократии',
      en: 'Sayasat Nurbek proposes giving priority to digital democracy',
    });
  });

  it('names the party and its new name in a proposal to rename it', () => {
    const t = makeTitle(
      parts({
        type: 'proposal',
        actors: [person('Ерлан Қошанов', 'Мәжіліс төрағасы')],
        organisations: [
          org('mazhilis', 'Мәжіліс'),
          org('nur-otan', 'Nur Otan'),
          org('amanat', 'AMANAT'),
        ],
        args: { newName: 'Аманат' },
      }),
    );
    expect(t.en).toBe('Yerlan Koshanov proposes renaming Nur Otan AMANAT');
    expect(t.ru).toBe('Ерлан Кошанов предложил переименовать партию «Nur Otan» в «AMANAT»');
  });

  it('spells the President officially in English and in Kazakh, from a Russian text too', () => {
    const t = makeTitle(
      parts({
        type: 'inauguration',
        actors: [person('Касым-Жомарт Токаев')],
      }),
    );
    expect(t).toEqual({
      kk: 'Қасым-Жомарт Тоқаев Президент ретінде ант берді',
      ru: 'Касым-Жомарт Токаев вступил в должность президента',
      en: 'Kassym-Jomart Tokayev sworn in as President',
    });
  });

  it('titles an appointment by the appointee and post, with the Russian participle in gender', () => {
    const base = {
      type: 'appointment' as const,
      args: { post: 'acting-prime-minister' as const },
    };
    const man = makeTitle(
      parts({
        ...base,
        actors: [person('Қасым-Жомарт Тоқаев', 'Президент'), person('Роман Скляр')],
      }),
    );
    expect(man.en).toBe('Roman Sklyar appointed acting Prime Minister');
    expect(man.ru).toBe('Роман Скляр назначен исполняющим обязанности премьер-министра');
    expect(man.kk).toBe('Роман Скляр Премьер-Министрдің міндетін атқарушы болып тағайындалды');
    const woman = makeTitle(parts({ ...base, actors: [person('Айгерим Сатыбалдиева')] }));
    expect(woman.ru).toBe(
      'Айгерим Сатыбалдиева назначена исполняющим обязанности премьер-министра',
    );
    const planned = makeTitle(
      parts({ ...base, status: 'planned', actors: [person('Роман Скляр')] }),
    );
    expect(planned.en).toBe('Roman Sklyar to be appointed acting Prime Minister');
  });

  it('titles the Government resigning, and a person stepping down from a post', () => {
    expect(makeTitle(parts({ type: 'resignation', args: { post: 'government' } })).en).toBe(
      'The Government resigns',
    );
    expect(
      makeTitle(
        parts({
          type: 'resignation',
          actors: [person('Нұрсұлтан Назарбаев')],
          args: { post: 'president' },
        }),
      ),
    ).toEqual({
      kk: 'Нұрсұлтан Назарбаев Президент қызметінен кетті',
      ru: 'Нурсултан Назарбаев ушёл с поста президента',
      en: 'Nursultan Nazarbayev steps down as President',
    });
  });

  it('calls a decree a decree only when the head of state signs it', () => {
    const president = makeTitle(
      parts({
        type: 'decree',
        actors: [person('Қасым-Жомарт Тоқаев', 'Мемлекет басшысы')],
        args: { topic: 'state-of-emergency' },
      }),
    );
    expect(president.en).toBe('Kassym-Jomart Tokayev signs a decree on a state of emergency');
    expect(president.kk).toBe(
      'Қасым-Жомарт Тоқаев төтенше жағдай енгізу туралы Жарлыққа қол қойды',
    );
    const speaker = makeTitle(
      parts({
        type: 'decree',
        actors: [person('Ерлан Кошанов', 'председатель Мажилиса')],
        args: { topic: 'joint-session' },
      }),
    );
    expect(speaker.en).toBe(
      'Yerlan Koshanov signs an order on convening a joint session of Parliament',
    );
    expect(speaker.ru).toBe(
      'Ерлан Кошанов подписал распоряжение о созыве совместного заседания палат Парламента',
    );
  });

  it('tells planned events as ahead and reported ones as done', () => {
    const address = (status: 'planned' | 'reported') =>
      makeTitle(
        parts({ type: 'address', status, actors: [person('Қасым-Жомарт Тоқаев', 'Президент')] }),
      );
    expect(address('reported').en).toBe('Kassym-Jomart Tokayev addresses the nation');
    expect(address('planned').en).toBe('Kassym-Jomart Tokayev to address the nation');
    expect(address('planned').kk).toBe('Қасым-Жомарт Тоқаев Қазақстан халқына Жолдау жолдамақ');
  });

  it('calls a press conference one, not a visit', () => {
    const chair = [person('Нұрлан Әбдіров', 'ОСК төрағасы')];
    const t = makeTitle(parts({ type: 'meeting', facet: 'press', actors: chair }));
    expect(t.en).toBe('Nurlan Abdirov holds a press conference');
    expect(t.kk).toBe('Нұрлан Әбдіров баспасөз мәслихатын өткізді');
    expect(makeTitle(parts({ type: 'meeting', facet: 'press' })).ru).toBe('Пресс-конференция');
  });

  it('names only the head of state as the author of an Address or the one sworn in', () => {
    const deputy = [person('Самат Нұрланов', 'Мәжіліс депутаты')];
    expect(makeTitle(parts({ type: 'address', actors: deputy })).en).toBe(
      "The President's address to the nation",
    );
    expect(makeTitle(parts({ type: 'inauguration', actors: deputy })).en).not.toContain('Nurlanov');
    const both = [...deputy, person('Қасым-Жомарт Тоқаев', 'Президент')];
    expect(makeTitle(parts({ type: 'address', actors: both })).en).toBe(
      'Kassym-Jomart Tokayev addresses the nation',
    );
  });

  it('says who met whom and where', () => {
    const t = makeTitle(
      parts({
        type: 'meeting',
        facet: 'meeting',
        places: [
          {
            id: 'aktobe',
            kind: 'city',
            name: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
            evidence: span,
          },
        ],
        args: { byWhom: 'delegates', withWhom: 'party-members' },
      }),
    );
    expect(t).toEqual({
      kk: 'Съезд делегаттары партия мүшелерімен кездесті (Ақтөбе)',
      ru: 'Делегаты съезда встретились с членами партии (Актобе)',
      en: 'Congress delegates meet party members in Aktobe',
    });
  });

  it('never has a group meet itself: the person meets it', () => {
    const t = makeTitle(
      parts({
        type: 'meeting',
        facet: 'meeting',
        actors: [person('Ғалымжан Төлегенов', 'аудан әкімі')],
        args: { byWhom: 'residents', withWhom: 'residents' },
      }),
    );
    expect(t.en).toBe('Galymzhan Tolegenov meets local residents');
  });

  it("names the congress whose results are discussed, the party's not the coalition's", () => {
    const t = makeTitle(
      parts({
        type: 'meeting',
        facet: 'discussion',
        organisations: [org('peoples-coalition', 'халықтық коалиция'), org('amanat', 'AMANAT')],
        args: { topic: 'congress-results', ordinal: 24 },
      }),
    );
    expect(t.en).toBe("Discussion of the results of AMANAT's 24th congress");
    expect(t.ru).toBe('Обсуждение итогов XXIV съезда партии «AMANAT»');
  });

  // (Capitalising the title had made "22Nd congress of Nur Otan".)
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [19, '19th'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [112, '112th'],
  ])('titles the %i-th congress of a party "%s congress"', (ordinal, en) => {
    const t = makeTitle(
      parts({
        type: 'congress',
        facet: 'congress',
        organisations: [org('nur-otan', 'Nur Otan')],
        args: { ordinal },
      }),
    );
    expect(t.en).toBe(`${en} congress of Nur Otan`);
  });

  it('titles a city given one of the capital’s names as the capital renamed, not a party', () => {
    const t = makeTitle(
      parts({ type: 'renaming', facet: 'renaming', args: { newName: 'Астана' } }),
    );
    expect(t.en).toBe('The capital renamed Astana');
    const other = makeTitle(
      parts({ type: 'renaming', facet: 'renaming', args: { newName: 'Қонаев' } }),
    );
    expect(other.en).toBe('Renamed Konayev');
    expect(other.ru).toBe('Переименование: новое название — «Конаев»');
  });

  it('calls a congress a party’s only where a party is named, not a chamber’s', () => {
    const t = makeTitle(
      parts({
        type: 'congress',
        facet: 'congress',
        organisations: [org('mazhilis', 'Мәжіліс')],
        args: { ordinal: 25 },
      }),
    );
    expect(t).toEqual({
      kk: 'Партияның XXV съезі',
      ru: 'XXV съезд партии',
      en: '25th congress of the party',
    });
  });

  // (The Russian titles had read "Амнистии", "Введении чрезвычайного положения": the "о …" phrase
  // with its preposition cut off.)
  it.each([
    ['amnesty', 'Амнистия'],
    ['state-of-emergency', 'Введение чрезвычайного положения'],
    ['nominate-candidates', 'Выдвижение кандидатов'],
    ['constitution', 'Поправки в Конституцию'],
  ] as const)('titles an event about %s in the Russian nominative', (topic, ru) => {
    expect(makeTitle(parts({ args: { topic } })).ru).toBe(ru);
    expect(makeTitle(parts({ type: 'meeting', facet: 'discussion', args: { topic } })).ru).toBe(
      `Обсуждение: ${ru.charAt(0).toLowerCase()}${ru.slice(1)}`,
    );
  });

  it("titles the joint session of Parliament and a body's session on its topic", () => {
    expect(makeTitle(parts({ type: 'session', args: { joint: true } })).en).toBe(
      'Joint session of both chambers of Parliament',
    );
    const maslikhat = makeTitle(
      parts({
        type: 'session',
        organisations: [org('maslikhat', 'мәслихат')],
        args: { topic: 'rename-capital' },
      }),
    );
    expect(maslikhat.en).toBe('Session of the maslikhat on renaming the capital');
    expect(maslikhat.ru).toBe('Заседание маслихата о переименовании столицы');
  });

  it('titles snap and Senate elections, and a party nominating its candidate', () => {
    expect(
      makeTitle(
        parts({ type: 'election', args: { electionKind: 'presidential', extraordinary: true } }),
      ),
    ).toEqual({
      kk: 'Кезектен тыс президент сайлауы',
      ru: 'Внеочередные выборы президента',
      en: 'Snap presidential election',
    });
    expect(makeTitle(parts({ type: 'election', args: { electionKind: 'senate' } })).en).toBe(
      'Senate election',
    );
    const nominated = makeTitle(
      parts({
        type: 'proposal',
        organisations: [org('amanat', 'AMANAT')],
        actors: [person('Касым-Жомарт Токаев')],
        args: { topic: 'nominate-candidates' },
      }),
    );
    expect(nominated.en).toBe('AMANAT nominates Kassym-Jomart Tokayev as its candidate');
  });

  it('starts every title with a capital letter and falls back to "Event" for unknown kinds', () => {
    expect(makeTitle(parts({ type: 'statement', organisations: [] })).en).toBe('A statement');
    expect(makeTitle(parts({ type: 'other' }))).toEqual({
      kk: 'Оқиға',
      ru: 'Событие',
      en: 'Event',
    });
    const t = makeTitle(
      parts({ type: 'meeting', facet: 'gathering', organisations: [org('mazhilis', 'Мәжіліс')] }),
    );
    expect(t.en).toBe('Session of the Mazhilis');
  });

  it('titles events known only by their kind: registration, protest, visit, a decree by its facet', () => {
    expect(
      makeTitle(
        parts({
          type: 'other',
          facet: 'registration',
          organisations: [org('respublica', 'Respublica')],
        }),
      ).en,
    ).toBe('Respublica registered');
    expect(
      makeTitle(parts({ type: 'other', facet: 'registration', organisations: [org('cec', 'ОСК')] }))
        .en,
    ).toBe('Registration');
    expect(makeTitle(parts({ type: 'other', facet: 'protest' })).ru).toBe('Протесты');
    const visit = makeTitle(
      parts({
        type: 'meeting',
        facet: 'visit',
        actors: [person('Қасым-Жомарт Тоқаев', 'Президент')],
        places: [
          {
            id: 'aktau',
            kind: 'city',
            name: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
            evidence: span,
          },
        ],
      }),
    );
    expect(visit.en).toBe('Kassym-Jomart Tokayev visits Aktau');
    const dissolved = makeTitle(
      parts({
        type: 'decree',
        facet: 'dissolution',
        actors: [person('Қасым-Жомарт Тоқаев', 'Президент')],
      }),
    );
    expect(dissolved.en).toBe('Kassym-Jomart Tokayev signs a decree on ending powers early');
  });

  it('tells a planned renaming of the capital as ahead', () => {
    const t = makeTitle(
      parts({
        type: 'renaming',
        status: 'planned',
        args: { topic: 'rename-capital', newName: 'Астана' },
      }),
    );
    expect(t).toEqual({
      kk: 'Елорда атауы «Астана» болып өзгертілмек',
      ru: 'Столица будет переименована: новое название — «Астана»',
      en: 'The capital to be renamed Astana',
    });
  });

  it('puts a Russian past verb in the gender of the person', () => {
    const by = (name: string) =>
      makeTitle(
        parts({ type: 'proposal', actors: [person(name)], args: { topic: 'constitution' } }),
      ).ru;
    expect(by('Ерлан Кошанов')).toBe('Ерлан Кошанов предложил внести поправки в Конституцию');
    expect(by('Дарига Назарбаева')).toBe(
      'Дарига Назарбаева предложила внести поправки в Конституцию',
    );
  });

  it('names the steps of an election and of a bill, not a bare "statement" or "law"', () => {
    const results = makeTitle(
      parts({
        type: 'statement',
        facet: 'results',
        organisations: [org('cec', 'Орталық сайлау комиссиясы')],
      }),
    );
    expect(results.en).toMatch(/announces the results$/u);
    expect(makeTitle(parts({ type: 'other', facet: 'poll' })).en).toBe('Exit poll');
    expect(makeTitle(parts({ type: 'other', facet: 'campaign' })).ru).toBe(
      'Избирательная кампания',
    );
    expect(makeTitle(parts({ type: 'law', facet: 'submission' })).kk).toBe(
      'Заң жобасы Парламентке енгізілді',
    );
    expect(makeTitle(parts({ type: 'reform', facet: 'amendment' })).en).toBe(
      'Amendments to the Constitution approved',
    );
  });

  it('titles a reading by its chamber, not as a signing by whoever presented the bill', () => {
    const reading = (orgs: Candidate['organisations'], status: 'reported' | 'planned') =>
      makeTitle(parts({ type: 'law', facet: 'reading', organisations: orgs, status, actors: [person('Айдарбек Сапаров', 'министр')] })); // prettier-ignore
    expect(reading([org('mazhilis', 'Мәжіліс')], 'reported')).toEqual({ kk: 'Заң жобасы Мәжілісте қаралды', ru: 'Законопроект рассмотрен в Мажилисе', en: 'A bill is read in the Mazhilis' }); // prettier-ignore
    expect(reading([org('senate', 'Сенат')], 'planned').en).toBe('A bill to be read in the Senate');
    expect(reading([], 'reported').ru).toBe('Законопроект рассмотрен в Парламенте');
    // "Мажилис должен рассмотреть поправки Сената": the chamber named first reads it.
    const at = (id: string, name: string, start: number) => ({ id, name, evidence: { start, end: start + 5, text: name } }); // prettier-ignore
    expect(reading([at('senate', 'Сенат', 40), at('mazhilis', 'Мажилис', 0)], 'planned').en).toBe('A bill to be read in the Mazhilis'); // prettier-ignore
    expect(reading([at('mazhilis', 'Мажилис', 40), at('senate', 'Сенат', 0)], 'planned').en).toBe('A bill to be read in the Senate'); // prettier-ignore
  });

  it('only the head of state signs a law', () => {
    const law = (who: string, role: string) =>
      makeTitle(parts({ type: 'law', facet: 'law', actors: [person(who, role)] })).en;
    expect(law('Қасым-Жомарт Тоқаев', 'Президент')).toBe('Kassym-Jomart Tokayev signs the law');
    for (const [who, role] of [
      ['Айдарбек Сапаров', 'министр'],
      ['Ерлан Қошанов', 'Мәжіліс төрағасы'],
      ['Жер', 'депутаттар'],
    ] as const)
      // prettier-ignore
      expect(law(who, role), who).not.toMatch(/signs/u);
  });

  it('a person put forward in the accusative is the nominee, not the one who proposes', () => {
    const acc = (name: string, written: string) => ({ name, role: 'партия төрағасы', evidence: { start: 0, end: written.length, text: written } }); // prettier-ignore
    const nominated = (orgs: Candidate['organisations'], who: ReturnType<typeof acc>) =>
      makeTitle(parts({ type: 'proposal', args: { topic: 'nominate-candidates' }, organisations: orgs, actors: [who] })); // prettier-ignore
    for (const [name, written] of [
      ['Азат Перуашев', 'Азат Перуашевті'],
      ['Дана Әбенова', 'Дана Әбенованы'],
      ['Ерлан Қошанов', 'Ерлан Қошановты'],
    ] as const) {
      // prettier-ignore
      // (The chamber an election is for is no party that nominates.)
      expect(nominated([org('mazhilis', 'Мәжіліс')], acc(name, written)).kk, written).toMatch(/ұсынылды$/u); // prettier-ignore
      expect(nominated([], acc(name, written)).en, written).toMatch(
        /is nominated as a candidate$/u,
      );
      expect(nominated([org('ak-zhol', 'Ақ жол')], acc(name, written)).en, written).toMatch(/^Ak Zhol nominates /u); // prettier-ignore
    }
    expect(nominated([], acc('Азат Перуашев', 'Азат Перуашев')).en).not.toMatch(/is nominated/u);
  });

  it('names the single-chamber Parliament a proposal or an Address is about', () => {
    for (const [lang, text] of [
      ['kk', 'Президент Жолдауында бір палаталы Парламентке көшу туралы бастама көтерді.'],
      ['kk', 'Мемлекет басшысы Парламентті бір палаталы етуді ұсынды.'],
      ['ru', 'Президент предложил перейти к однопалатному парламенту.'],
      ['ru', 'Идея однопалатного Парламента обсуждается с марта.'],
    ] as const)
      expect(topicOf(text, lang), text).toBe('unicameral-parliament');
    const t = makeTitle(parts({ type: 'proposal', actors: [person('Қасым-Жомарт Тоқаев', 'Президент')], args: { topic: 'unicameral-parliament' } })); // prettier-ignore
    expect(t.en).toBe('Kassym-Jomart Tokayev proposes a single-chamber Parliament');
    expect(t.ru).toBe('Касым-Жомарт Токаев предложил перейти к однопалатному Парламенту');
  });
});

describe('a coalition formed in the capital', () => {
  it.each(['astana', 'karaganda', 'shymkent'])('is regional only outside the capital: %s', (id) => {
    const place = { id, name: { kk: id, ru: id, en: id }, kind: 'city' as const, evidence: { start: 0, end: 1, text: 'x' } }; // prettier-ignore
    const t = makeTitle({ type: 'coalition', facet: 'launch', organisations: [], places: [place], actors: [], args: {}, themes: ['elections'], status: 'reported' }); // prettier-ignore
    if (id === 'astana') expect(t.en).toBe('A coalition is formed');
    else expect(t.en).toBe(`Regional coalitions start work (${id})`);
  });
});
