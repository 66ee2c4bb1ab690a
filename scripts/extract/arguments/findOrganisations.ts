import { ORGANISATIONS } from '../locales/kk/lexicon/organisations';
import type { OrganisationEntry } from '../locales/kk/lexicon/organisationEntry';
import { findCompanies } from './findCompanies';
import { findQuotedParties } from './findQuotedParties';
import { compileForm, longestFirst, matchForms, type CompiledForm } from './matchForms';
import { sharedPartyNoun } from './sharedPartyNoun';
import type { Lang, OrganisationHit } from './types';

const cache = new Map<Lang, CompiledForm<OrganisationEntry>[]>();

function formsFor(lang: Lang): CompiledForm<OrganisationEntry>[] {
  let forms = cache.get(lang);
  if (!forms) {
    forms = ORGANISATIONS.flatMap((e) => e.forms[lang].map((f) => compileForm(f, e)));
    cache.set(lang, forms);
  }
  return forms;
}

/**
 * A proper title in guillemets just before the generic name belongs to it:
 * `«…Конституциясы үшін!» (атты) жалпыұлттық коалициясы` is one mention of the coalition.
 */
const QUOTED_BEFORE = /«[^«»\n]{1,200}»[ \u00a0]*(?:(?:атты|под названием)[ \u00a0]+)?$/u;

function withQuotedTitle(text: string, hit: OrganisationHit): OrganisationHit {
  const before = text.slice(Math.max(0, hit.start - 260), hit.start);
  const m = QUOTED_BEFORE.exec(before);
  if (!m || !/коалиц/iu.test(hit.text)) return hit;
  const start = hit.start - m[0].length;
  return { ...hit, start, text: text.slice(start, hit.end) };
}

/**
 * Parties, state bodies, coalitions and companies named in `text`, sorted by start and not
 * overlapping. `name` is the lexicon's name in the text's language.
 *
 * @example findOrganisations('«AMANAT» партиясының съезі', 'kk')[0].id // 'amanat'
 */
export function findOrganisations(text: string, lang: Lang): OrganisationHit[] {
  const hits = [
    ...matchForms(text, lang, formsFor(lang)),
    // ("Гражданская и Аграрная партии": the first party by its adjective alone.)
    ...sharedPartyNoun(text, lang, formsFor(lang)),
  ];
  const known = hits.map(({ payload, ...hit }): OrganisationHit =>
    withQuotedTitle(text, { ...hit, id: payload.id, name: payload.name[lang] }),
  );
  const named = [...findCompanies(text), ...known];
  // (A quoted name the lexicon or a company's form already reads is theirs: "партии «Ауыл»" is
  // the known Auyl, not a new party.)
  const quoted = findQuotedParties(text, lang).filter(
    (q) => !named.some((h) => h.start < q.end && q.start < h.end),
  );
  return longestFirst([...named, ...quoted]);
}
