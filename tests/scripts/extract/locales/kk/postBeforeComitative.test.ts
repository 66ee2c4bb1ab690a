/**
 * A bare head-of-state post before a name in the comitative is the subject's, not that name's
 * (locales/kk/headOfStatePost.ts): "Мемлекет басшысы Олаф Шольцпен телефон арқылы сөйлесті." gave
 * Scholz the role "Мемлекет басшысы", as the accusative already did not ("Президент Ермек
 * Маржықпаевты … босатты"). Generated over posts, names and verbs; sentences written for the test
 * (helper M2 saw the case).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const POSTS = ['Мемлекет басшысы', 'Президент'];
const NAMES = [
  ['Олаф Шольцпен', 'Олаф Шольц'],
  ['Шавкат Мирзиёевпен', 'Шавкат Мирзиёев'],
  ['Эммануэль Макронмен', 'Эммануэль Макрон'],
];
const VERBS = ['телефон арқылы сөйлесті', 'кездесті', 'келіссөздер жүргізді'];

const rolesOf = (text: string, name: string) =>
  extractSentences('kk', `Астана, 12 наурыз. ${text}`, '2025-03-12').events.flatMap((e) =>
    e.actors.filter((a) => a.name === name).map((a) => a.role ?? ''),
  );

describe('a name in the comitative after a bare post holds no post', () => {
  it.each(
    POSTS.flatMap((p) => NAMES.flatMap(([form, name]) => VERBS.map((v) => [p, form, v, name]))),
  )('%s %s %s', (post, form, verb, name) => {
    const roles = rolesOf(`${post} ${form} ${verb}.`, name!);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role).not.toMatch(/басшысы|Президент/u);
  });
});
