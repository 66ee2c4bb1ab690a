/**
 * "Бұған дейін" and "бұрын" recall the past only when they go with the clause's verb. Before a past
 * participle that describes a noun ("Бұған дейін облысты басқарған Нұрлан Уранхаев қызметінен
 * босатылды") they date the participle, and the sentence tells the day's news. Generated: each
 * cue, participles of front and back, voiced and voiceless stems, nouns after them, and the
 * auxiliaries that make the participle the clause's own verb.
 */
import { describe, expect, it } from 'vitest';
import { KK_ASPECT } from '../../../../../../scripts/extract/locales/kk/events/aspect';

const front = (stem: string) =>
  /[әеөүі]/u.test([...stem].reverse().find((c) => /[аәеөоұүыі]/u.test(c))!);
/** The past participle: -ған/-ген after a voiced sound, -қан/-кен after a voiceless one. */
const participle = (stem: string) =>
  stem +
  (/[кқпстфхцчшщ]$/u.test(stem)
    ? front(stem) ? 'кен' : 'қан'
    : front(stem) ? 'ген' : 'ған'); // prettier-ignore

const CUES = ['Бұған дейін', 'Бұрын', 'Бұрынырақ'];
// [stem, its object]
const VERBS: Array<[string, string]> = [
  ['басқар', 'облысты'],
  ['атқарып кел', 'осы қызметті'],
  ['тағайындал', 'министр болып'],
  ['жұмыс іст', 'ауданда'],
  ['сайлан', 'Мәжіліске'],
  ['бекіт', 'жобаны'],
  ['көрсет', 'нәтижені'],
];
const NOUNS = ['Нұрлан Уранхаев', 'депутат', '«Зерде» холдингі', 'әкім'];

describe('a recall cue before an attributive participle is the participle’s', () => {
  const cases = CUES.flatMap((cue) =>
    VERBS.flatMap(([stem, object]) =>
      NOUNS.map((noun) => `${cue} ${object} ${participle(stem)} ${noun} қызметінен босатылды.`),
    ),
  );
  it.each(cases)('no recall: %s', (sentence) => {
    expect(KK_ASPECT.recall.test(sentence)).toBe(false);
  });
});

describe('a recall cue whose participle is the clause’s verb still recalls', () => {
  const cases = CUES.flatMap((cue) =>
    VERBS.flatMap(([stem, object]) =>
      ['еді.', 'екен.', 'болатын.', 'болса, енді жаңа тәртіп бар.'].map(
        (aux) => `${cue} ол ${object} ${participle(stem)} ${aux}`,
      ),
    ),
  );
  it.each(cases)('recall: %s', (sentence) => {
    expect(KK_ASPECT.recall.test(sentence)).toBe(true);
  });
  it.each(CUES)('and so does the bare cue with a finite verb: "%s …"', (cue) => {
    expect(KK_ASPECT.recall.test(`${cue} ол облысты басқарды.`)).toBe(true);
  });
});
