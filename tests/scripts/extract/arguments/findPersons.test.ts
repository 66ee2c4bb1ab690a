import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const people = (text: string, lang: 'kk' | 'ru' = 'kk') =>
  findPersons(text, lang).map((p) => (p.role ? [p.name, p.role] : [p.name]));

describe('findPersons(text, "kk")', () => {
  it.each([
    ['Себебі, Мәжіліс төрағасы Ерлан Қошанов 23 жыл', 'Ерлан Қошанов', 'Мәжіліс төрағасы'],
    ['Партия ардагері Жолдасбек Балғабаев алдағы сайлау', 'Жолдасбек Балғабаев', 'Партия ардагері'],
    ['– дейді мектеп мұғалімі Лунара Жалелова.', 'Лунара Жалелова', 'мектеп мұғалімі'],
    ['Жиында сөз алған депутат Саясат Нұрбекте ұсынысын айтты.', 'Саясат Нұрбек', 'депутат'],
    ['Президент Қ.Тоқаев халыққа арнаған Жолдауы', 'Қ.Тоқаев', 'Президент'],
    [
      'Онда аудандық филиалдың атқарушы хатшысы Е.Жақып партия',
      'Е.Жақып',
      'аудандық филиалдың атқарушы хатшысы',
    ],
    [
      '– Өздеріңізге мәлім, Мемлекет басшысы Қасым-Жомарт Кемелұлы Тоқаев ірі',
      'Қасым-Жомарт Кемелұлы Тоқаев',
      'Мемлекет басшысы',
    ],
    [
      'Павлодар облысының әкімі Асайын Байханов кездесті',
      'Асайын Байханов',
      'Павлодар облысының әкімі',
    ],
  ])('reads %s', (text, name, role) => {
    expect(people(text)).toEqual([[name, role]]);
  });

  it('walks the role phrase back to the verb of saying', () => {
    const text =
      '», – деді Көкшетау қаласындағы Жоғары техникалық колледжінің кәсіптік бағдар беру бөлімінің меңгерушісі Бауыржан Ибраев.';
    expect(people(text)).toEqual([
      [
        'Бауыржан Ибраев',
        'Көкшетау қаласындағы Жоғары техникалық колледжінің кәсіптік бағдар беру бөлімінің меңгерушісі',
      ],
    ]);
  });

  it('puts inflected surnames in the nominative: Қасым-Жомарт Тоқаевты → Тоқаев', () => {
    expect(people('съезі мен Қасым-Жомарт Тоқаевты қолдау жөніндегі')).toEqual([
      ['Қасым-Жомарт Тоқаев'],
    ]);
    expect(people('Мұны Ерлан Қошановқа тапсырды')).toEqual([['Ерлан Қошанов']]);
  });

  it('accepts names with surname endings and no role', () => {
    expect(people('әріптесім Лаура Қуанышқызы толығырақ баяндайды')).toEqual([
      ['Лаура Қуанышқызы'],
    ]);
    expect(people('Ердәулет Ыбырайұлы, Самат Оспанов')).toEqual([
      ['Ердәулет Ыбырайұлы'],
      ['Самат Оспанов'],
    ]);
  });

  // Whose post it is: a country or a body named before a post in the possessive.
  it.each([
    'Мемлекет басшысы Вьетнам елшісімен жеке әңгімелесті.',
    'Мемлекет басшысы Моңғолия Президентімен кездесті.',
    'Президент Катар әмірімен телефон арқылы сөйлесті.',
    'Сенат төрағасы Египет елшісін қабылдады.',
    'Мемлекет басшысы Никарагуа елшісімен кездесті.',
    'Мемлекет басшысы Эквадор Президентімен кездесті.',
  ])('takes no person from a country before a post: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each(['Накануне', 'Затем', 'Позже', 'Утром', 'Однако', 'Кейін', 'Содан', 'Алайда', 'Енді'])(
    'leaves the opener "%s" out of the name after it',
    (opener) => {
      expect(people(`${opener} Токаев провел встречу.`).map((p) => p[0])).toEqual(['Токаев']);
    },
  );

  it('rejects capitalised pairs that are not people', () => {
    expect(people('Жаңа Конституция Еліміздің болашақ')).toEqual([]);
    expect(people('Құрамында 150 адам. Жақын уақытта біз')).toEqual([]);
    expect(people('Бүгін Астана мен Алматы')).toEqual([]);
  });

  it('drops a sentence opener before a two-word name', () => {
    expect(people('Бүгін Асхат Оралов сөйледі')).toEqual([['Асхат Оралов']]);
  });

  it('reads speakers of caption lines, re-cased', () => {
    const [p] = findPersons(
      'Асхат ОРАЛОВ, «NUR OTAN» ПАРТИЯСЫНЫҢ АТҚАРУШЫ ХАТШЫСЫ:\n\nСәуірде…',
      'kk',
    );
    expect(p).toMatchObject({
      text: 'Асхат ОРАЛОВ',
      name: 'Асхат Оралов',
      role: '«Nur Otan» партиясының атқарушы хатшысы',
    });
  });
});

