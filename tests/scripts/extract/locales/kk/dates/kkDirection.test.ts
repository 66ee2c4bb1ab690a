import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

// DCT 2022-10-05: 6 October is ahead, 4 October behind; the tense picks which year it is.
const DCT = '2022-10-05';
const first = (text: string, dct: string | null = DCT) =>
  tagDates(text, { lang: 'kk', ...(dct !== null && { dct }) })[0]!;

// prettier-ignore
const CASES: [string, 'past' | 'future', string][] = [
  ['Съезд 6 қазанда өтті.', 'past', '2021-10-06'],                 // -ты/-ті past
  ['Депутаттар 6 қазанда ұсынған болатын.', 'past', '2021-10-06'], // -ған болатын, pluperfect
  ['6 қазанда өткен съезд шешім қабылдайды.', 'past', '2021-10-06'], // participle after the date
  ['Өткен 6 қазанда съезд болды.', 'past', '2021-10-06'],          // "өткен" before the date
  ['Съезд 4 қазанда өтеді.', 'future', '2023-10-04'],              // present-future -ады/-еді
  ['Сайлау 4 қазанда өтпек.', 'future', '2023-10-04'],             // -пақ/-пек intention
  ['4 қазанда өтетін съезге дайындық жүріп жатыр.', 'future', '2023-10-04'], // -етін participle
  ['Алдағы 4 қазанда сайлау.', 'future', '2023-10-04'],            // "алдағы" (coming)
  ['Съезд 4 қазанға шақырылды.', 'future', '2023-10-04'],          // dative target of convening
  ['Келесі сессия қыркүйек айына жоспарланған.', 'future', '2023-09'], // "айына" outside the span
  ['Сессия қыркүйекке жоспарланған.', 'future', '2023-09'],
  // A plan as the clause's predicate, whatever the date's case: what is planned lies ahead.
  ['Ал 4 қазанда жастар форумы жоспарланған.', 'future', '2023-10-04'],
  ['Қазанның 4-інде форумды өткізу көзделуде.', 'future', '2023-10-04'],
  ['Форумды 4 қазанда ашу межеленген.', 'future', '2023-10-04'],
  // The date's clause ends at its finite verb and a comma; a converb's clause does not end there.
  ['Заңды 6 қазанда мақұлдады, екінші оқылым келесі айда болады деп күтеміз.', 'past', '2021-10-06'],
  ['Сот 6 қазанда кінәлі деп танып, үкім шығарды.', 'past', '2021-10-06'],
  ['Сессия 4 қазанда басталып, желтоқсанда аяқталады.', 'future', '2023-10-04'],
  // ... or at its finite verb and a conjunction: each of two joined clauses has its own tense.
  ['Науқан 6 қазанда басталды және желтоқсанда аяқталады.', 'past', '2021-10-06'],
  ['Сессия 4 қазанда ашылады, ал қарашада сайлау өтті.', 'future', '2023-10-04'],
  ['Жоба 6 қазанда мақұлданды әрі қарашада күшіне енеді.', 'past', '2021-10-06'],
  // A date chained by a converb into what a verb reports (a participle in the accusative) has the
  // participle's tense; else it is the time of the saying.
  ['Әкім жөндеу 4 қазаннан басталып, желтоқсанда аяқталатынын жеткізді.', 'future', '2023-10-04'],
  ['Бұған дейін, 6 қазанда, министр Асқар Бейсенов жаңа ереже енгізілетінін жариялаған.', 'past', '2021-10-06'],
  // An instruction's deadline is ahead of it; "lasted until" is not.
  ['Үкіметке жоспарды 4 қазанға дейін әзірлеуді тапсырды.', 'future', '2023-10-04'],
  ['Әкімдерге 4 қазанға дейін есеп беру міндеттелді.', 'future', '2023-10-04'],
  ['Ереуіл 4 қазанға дейін жалғасты.', 'past', '2022-10-04'],
  ['Әкімдерге 4 қазанға дейін мерзім берілді.', 'future', '2023-10-04'],      // a term given
  // What was said, a verbal noun before the verb of saying, has the date's tense.
  // ("еске салды", reminded, is a verb of saying of two words; the day's hour is the date's.)
  ['Комиссия кезең 4 қазан күні сағат 00:00-де аяқталатынын еске салды.', 'future', '2023-10-04'],
  ['Комиссия кезең 4 қазанда аяқталатынын еске салды.', 'future', '2023-10-04'],
  ['Комиссия сайлау 6 қазанда өткенін еске салды.', 'past', '2021-10-06'],
  ['Учаскелер 4 қазан күні сағат 07:00-де ашылатын болады.', 'future', '2023-10-04'],
  ['Учаскелер 6 қазан күні сағат 20:00-де жабылды.', 'past', '2021-10-06'],
  ['Әкім 4 қазанда ауылға келіп, жұмысты тексеретінін айтты.', 'future', '2023-10-04'],
  ['Әкім 6 қазанда ауылға келіп, жұмысты тексергенін айтты.', 'past', '2021-10-06'],
  // What an act opened (a verbal noun in the dative) runs ahead to its deadline, in each form.
  ['Жоба 4 қазанға дейін талқылауға шығарылды.', 'future', '2023-10-04'],
  ['Құжат 4 қазанға дейін көпшіліктің талқылауына ұсынылды.', 'future', '2023-10-04'],
  ['Өтінімдер 4 қазанға дейін қарауға жіберілді.', 'future', '2023-10-04'],
  ['Тізім 4 қазанға дейін тексеруге ілінді.', 'future', '2023-10-04'],
  // The past of a vowel stem in -на (сына, жина, ойна) is no passive present (сайла-н-а-ды).
  ['6 қазанда 52 үміткер бақ сынады.', 'past', '2021-10-06'],
  ['6 қазанда кандидат 60 пайыз дауыс жинады.', 'past', '2021-10-06'],
  ['Кандидаттар 4 қазанда сайланады.', 'future', '2023-10-04'],
  ['Заң 4 қазанда күшіне енеді.', 'future', '2023-10-04'],
];

