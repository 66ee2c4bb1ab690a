/**
 * Kazakh trigger nouns in every case, bare and with the 3rd-person possessive, generated from the
 * morphology (vowel harmony, the stem's last sound), each must be read as its event type.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

// и in loanwords counts as front (митингке); a final б, в, г, д is devoiced (митингте).
const FRONT = /[әеөүіэи]/u;
const VOWELS = /[аәеөоұүыіэюяи]/u;
const VOICELESS = /[кқпстфхцчшщбвгд]$/u;

/** The forms of a noun: 7 cases bare and after the possessive -(с)ы/-(с)і. */
function paradigm(stem: string): string[] {
  const lastVowel = [...stem].reverse().find((c) => VOWELS.test(c)) ?? 'а';
  const front = FRONT.test(lastVowel);
  const h = (back: string, fr: string) => (front ? fr : back);
  const last = stem.at(-1)!;
  // A final у or й is a glide: it takes the endings of a sonorant consonant (сайлаудың, сайлауы).
  const vowel = VOWELS.test(last);
  const nasal = /[мнң]$/u.test(stem);
  const sonorant = /[лрйжзу]$/u.test(stem);
  const voiceless = VOICELESS.test(stem);
  const bare = [
    stem,
    stem + (vowel || nasal ? h('ның', 'нің') : voiceless ? h('тың', 'тің') : h('дың', 'дің')),
    stem + (voiceless ? h('қа', 'ке') : h('ға', 'ге')),
    stem + (vowel ? h('ны', 'ні') : voiceless ? h('ты', 'ті') : h('ды', 'ді')),
    stem + (voiceless ? h('та', 'те') : h('да', 'де')),
    stem + (nasal ? h('нан', 'нен') : voiceless ? h('тан', 'тен') : h('дан', 'ден')),
    stem + (voiceless ? 'пен' : vowel || nasal || sonorant ? 'мен' : 'бен'),
  ];
  const poss = stem + (vowel ? h('сы', 'сі') : h('ы', 'і'));
  const possessed = [
    poss,
    poss + h('ның', 'нің'),
    poss + h('на', 'не'),
    poss + 'н',
    poss + h('нда', 'нде'),
    poss + h('нан', 'нен'),
    poss + 'мен',
  ];
  return [...bare, ...possessed];
}

const NOUNS: Array<[string, string]> = [
  ['сайлау', 'election'],
  ['референдум', 'referendum'],
  ['жолдау', 'address'],
  ['форум', 'meeting'],
  ['саммит', 'meeting'],
  ['сессия', 'session'],
  ['құрылтай', 'congress'],
  ['отставка', 'resignation'],
  ['инаугурация', 'inauguration'],
  ['митинг', 'other'],
  ['наразылық', 'other'],
];

describe('Kazakh trigger nouns in every case and possessive form', () => {
  for (const [stem, type] of NOUNS) {
    it.each(paradigm(stem))(`%s → ${type}`, (form) => {
      const sentence = `Биыл ${form} ел өмірінде маңызды оқиға болды.`;
      expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain(type);
    });
  }

  it('generates the forms the grammar says', () => {
    expect(paradigm('сайлау')).toEqual(
      expect.arrayContaining([
        'сайлаудың',
        'сайлауға',
        'сайлауды',
        'сайлауда',
        'сайлауы',
        'сайлауында',
      ]),
    );
    expect(paradigm('митинг')).toEqual(expect.arrayContaining(['митингке', 'митингте', 'митингі']));
  });
});

describe('"Үкімет" (the Government) in every form is no "үкім" (a verdict)', () => {
  it.each(paradigm('үкімет'))('%s', (form) => {
    const sentence = `${form[0]!.toUpperCase()}${form.slice(1)} жаңа құрамы 11 қаңтарда жарияланды.`;
    const facets = findTriggers(sentence, 'kk').map((h) => h.trigger.facet);
    expect(facets).not.toContain('court');
  });

  it.each(paradigm('үкім'))('while the verdict is still read: %s', (form) => {
    expect(
      findTriggers(`Сот бүгін ${form} жариялады.`, 'kk').map((h) => h.trigger.facet),
    ).toContain('court');
  });
});

describe('"сапар" (a visit) in every form, and the surname Сапаров is none', () => {
  it.each(paradigm('сапар'))('%s is a visit', (form) => {
    expect(
      findTriggers(`Президент 5 наурызда ресми ${form} Түркияда болды.`, 'kk').map(
        (h) => h.trigger.type,
      ),
    ).toContain('meeting');
  });

  it.each(['Сапаров', 'Сапаровтың', 'Сапаровқа', 'Сапаровты', 'Сапарова', 'Сапаровпен'])(
    '%s is a name',
    (name) => {
      const facets = findTriggers(`Мәслихат хатшысы ${name} бүгін сөз сөйледі.`, 'kk').map(
        (h) => h.trigger.facet,
      );
      expect(facets).not.toContain('visit');
    },
  );
});

