/**
 * The head of a state body named as a post: "на должность Председателя Верховного суда", "Жоғарғы
 * Сот Төрағасы лауазымына". Such a post is the body's name with the head's noun, so it is read for
 * every body the organisations lexicon knows and that has a chairman or head of its own (not the
 * chambers and maslikhats, whose chairmen are posts of their own in posts.ts, nor the Government,
 * headed by the Prime Minister), in every case the language gives the noun and the body. The
 * head's noun per language (locales/<lang>/lexicon/bodyHead.ts); the body by findOrganisations.
 */
import type { SourceLang } from '../../../src/model/schema';
import { findOrganisations } from '../arguments/findOrganisations';
import { KK_BODY_HEAD } from '../locales/kk/lexicon/bodyHead';
import { RU_BODY_HEAD } from '../locales/ru/lexicon/bodyHead';
import { orgName } from './names';
import type { PostPhrases } from './posts';
import { bodyRuGenOf } from './titleParts';

export type HeadKind = 'chairman' | 'head';
export interface BodyHead {
  head: HeadKind;
  /** The body's id in the organisations lexicon. */
  body: string;
}

export interface BodyHeadCues {
  /** The head's noun, global: each kind and its pattern. */
  heads: ReadonlyArray<readonly [HeadKind, RegExp]>;
  /** Whether the body stands after the noun (Russian genitive) or before it (Kazakh). */
  bodyAfter: boolean;
}

const CUES: Record<SourceLang, BodyHeadCues> = { kk: KK_BODY_HEAD, ru: RU_BODY_HEAD };

/** Russian genitives of the bodies with a head of their own, beyond those that sit in session. */
// prettier-ignore
const RU_GEN: Record<string, string> = {
  'national-bank': 'Национального банка', 'anti-corruption-agency': 'Агентства по противодействию коррупции',
  'academy-of-sciences': 'Национальной академии наук',
};

/** Bodies whose head is a post of its own (posts.ts) or is no chairman of it. */
const OWN_POSTS = new Set(['mazhilis', 'senate', 'maslikhat', 'parliament', 'government']);

/** How far from the noun the body's name may reach. */
const REACH = 80;

/** The first head of a body the text names as a post, if any. */
export function bodyHeadOf(lang: SourceLang, text: string): BodyHead | undefined {
  const cues = CUES[lang];
  for (const [head, re] of cues.heads) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      const body = cues.bodyAfter
        ? findOrganisations(text.slice(end, end + REACH), lang).find((o) => o.start === 0)
        : findOrganisations(text.slice(Math.max(0, m.index - REACH), m.index), lang).find(
            (o) => o.end >= Math.min(m.index, REACH) - 1,
          );
      const id = body?.id;
      if (id && !OWN_POSTS.has(id) && ruGenOf(id)) return { head, body: id };
    }
  }
  return undefined;
}

const ruGenOf = (id: string) => RU_GEN[id] ?? bodyRuGenOf(id);

const HEADS: Record<HeadKind, { kk: string; ru: [string, string, string]; en: string }> = {
  chairman: { kk: 'Төрағасы', ru: ['председатель', 'председателем', 'председателя'], en: 'Chairman' }, // prettier-ignore
  head: { kk: 'басшысы', ru: ['руководитель', 'руководителем', 'руководителя'], en: 'Head' },
};

/** The post in the forms the titles need: "Жоғарғы сот Төрағасы", "председателя Верховного суда". */
export function bodyHeadPhrases(h: BodyHead): PostPhrases | undefined {
  const gen = ruGenOf(h.body);
  if (!gen) return undefined;
  const t = HEADS[h.head];
  const name = orgName(h.body, '');
  return {
    kk: `${name.kk} ${t.kk}`,
    ru: `${t.ru[0]} ${gen}`,
    ruIns: `${t.ru[1]} ${gen}`,
    ruGen: `${t.ru[2]} ${gen}`,
    en: `${t.en} of ${name.en}`,
  };
}