// An attributive date before the event it names is that event's: the year nearest the DCT.
describe('tagDates on an attributive date before an event noun', () => {
  it('reads the date a document bears as past ("1 қарашадағы Жолдауындағы тапсырмалар")', () => {
    // (The nearest 1 November to 5 October 2022 would be the coming one.)
    const t = first('Мемлекет басшысының 1 қарашадағы Жолдауындағы тапсырмалар орындалуда.');
    expect(t).toMatchObject({ value: '2021-11-01', direction: 'past' });
  });

  it('takes no direction from the past verb with a word between ("20 қарашадағы президент сайлауына")', () => {
    const t = first('Партия 20 қарашадағы президент сайлауына кандидат ұсынды.');
    expect(t.value).toBe('2022-11-20');
    expect(t.direction).toBeUndefined();
  });

  it('takes no direction from the past verb ("20 қарашадағы сайлауға кандидат ұсынды")', () => {
    const t = first('Партия 20 қарашадағы сайлауға кандидат ұсынды.');
    expect(t.value).toBe('2022-11-20');
    expect(t.direction).toBeUndefined();
  });
});

describe('tagDates takes the year of a year-less Kazakh date from the tense', () => {
  it.each(CASES)('%s → %s, %s', (text, direction, value) => {
    expect(first(text)).toMatchObject({ direction, value, anchor: 'dct' });
  });

  it('tagDates keeps XXXX without a DCT, whatever the tense', () => {
    expect(first('Съезд 6 қазанда өтті.', null)).toMatchObject({
      value: 'XXXX-10-06',
      direction: 'past',
      anchor: 'none',
    });
  });

  it('tagDates takes a year the text states when there is no DCT (anchor context)', () => {
    const found = tagDates('2021 жылдың 10 қаңтарында сайлау өтеді. Сайлау 10 қаңтарда.', {
      lang: 'kk',
    });
    expect(found.map((t) => [t.value, t.anchor])).toEqual([
      ['2021-01-10', 'absolute'],
      ['2021-01-10', 'context'],
    ]);
  });

  it('tagDates writes no year past 9999: "ертең" on 9999-12-31 is only FUTURE_REF', () => {
    expect(first('ертең', '9999-12-31')).toMatchObject({ value: 'FUTURE_REF', type: 'DATE' });
    expect(first('кеше', '9999-12-31').value).toBe('9999-12-30');
  });

  it('tagDates rejects an impossible day rather than writing it', () => {
    expect(tagDates('2022 жылғы 30 ақпанда', { lang: 'kk' })).toEqual([]);
    expect(tagDates('31 сәуірде', { lang: 'kk', dct: DCT })).toEqual([]);
  });
  // Verbal nouns in the accusative, future (-атынын/-етінін/-йтынын/-йтінін) and past
  // (-ғанын/-генін/-қанын/-кенін), built by harmony, before each verb of saying.
  const STEMS: [string, 'back' | 'front', boolean][] = [
    ['өткіз', 'front', false], ['тексер', 'front', false], ['жарияла', 'back', true],
    ['қара', 'back', true], ['шақыр', 'back', false], ['бекіт', 'front', false],
  ]; // prettier-ignore
  const futureOf = ([stem, h, vowel]: [string, string, boolean]) =>
    stem + (vowel ? (h === 'back' ? 'йтынын' : 'йтінін') : h === 'back' ? 'атынын' : 'етінін');
  const pastOf = ([stem, h]: [string, string, boolean]) => {
    const voiceless = /[кқпстфхцчшщ]$/u.test(stem);
    return stem + (h === 'back' ? (voiceless ? 'қанын' : 'ғанын') : voiceless ? 'кенін' : 'генін');
  };
  const SAYING = ['айтты', 'мәлімдеді', 'хабарлады'];
  it.each(STEMS.flatMap((s) => SAYING.map((v) => [futureOf(s), v])))(
    '"… 4 қазанда келіп, %s %s" is ahead',
    (noun, verb) => {
      expect(first(`Әкім 4 қазанда келіп, жиынды ${noun} ${verb}.`).value).toBe('2023-10-04');
    },
  );
  it.each(STEMS.flatMap((s) => SAYING.map((v) => [pastOf(s), v])))(
    '"… 4 қазанда келіп, %s %s" is behind',
    (noun, verb) => {
      expect(first(`Әкім 4 қазанда келіп, жиынды ${noun} ${verb}.`).value).toBe('2022-10-04');
    },
  );
});
