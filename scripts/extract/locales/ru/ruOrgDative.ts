/**
 * The Russian dative of an organisation's name, for titles ("Казахстан обратился к ОДКБ", "к
 * Европейскому союзу", "к Организации тюркских государств"): the adjectives that lead it and its
 * head noun change, the words after the head (a genitive, "тюркских государств") do not; an
 * abbreviation or a name in quotes or Latin letters does not change.
 */

/** The dative of one lower- or capitalised Russian word by its ending: adjective or noun. */
function dativeWord(w: string): { word: string; adjective: boolean } {
  const adj: Array<[RegExp, string]> = [[/ый$|ой$|(?<=[кгх])ий$/u, 'ому'], [/ий$/u, 'ему'], [/ая$/u, 'ой'], [/яя$/u, 'ей'], [/ое$/u, 'ому'], [/ее$/u, 'ему']]; // prettier-ignore
  for (const [end, to] of adj)
    if (end.test(w)) return { word: w.replace(end, to), adjective: true };
  const noun: Array<[RegExp, string]> = [[/ия$/u, 'ии'], [/ие$/u, 'ию'], [/а$/u, 'е'], [/я$/u, 'е'], [/о$/u, 'у'], [/й$/u, 'ю'], [/ь$/u, 'ю']]; // prettier-ignore
  for (const [end, to] of noun)
    if (end.test(w)) return { word: w.replace(end, to), adjective: false };
  return { word: /[бвгджзклмнпрстфхцчшщ]$/u.test(w) ? `${w}у` : w, adjective: false };
}

export function ruOrgDative(name: string): string {
  const words = name.split(/\s+/u);
  if (!/^[А-ЯЁа-яё-]+$/u.test(words[0] ?? '') || /^\p{Lu}{2,}$/u.test(words[0] ?? '')) return name;
  const out: string[] = [];
  let headDone = false;
  for (const w of words) {
    if (headDone || !/^[А-ЯЁа-яё-]+$/u.test(w)) {
      out.push(w);
      continue;
    }
    const d = dativeWord(w);
    out.push(d.word);
    headDone = !d.adjective;
  }
  return out.join(' ');
}
