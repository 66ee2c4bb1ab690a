import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** A post in each case: nominative, genitive, dative, accusative, instrumental, prepositional. */
const POSTS: Record<string, readonly string[]> = {
  Председатель: ['Председатель', 'Председателя', 'Председателю', 'Председателя', 'Председателем', 'Председателе'], // prettier-ignore
  Министр: ['Министр', 'Министра', 'Министру', 'Министра', 'Министром', 'Министре'],
  Генсекретарь: ['Генсекретарь', 'Генсекретаря', 'Генсекретарю', 'Генсекретаря', 'Генсекретарем', 'Генсекретаре'], // prettier-ignore
  // (Not `После`: the preposition is written alike.)
  Посол: ['Посол', 'Посла', 'Послу', 'Посла', 'Послом'],
};

/** Whose post: an abbreviation, one word, several words. */
const OWNERS = ['КНБ', 'ООН', 'Госсовета КНР', 'Правления Нацбанка', 'Госдумы России', 'Нацбанка', 'иностранных дел Казахстана']; // prettier-ignore

/** Names of two and three parts, in the same cases. */
const NAMES: Record<string, readonly string[]> = {
  'Ли Цян': ['Ли Цян', 'Ли Цяна', 'Ли Цяну', 'Ли Цяна', 'Ли Цяном', 'Ли Цяне'],
  'Тимур Сулейменов': ['Тимур Сулейменов', 'Тимура Сулейменова', 'Тимуру Сулейменову', 'Тимура Сулейменова', 'Тимуром Сулейменовым', 'Тимуре Сулейменове'], // prettier-ignore
  'Антониу Гутерриш': ['Антониу Гутерриш', 'Антониу Гутерриша', 'Антониу Гутерришу', 'Антониу Гутерриша', 'Антониу Гутерришем', 'Антониу Гутеррише'], // prettier-ignore
  'Ермек Сагимбаев': ['Ермек Сагимбаев', 'Ермека Сагимбаева', 'Ермеку Сагимбаеву', 'Ермека Сагимбаева', 'Ермеком Сагимбаевым', 'Ермеке Сагимбаеве'], // prettier-ignore
  'Мурат Нуртлеу': ['Мурат Нуртлеу', 'Мурата Нуртлеу', 'Мурату Нуртлеу', 'Мурата Нуртлеу', 'Муратом Нуртлеу', 'Мурате Нуртлеу'], // prettier-ignore
  'Мурат Алмасович Нуртлеу': ['Мурат Алмасович Нуртлеу', 'Мурата Алмасовича Нуртлеу', 'Мурату Алмасовичу Нуртлеу', 'Мурата Алмасовича Нуртлеу', 'Муратом Алмасовичем Нуртлеу', 'Мурате Алмасовиче Нуртлеу'], // prettier-ignore
};

/** A sentence that puts the phrase in each case, and who else it names. */
const FRAMES = [
  ['{} провел брифинг.', []],
  ['Токаев принял приглашение {}.', ['Токаев']],
  ['Токаев направил телеграмму {}.', ['Токаев']],
  ['Токаев поблагодарил {}.', ['Токаев']],
  ['Токаев встретился с {}.', ['Токаев']],
  ['Речь шла о {}.', []],
] as const;

const FORMS = Object.entries(POSTS).flatMap(([post, posts]) =>
  OWNERS.flatMap((owner) =>
    Object.entries(NAMES).flatMap(([name, names]) =>
      posts.map((form, c) => {
        const [frame, others] = FRAMES[c]!;
        const text = `Астана, 12 марта. ${frame.replace('{}', `${form} ${owner} ${names[c]!}`)}`;
        return [text, name, `${post} ${owner}`, others] as const;
      }),
    ),
  ),
);

describe("the words between a post and its holder's name are the post's", () => {
  it.each(FORMS)('%s → %s, %s', (text, name, role, others) => {
    const people = findPersons(text, 'ru').map((p) => [p.name, p.role ?? null]);
    expect(people).toEqual([...others.map((o) => [o, null]), [name, role]]);
  });
});