describe('a name built on a cue word is a person, not the cue', () => {
  const types = (sentence: string) => findTriggers(sentence, 'kk').map((h) => h.trigger.type);
  // The surname in every case a sentence gives it, after a given name that is also a word.
  const surnames = ['Жақыпов', 'Жақыповтың', 'Жақыповқа', 'Жақыповты', 'Жақыповтан', 'Жақыповпен'];

  it.each(surnames)('Сайлау %s is a man called Сайлау', (surname) => {
    expect(types(`Мәслихат хатшысы Сайлау ${surname} 5 наурызда сөз сөйледі.`)).not.toContain(
      'election',
    );
  });

  it.each(['Сайлаубек', 'Сайлаубектің', 'Сайлаубай', 'Сайлаубайға'])('%s is a name', (name) => {
    expect(types(`Облыс әкімі ${name} Ахметов 5 наурызда сөз сөйледі.`)).not.toContain('election');
  });

  it.each([
    'Облыс әкімі Сайлаубек Ахметов 5 наурызда өткен сайлауда жеңді.',
    'Сайлау Жақыповтың айтуынша, сайлау 5 наурызда өтеді.',
    'Сайлау 5 наурызда өтті.',
    'Сайлауда Жақыпов жеңіске жетті.',
    'Кеше өткен сайлауда Жақыпов жеңді.',
  ])('while the vote is still read: %s', (sentence) => {
    expect(types(sentence)).toContain('election');
  });
  // An appeal is an address when it is to the people ("халыққа үндеу"), in every case.
  it.each(paradigm('үндеу').flatMap((form) => [`халыққа ${form}`, `қазақстандықтарға ${form}`]))(
    'Президенттің %s → address',
    (phrase) => {
      const sentence = `Кеше Президенттің ${phrase} жарияланды.`;
      expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('address');
    },
  );
  // A vote or gathering in the accusative before a verb of proposing or planning is what was
  // proposed: a topic, not a vote held. The same noun in another case stays an event.
  const OBJECTS: Array<[string, string]> = [
    ['сайлау', 'election'], ['референдум', 'referendum'], ['съезд', 'congress'],
    ['форум', 'meeting'], ['сессия', 'session'],
  ]; // prettier-ignore
  const accusative = (stem: string) => paradigm(stem)[3]!;
  it.each(
    OBJECTS.flatMap(([stem, type]) =>
      ['ұсынды', 'ұсынады', 'жоспарлап отыр', 'ұсынған'].map((verb) => [
        accusative(stem),
        verb,
        type,
      ]),
    ),
  )('"%s %s" proposes a %s: a topic', (noun, verb, type) => {
    const hit = findTriggers(`Президент әкімдерді ${noun} ${verb}.`, 'kk').find(
      (h) => h.trigger.type === type,
    );
    expect(hit?.topic).toBe(true);
  });
  it.each(OBJECTS.map(([stem, type]) => [paradigm(stem)[4]!, type]))(
    '"%s" with a verb of proposing is an event of its own (%s)',
    (noun, type) => {
      const hit = findTriggers(`Депутаттар ${noun} жаңа заң жобасын ұсынды.`, 'kk').find(
        (h) => h.trigger.type === type,
      );
      expect(hit?.topic).toBeUndefined();
    },
  );
  // A vote reached by a verbal noun that is proposed ("сайлауға көшуді ұсынды") is a topic too.
  it.each(
    OBJECTS.flatMap(([stem, type]) =>
      [
        [paradigm(stem)[2]!, 'көшуді ұсынды'],
        [stem, 'өткізуді ұсынады'],
        [paradigm(stem)[2]!, 'дайындалуды жоспарлап отыр'],
      ].map(([noun, rest]) => [noun, rest, type]),
    ),
  )('"%s %s" proposes a %s: a topic', (noun, rest, type) => {
    const hit = findTriggers(`Президент ${noun} ${rest}.`, 'kk').find(
      (h) => h.trigger.type === type,
    );
    expect(hit?.topic).toBe(true);
  });
  // A figure recorded is no registration; a party or a candidate registered is one.
  it.each(
    ['көрсеткіші', 'деңгейі', 'пайызы', 'белсенділігі', 'рекорды'].flatMap((figure) =>
      ['тіркелген', 'тіркелді'].map((verb) => [figure, verb]),
    ),
  )('"ең аз %s %s" is no registration', (figure, verb) => {
    const hits = findTriggers(`Облыста дауыс берудің ең аз ${figure} ${verb}.`, 'kk');
    expect(hits.map((h) => h.trigger.facet)).not.toContain('registration');
  });
  it.each(['Партия Әділет министрлігінде тіркелді.', 'Кандидат ретінде 12 адам тіркелген.'])(
    '%s is a registration',
    (sentence) => {
      expect(findTriggers(sentence, 'kk').map((h) => h.trigger.facet)).toContain('registration');
    },
  );
});
