/**
 * A planned event is never titled as done, in any language. A planned appointment with no person
 * named ("Мажилис төрағасы 15 наурызда тағайындалады", "Новый председатель будет назначен") was
 * titled "Назначен новый председатель Мажилиса" / "Жаңа … тағайындалды" / "New … appointed"; so
 * were a coalition, an agreement, a rule, a region, a party's registration, members admitted: those
 * templates had one wording, the reported one. Generated over every type and facet the lexicons
 * cue, with and without a person, a post, an organisation, and the arguments those templates read:
 * wherever the reported title tells a done act (a past verb or participle), the planned one in the
 * same language differs from it.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { makeTitle } from '../../../../scripts/extract/events/titles';
import { RU_TRIGGERS } from '../../../../scripts/extract/locales/ru/events/triggers';
import { KK_TRIGGERS } from '../../../../scripts/extract/locales/kk/events/triggers';

const span = { start: 0, end: 1, text: 'x' };
const person = (name: string, role?: string) => ({ name, ...(role ? { role } : {}), evidence: span }); // prettier-ignore
const org = (id: string, name: string) => ({ id, name, evidence: span });
const region = { id: 'ulytau', name: { kk: 'Ұлытау облысы', ru: 'Улытауская область', en: 'Ulytau Region' }, kind: 'region' as const, evidence: span }; // prettier-ignore

const KINDS = [
  ...new Set([...RU_TRIGGERS, ...KK_TRIGGERS].map((t) => `${t.type}/${t.facet ?? t.type}`)),
  'appointment/appointment',
  'coalition/coalition',
  'membership/joined',
  'membership/cards',
  'reform/introduced',
  'reform/institution',
  'reform/transition',
  'other/agreement-dated',
  'other/registration',
  'other/founding',
  'appointment/candidacy', // prettier-ignore
];
const WHO: Array<Pick<Candidate, 'actors' | 'organisations' | 'args' | 'places'>> = [
  { actors: [], organisations: [], args: {}, places: [] },
  { actors: [person('Ерлан Карин')], organisations: [], args: {}, places: [] },
  { actors: [], organisations: [org('amanat', 'AMANAT')], args: {}, places: [] },
  { actors: [], organisations: [org('mazhilis', 'Мажилис')], args: {}, places: [] },
  { actors: [], organisations: [], args: {}, places: [region] },
];
const ARGS: Array<Candidate['args']> = [{}, { post: 'government' }, { post: 'acting-prime-minister' }, { elected: true, post: 'acting-prime-minister' }, { regionMade: 'one' }, { regionMade: 'many' }]; // prettier-ignore

// A done act told: a Kazakh past verb (places or a list after it), a Russian past participle or
// verb, an English past participle or a present of the act.
const DONE = {
  // (Not a possessive in -ты/-ті, "саммиті", "мәслихаты": a past in -ты/-ті follows a voiceless consonant.)
  kk: /(?:ды|ді|[тскқпш](?:ты|ті))(?=$|\s*[(:])/u,
  // (A capital mid-title starts a name, "Казахстана", and so does a first word before one, "Ерлан
  // Карин": no verb.)
  ru: /(?:^(?!\p{Lu}\p{Ll}+\s\p{Lu})\p{Lu}|\s\p{Ll})\p{Ll}*(?:(?:ан|ян|ен|ён)[аоы]?|ят|ил|ила|ило|или|ился|илась|илось|ились)(?=$|\s|:)/u,
  en: /\b\p{L}+ed\b/iu,
} as const;

const cases = KINDS.flatMap((kind) => {
  const [type, facet] = kind.split('/') as [Candidate['type'], string];
  return WHO.flatMap((who) =>
    ARGS.flatMap((args) => {
      const c = { type, facet, themes: [], ...who, args: { ...who.args, ...args } };
      const done = makeTitle({ ...c, status: 'reported' });
      const ahead = makeTitle({ ...c, status: 'planned' });
      return (['kk', 'ru', 'en'] as const)
        // (An instruction's date is its deadline, ahead; the deadline was set: "Токаев поручил … до
        // 1 июля" is "Токаев: установлен срок" either way.)
        .filter((l) => DONE[l].test(done[l]) && facet !== 'instruction')
        .map((l) => [`${l} ${kind} ${JSON.stringify(c.args)} ${done[l]}`, done[l], ahead[l]] as const); // prettier-ignore
    }),
  );
});

describe('a planned event is told as ahead in every language', () => {
  it.each([...new Map(cases.map((x) => [x[0], x])).values()])('%s', (_, done, ahead) => {
    expect(ahead).not.toBe(done);
  });
});
