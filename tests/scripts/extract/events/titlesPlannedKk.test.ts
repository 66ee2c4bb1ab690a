/**
 * A planned event is never told in Kazakh as done. "Президент 15 наурызда мәлімдеме жасайды деп
 * күтілуде" (sentence written for this test) was titled "Президент выступит с заявлением" in
 * Russian but "Президент мәлімдеме жасады" (made a statement) in Kazakh: the statement template had
 * no planned form in Kazakh (nor in English). Generated over every type and facet the lexicons cue,
 * speakers by name, by post and by organisation, and the arguments templates read; wherever the
 * Russian or English title tells the planned event otherwise than the reported one, the Kazakh
 * planned title must not end in a past verb, and where it keeps the reported title's words but its
 * verb, that verb is one of intent or future (-мақ/-мек, -ады/-еді/-йды).
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { makeTitle } from '../../../../scripts/extract/events/titles';
import { TOPICS } from '../../../../scripts/extract/events/topics';
import { RU_TRIGGERS } from '../../../../scripts/extract/locales/ru/events/triggers';
import { KK_TRIGGERS } from '../../../../scripts/extract/locales/kk/events/triggers';

const span = { start: 0, end: 1, text: 'x' };
const person = (name: string, role?: string) => ({ name, ...(role ? { role } : {}), evidence: span }); // prettier-ignore
const org = (id: string, name: string) => ({ id, name, evidence: span });

const KINDS = [
  ...new Set([...RU_TRIGGERS, ...KK_TRIGGERS].map((t) => `${t.type}/${t.facet ?? t.type}`)),
];
const WHO: Array<Pick<Candidate, 'actors' | 'organisations' | 'args'>> = [
  { actors: [], organisations: [], args: {} },
  { actors: [person('Тоқаев', 'Президент')], organisations: [], args: {} },
  { actors: [person('Бектенов')], organisations: [], args: {} },
  { actors: [], organisations: [], args: { speakerPost: 'president' } },
  { actors: [], organisations: [org('cec', 'ЦИК')], args: { subjectOrg: 'cec' } },
  { actors: [], organisations: [org('amanat', 'AMANAT')], args: {} },
];
const ARGS: Array<Candidate['args']> = [{}, ...Object.keys(TOPICS).map((k) => ({ topic: k as keyof typeof TOPICS }))]; // prettier-ignore

// A Kazakh title that ends in a past verb (its places in brackets after it).
const PAST = /(?:ды|ді|ты|ті)(?:\s*\([^)]*\))?$/u;
// Intent or future: "жасамақ", "өткізбек", "жасайды", "өтеді".
const AHEAD = /(?:мақ|мек|бақ|бек|пақ|пек|ады|еді|йды|йді)(?:\s*\([^)]*\))?$/u;

const cases = KINDS.flatMap((kind) => {
  const [type, facet] = kind.split('/') as [Candidate['type'], string];
  return WHO.flatMap((who) =>
    ARGS.map((args) => {
      const c = { type, facet, places: [], themes: [], ...who, args: { ...who.args, ...args } };
      const done = makeTitle({ ...c, status: 'reported' });
      const ahead = makeTitle({ ...c, status: 'planned' });
      return [`${kind} ${JSON.stringify(c.args)} ${done.kk}`, done, ahead] as const;
    }),
  ).filter(([, done, ahead]) => done.ru !== ahead.ru || done.en !== ahead.en);
});

describe('a planned event is told as ahead in Kazakh where Russian or English tells it so', () => {
  it.each(cases)('%s', (_, done, ahead) => {
    expect(ahead.kk).not.toMatch(PAST);
    const stem = (s: string) => s.replace(/\s*\([^)]*\)$/u, '').replace(/\s\S+$/u, '');
    if (PAST.test(done.kk) && stem(done.kk) === stem(ahead.kk)) expect(ahead.kk).toMatch(AHEAD);
  });
});
