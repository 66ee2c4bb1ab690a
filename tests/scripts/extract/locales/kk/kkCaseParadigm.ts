/**
 * A name stem in every Kazakh case but the nominative (genitive, dative, accusative, locative,
 * ablative, instrumental), with front or back vowels, after the stem's last sound: the generated
 * paradigm the name-stem tests check against (written from the grammar, not from the code).
 */
export function kkCaseForms(stem: string, front: boolean): string[] {
  const lower = stem.toLowerCase();
  const [A, Y] = front ? ['е', 'і'] : ['а', 'ы'];
  const vowel = /[аәоөұүыіеэя]$/u.test(lower);
  const nasal = /[мнң]$/u.test(lower);
  const voiceless = /[пфкқтсшщхцчв]$/u.test(lower);
  const D = voiceless ? 'т' : 'д';
  return [
    `${vowel || nasal ? 'н' : D}${Y}ң`,
    voiceless ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға',
    `${vowel ? 'н' : D}${Y}`,
    `${D}${A}`,
    `${nasal ? 'н' : D}${A}н`,
    `${voiceless ? 'п' : 'м'}ен`,
  ].map((ending) => stem + ending);
}
