/**
 * A candidate winning the vote ("жеңіске жетті", "жеңіп шықты", "топ жарды", "бес бәсекелесінен
 * озып шықты") or losing it ("жеңілді", "жеңіліс тапты") is the election's, where the sentence tells of a vote or a candidacy; undated, it
 * joins the article's election of its day. A team winning is no vote. Generated: the win phrases ×
 * the forms kkVerb reads (past, participle, present, converb) × vote contexts × sentence shapes.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkVerb } from '../../../../../../scripts/extract/locales/kk/events/verbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const FORMS = ['ті', 'ты', 'ді', 'ды', 'кен', 'қан', 'ген', 'ған', 'еді', 'ады', 'іп', 'ып'];
function spelled(stem: string): string[] {
  const re = new RegExp(`^${kkVerb(stem)}$`, 'u');
  return FORMS.map((f) => stem + f).filter((w) => re.test(w));
}

// [the words before the verb, its stem]
const WINS: Array<[string, string]> = [
  ['жеңіске', 'жет'],
  ['жеңіп', 'шық'],
  ['топ', 'жар'],
  ['бес бәсекелесінен озып', 'шық'],
];
// [the word before the verb, if any, its stem]
const LOSSES: Array<[string, string]> = [
  ['', 'жеңіл'],
  ['жеңіліп', 'қал'],
  ['жеңіліс', 'тап'],
  ['жеңіліске', 'ұшыра'],
];
const CONTEXTS = [
  'Бесарық округінде өзін-өзі ұсынған фермер Нұрлан Сәрсенбаев',
  '«AMANAT» партиясы ұсынған үміткер',
  'Сайлауда Бауыржан Есенов 52 пайыз дауыспен',
];

describe('Kazakh: a candidate won the vote', () => {
  const cases = WINS.flatMap(([before, stem]) =>
    spelled(stem).flatMap((verb) =>
      CONTEXTS.flatMap((ctx) => [
        `${ctx} ${before} ${verb}.`,
        `${ctx} ${before} ${verb}, деп хабарлады комиссия.`,
      ]),
    ),
  );
  it('spells the forms', () => expect(cases.length).toBeGreaterThan(60));
  it.each(cases)('an election cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('election');
  });

  // Losing it: "жеңілді", "жеңіліп қалды", "жеңіліс тапты", "жеңіліске ұшырады".
  const losses = LOSSES.flatMap(([before, stem]) =>
    spelled(stem).flatMap((verb) =>
      CONTEXTS.map((ctx) => `${ctx} ${before ? `${before} ` : ''}${verb}.`),
    ),
  );
  it('spells the losses', () => expect(losses.length).toBeGreaterThan(30));
  it.each(losses)('an election cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('election');
  });

  it.each([
    'Қазақстан құрамасы жеңіске жетті.',
    'Қазақстан құрамасы финалда жеңілді.',
    'Кандидаттарға салық жеңілдіктері берілді.',
    'Округтегі кандидаттың жұмысы жеңілдеді.',
    'Біздің боксшы финалда топ жарды.',
    'Команда қарсыласынан озып шықты.',
  ])('no vote: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).not.toContain('election');
  });

  it('joins the article’s election of its day', () => {
    const text = [
      'Аудан әкімдерінің сайлауы өтті',
      'Кеше елімізде аудан әкімдерінің сайлауы өтті. Шиелі ауданында өзін-өзі ұсынған Айгүл Сәрсенбаева бес бәсекелесінен озып шықты.',
    ].join('\n\n');
    const events = eventsOf('kk', text, '2024-08-11').events;
    const elections = events.filter((e) => e.type === 'election');
    expect(elections.map((e) => e.date.edtf)).toEqual(['2024-08-10']);
    expect(elections[0]!.sources[0]!.evidence.map((x) => x.text).join(' ')).toContain('озып шықты');
  });
});
