/**
 * "Премьер" alone is the Prime Minister. "12 марта премьером стал Аскар Мамин" (test sentence
 * written for the check) was titled "Askar Mamin takes up a new post": the post cues
 * (locales/<lang>/lexicon/titleCues.ts) knew only "премьер-министр", so no post was read. Now the
 * bare word in its cases ("премьером", "премьера"; kk "премьер болып", "премьерлікке") is the
 * Prime Minister, and "заместитель премьера", "премьер орынбасары" his deputy. Generated over
 * the verbs, the cases and the posts.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU = [
  { text: '12 марта премьером стал Аскар Мамин.', title: 'Askar Mamin becomes Prime Minister' },
  { text: '12 марта новым премьером стала Анна Петрова.', title: 'Anna Petrova becomes Prime Minister' }, // prettier-ignore
  {
    text: '12 марта Аскар Мамин назначен премьером.',
    title: 'Askar Mamin appointed Prime Minister',
  },
  { text: '12 марта Аскар Мамин назначен заместителем премьера.', title: 'Askar Mamin appointed Deputy Prime Minister' }, // prettier-ignore
  { text: '12 марта и.о. премьера назначен Алихан Смаилов.', title: 'Alikhan Smailov appointed acting Prime Minister' }, // prettier-ignore
  { text: '12 марта Аскар Мамин ушёл с поста премьера.', title: 'Askar Mamin steps down as Prime Minister' }, // prettier-ignore
];
const KK = [
  { text: '12 наурызда Асқар Мамин премьер болып тағайындалды.', title: 'Askar Mamin appointed Prime Minister' }, // prettier-ignore
  { text: '12 наурызда Асқар Мамин премьерлікке тағайындалды.', title: 'Askar Mamin appointed Prime Minister' }, // prettier-ignore
  { text: '12 наурызда Асқар Мамин премьер орынбасары болып тағайындалды.', title: 'Askar Mamin appointed Deputy Prime Minister' }, // prettier-ignore
];

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);

describe('"премьер" alone is the Prime Minister', () => {
  it.each(RU)('ru $text', ({ text, title }) => {
    expect(titles('ru', text)).toEqual([title]);
  });
  it.each(KK)('kk $text', ({ text, title }) => {
    expect(titles('kk', text)).toEqual([title]);
  });
});