describe('findPersons(text, "ru")', () => {
  it('takes the Russian role before the name, with its genitive', () => {
    expect(people('Как заявил председатель Мажилиса Ерлан Кошанов, закон', 'ru')).toEqual([
      ['Ерлан Кошанов', 'председатель Мажилиса'],
    ]);
  });

  it('normalises Russian instrumental surnames and keeps patronymics', () => {
    expect(people('встретился с Токаевым. Иван Петрович Сидоров', 'ru')).toEqual([
      ['Токаев'],
      ['Иван Петрович Сидоров'],
    ]);
  });
});

describe('findPersons(text, "ru") in the nominative', () => {
  it.each([
    ['Эксперты поддержали инициативу Касым-Жомарта Токаева о реформе.', 'Касым-Жомарт Токаев'],
    ['Встреча с Нурсултаном Назарбаевым прошла в Акорде.', 'Нурсултан Назарбаев'],
    ['Слово предоставили Ерлану Кошанову, затем выступил другой депутат.', 'Ерлан Кошанов'],
    ['Награду вручили Майре Ильясовой в столице.', 'Майра Ильясова'],
    ['Решение поддержала Айгерим Сатыбалдиева из Алматы.', 'Айгерим Сатыбалдиева'],
    ['О планах рассказали Динаре Токаевой и её коллегам.', 'Динара Токаева'],
    ['Коллеги поздравили министра Романа Скляра с назначением.', 'Роман Скляр'],
    [
      'Партия поддержала кандидатуру Касым-Жомарта Кемелевича Токаева.',
      'Касым-Жомарт Кемелевич Токаев',
    ],
    ['Письмо вручили Анне Сергеевне Кузнецовой лично.', 'Анна Сергеевна Кузнецова'],
  ])('reads %s', (text, name) => {
    expect(people(text, 'ru').map((p) => p[0])).toEqual([name]);
  });

  it('lets the verb settle a lone surname', () => {
    expect(people('Как заявила Назарбаева журналистам, закон', 'ru')).toEqual([['Назарбаева']]);
    expect(people('Как заявил Назарбаев журналистам, закон', 'ru')).toEqual([['Назарбаев']]);
    expect(people('Письмо передали Назарбаеву вчера', 'ru')).toEqual([['Назарбаев']]);
  });
});

