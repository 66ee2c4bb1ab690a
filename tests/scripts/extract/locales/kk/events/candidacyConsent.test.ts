/**
 * Kazakh: a body's consent to a candidacy is the appointment's step, in every case and possessive
 * of "кандидатура" the verb governs — the dative of consent given ("кандидатурасына келісім
 * берді"), the accusative of agreeing or approving ("кандидатурасын мақұлдады"), the nominative of
 * the passive ("кандидатурасы келісілді", "келісім берілді") — and every finite tense. Refused
 * ("келісім бермеді"), proposed ("ұсынды") or only to be considered ("қарайды") is no consent.
 * Verb forms from the test paradigm. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const FORMS: KkForm[] = ['past', 'past1pl', 'future', 'present'];
const BODIES = ['Мәслихат депутаттары', 'Сенат', 'Аудандық мәслихат'];
const OBLAST = 'Асқар Әбеновтің облыс әкімі қызметіне';
const DISTRICT = 'аудан әкімі лауазымына Ерлан Сәрсенбаевтың';
const DATES = ['5 наурызда', 'бүгін'];
const DATIVE = ['кандидатурасына', 'кандидатураларына', 'кандидатураға'];
const ACCUSATIVE = ['кандидатурасын', 'кандидатураларын'];
const NOMINATIVE = ['кандидатурасы', 'кандидатуралары'];
const GIVE = verbForms('бер');
const GIVEN = verbForms(passiveOf('бер'));
const AGREE = ['мақұлда', 'келіс', 'қолда'].map((v) => verbForms(v));
const APPROVED = verbForms(passiveOf('мақұлда'));
const AGREED = verbForms(passiveOf('келіс'));

const cues = (s: string) =>
  findTriggers(s, 'kk').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

describe('Kazakh: consent to a candidacy', () => {
  const given = BODIES.flatMap((b) =>
    DATIVE.flatMap((c) =>
      FORMS.flatMap((f) => [
        `${b} 5 наурызда ${OBLAST} ${c} келісім ${GIVE[f]}.`,
        `${b} ${DISTRICT} ${c} келісімін ${GIVE[f]}.`,
      ]),
    ),
  );
  const agreed = ACCUSATIVE.flatMap((c) =>
    AGREE.flatMap((v) => FORMS.map((f) => `Сенат ${DISTRICT} ${c} ${v[f]}.`)),
  );
  const passive = NOMINATIVE.flatMap((c) =>
    FORMS.flatMap((f) => [
      `${OBLAST} ${c} 5 наурызда ${APPROVED[f]}.`,
      `${DISTRICT} ${c} 5 наурызда ${AGREED[f]}.`,
    ]),
  );
  const passiveDative = DATIVE.flatMap((c) =>
    FORMS.map((f) => `Оның ${c} мәслихат сессиясында келісім ${GIVEN[f]}.`),
  );
  it.each([...given, ...agreed, ...passive, ...passiveDative])('a consent: %s', (s) => {
    expect(cues(s)).toContain('appointment/candidacy');
  });

  it.each(
    DATES.flatMap((d) =>
      DATIVE.map(
        (c) =>
          `Мәслихат депутаттары ${d} Асқар Әбеновтің облыс әкімі қызметіне ${c} келісім берді.`,
      ),
    ),
  )('an appointment on its day, naming the candidate: %s', (s) => {
    const e = extractSentences('kk', `Мәтін.\n\n${s}`, '2025-03-12').events;
    const day = s.includes('бүгін') ? '2025-03-12' : '2025-03-05';
    expect(e.map((x) => `${x.type} ${x.date.edtf}`)).toEqual([`appointment ${day}`]);
    expect(e[0]?.title.en).toContain("Askar Abenov's candidacy");
  });

  it.each([
    ...DATIVE.flatMap((c) => [
      `Мәслихат депутаттары 5 наурызда Асқар Әбеновтің облыс әкімі қызметіне ${c} келісім бермеді.`,
      `Мәслихат депутаттары Асқар Әбеновтің ${c} келісім беру туралы мәселені талқылауға ұсынды.`,
    ]),
    ...ACCUSATIVE.flatMap((c) => [
      `Облыс әкімі 5 наурызда Асқар Әбеновтің ${c} ұсынды.`,
      `Мәслихат депутаттары 5 наурызда Асқар Әбеновтің ${c} мақұлдамады.`,
    ]),
  ])('no consent: %s', (s) => {
    expect(cues(s)).not.toContain('appointment/candidacy');
  });
});