describe('findPersons(text, "ru") is not fooled by capitalised nouns', () => {
  it('takes neither a body nor an adjective after a role for a person', () => {
    expect(people('Решение председателя Центризбиркома опубликовано.', 'ru')).toEqual([]);
    expect(people('Решение председателя Конституционного совета опубликовано.', 'ru')).toEqual([]);
  });

  it('takes no capitalised noun a preposition governs for a surname', () => {
    for (const [prep, noun] of [
      ['с', 'Посланием'],
      ['в', 'Послании'],
      ['на', 'Курултае'],
      ['к', 'Парламенту'],
      ['по', 'Конституции'],
    ])
      expect(people(`Президент выступил ${prep} ${noun} народу.`, 'ru')).toEqual([]);
    // A surname of the strong shape still is one.
    expect(people('Президент встретился с Назарбаевым.', 'ru').map((p) => p[0])).toEqual([
      'Назарбаев',
    ]);
  });
});

describe('findPersons takes no body governed by a verb for a person', () => {
  // The body names the meeting; a post before a past verb is the subject's, not the body's.
  it.each([
    ['Президент провел заседание Совета безопасности.', 'ru'],
    ['Президент провела заседание Комиссии по правам человека.', 'ru'],
    ['Токаев созвал заседание Совета.', 'ru'],
    ['Президент Қауіпсіздік кеңесінің отырысын өткізді.', 'kk'],
    ['Президент Жоғарғы сотқа жүгінді.', 'kk'],
    ['Президент Конституцияны жаңа редакцияда қабылдауды ұсынды.', 'kk'],
    ['Депутаттар Комиссияға хат жолдады.', 'kk'],
    ['Президент Федерации выступил.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(people(text, lang).filter(([name]) => !/Токаев/u.test(name ?? ''))).toEqual([]);
  });

  it('ends the post at a word in a case of its own', () => {
    const [person] = people(
      'Тұрғындардың алдына аудан әкімінің орынбасары Руслан Әбенов шықты.',
      'kk',
    );
    expect(person).toEqual(['Руслан Әбенов', 'аудан әкімінің орынбасары']);
  });

  it('keeps an adverb of time out of the post before a name', () => {
    const [person] = people('Бүгін Мемлекет басшысы Қасым-Жомарт Тоқаев отырыс өткізді.', 'kk');
    expect(person).toEqual(['Қасым-Жомарт Тоқаев', 'Мемлекет басшысы']);
  });
});

describe('findPersons takes no capitalised common noun or adjective for a name', () => {
  // Kazakh writes its state acts with a capital, inflected after the post ("Президент
  // Жолдауында"); Russian names of bodies and regions open with capitalised adjectives.
  it.each([
    ['Президент Жолдауында жаңа реформаларды ұсынды.', 'kk', []],
    ['Мемлекет басшысы Жарлыққа қол қойды.', 'kk', []],
    ['Президент Жарлығымен Ерлан Қарин тағайындалды.', 'kk', ['Ерлан Қарин']],
    ['Тізімді Назарбаев бекітті.', 'kk', ['Назарбаев']],
    ['Председатель Высшего Евразийского совета выступил.', 'ru', []],
    ['Аким Восточно-Казахстанской области ушел в отставку.', 'ru', []],
    ['Лидеры Центральной Азии встретятся в Астане.', 'ru', []],
    ['Облыс Әкімшілігі Жолдау туралы хабарлады.', 'kk', []],
    ['Президент Ақордада Жолдау жолдады.', 'kk', []],
    ['Генсек выступил на сессии Генассамблеи ООН.', 'ru', []],
    ['Аким Мангистауской области ушел в отставку.', 'ru', []],
    ['Новым председателем избран Ерлан Кошанов.', 'ru', ['Ерлан Кошанов']],
    ['По данным Orda, аким провел встречу.', 'ru', []],
    ['Сквер на улице Есенжанова застроят.', 'ru', []],
    ['Есенжанов көшесіндегі саябақ жабылды.', 'kk', []],
    ['Төлегенов ауылында жиын өтті.', 'kk', []],
    [
      'Құжатты депутаттарына Мәдениет және ақпарат министрі Аида Балаева таныстырды.',
      'kk',
      ['Аида Балаева'],
    ],
    [
      'Аудан әкімі Ғалымжан Төлегенов ауылға келіп, тұрғындармен кездесті.',
      'kk',
      ['Ғалымжан Төлегенов'],
    ],
    [
      'Секретарь Восточно-Казахстанского маслихата Даурен Ахметжанов ушел.',
      'ru',
      ['Даурен Ахметжанов'],
    ],
  ] as const)('%s', (text, lang, names) => {
    expect(people(text, lang).map(([name]) => name)).toEqual(names);
  });

  it('keeps a surname that only starts like one (Атамбаев)', () => {
    expect(people('Президент Атамбаев сапармен келді.', 'kk').map(([n]) => n)).toEqual([
      'Атамбаев',
    ]);
  });
});

describe('findPersons reads foreign names of three parts', () => {
  it('after a post inside a run of capitalised words, with that post as the role (kk)', () => {
    const text =
      'Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен телефон арқылы сөйлесті.';
    expect(people(text)).toEqual([['Режеп Тайып Ердоған', 'Түркия Президенті']]);
  });

  it('in the instrumental and the genitive, cut from a surname of any shape (kk)', () => {
    for (const form of ['Ердоғанмен', 'Ердоғанның'])
      expect(people(`Түркия Президенті Режеп Тайып ${form} кездесті.`)[0]?.[0]).toBe(
        'Режеп Тайып Ердоған',
      );
  });

  it('in every case of Russian, back in the nominative', () => {
    for (const words of [
      'Реджепом Тайипом Эрдоганом',
      'Реджепа Тайипа Эрдогана',
      'Реджепу Тайипу Эрдогану',
    ])
      expect(
        people(`Глава государства встретился с Президентом Турции ${words}.`, 'ru')[0]?.[0],
      ).toBe('Реджеп Тайип Эрдоган');
  });

  it('still leaves out an opener before two words at the start of a sentence', () => {
    expect(people('Сонда Ерлан Қошанов сөз сөйледі.')).toEqual([['Ерлан Қошанов']]);
    expect(people('Вчера. Затем Ерлан Кошанов выступил.', 'ru').map((p) => p[0])).toEqual(['Ерлан Кошанов']); // prettier-ignore
  });
});

describe('a plural post before a lone word', () => {
  // "депутаттар Жер кодексіне": a plural post stands before several people, so a lone word after
  // it is a surname only when it looks like one; generated over plural posts and code names.
  const posts = ['депутаттар', 'сенаторлар', 'министрлер', 'әкімдер', 'депутаттары'];
  const codes = ['Жер', 'Салық', 'Су', 'Орман', 'Еңбек'];
  it.each(posts)('"%s <Name> кодексіне" names no one', (post) => {
    for (const code of codes)
      expect(people(`Бүгін ${post} ${code} кодексіне түзетулерді мақұлдады.`), code).toEqual([]);
  });
  it.each(posts)('"%s" before surnames still names them', (post) => {
    expect(people(`Бүгін ${post} Сайыров пен Әбенова сауал жолдады.`).map(([n]) => n)).toEqual([
      'Сайыров',
      'Әбенова',
    ]);
  });
});

describe('a capitalised act between two names', () => {
  // "Тоқаевтың Жарлығымен Асайын Байханов …": the act ends one name and the next begins after
  // it. Generated over acts and appointees.
  const acts = ['Жарлығымен', 'Жарлығына сәйкес', 'Өкімімен', 'Қаулысымен'];
  const appointees = ['Асайын Байханов', 'Ерлан Қошанов', 'Дана Нұржанова'];
  it.each(acts)('"… Тоқаевтың %s <Name> …"', (act) => {
    for (const who of appointees)
      expect(
        people(`Мемлекет басшысы Қасым-Жомарт Тоқаевтың ${act} ${who} облыс әкімі болып тағайындалды.`).map(([n]) => n), // prettier-ignore
        who,
      ).toEqual(['Қасым-Жомарт Тоқаев', who]);
  });
});
