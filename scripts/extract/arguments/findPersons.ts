import {
  KK_NAMED_AFTER_AFTER,
  NOT_GIVEN_NAMES,
  STRONG_SURNAME_ENDING,
  SURNAME_ENDING,
} from '../locales/kk/lexicon/names';
import { RU_NAMED_AFTER_BEFORE } from '../locales/ru/lexicon/names';
import { findCaptionPersons } from './findCaptionPersons';
import { findOrganisations } from './findOrganisations';
import { findPlaces } from './findPlaces';
import { freeTokens } from './freeTokens';
import { isRoleWord } from './isRoleWord';
import { runWithoutHoliday, wordBeforeName } from './holidayInRun';
import { isLoneSurname } from './loneSurname';
import { joinedToSurname } from './joinedSurname';
import { nominativeName, nominativeSurname } from './normaliseName';
import { PERSON_NAMES, type WordAfter } from './personNameGrammar';
import { rolePhraseBefore } from './rolePhraseBefore';
import { isSurnamePair } from './surnamePair';
import { genderAround, wordBefore } from './nameContext';
import { declinesAsOneName, nameAround } from './nameAround';
import { ownerWords } from '../locales/ru/postOwner';
import { opensPostAfterName } from './postAfterName';
import { isShortNamePart } from './shortNamePart';
import { endsRegnal, isRegnalNumber, regnalName } from './regnalNumber';
import { isGivenNamePair } from './givenNamePair';
import { kkPastCloses } from '../locales/kk/kkPastCloses';
import { patronymicNameStart } from './patronymicName';
import { kkMetAt, nameSplitAt } from './nameSplitAt';
import { isPlainGap, tokenize, type Token } from './tokenize';
import { NAME_WORD } from './nameWord';
import { isNameToken, joinNameParticles, withParticles } from './nameParticles';
import type { Hit, Lang, PersonHit } from './types';

const SURNAME_AFTER_INITIAL = /^\p{Lu}[\p{L}-]+$/u;

function person(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  name: string,
  role: Hit | null | undefined,
  lang: Lang,
): PersonHit {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to]?.end ?? start;
  const roleText = role ? PERSON_NAMES[lang].roleAsWritten(role.text) : undefined;
  return {
    start,
    end,
    text: text.slice(start, end),
    name,
    ...(roleText ? { role: roleText } : {}),
  };
}

/**
 * Loan nouns in -ция (`Конституцияны`, `Комиссия`, `Федерации`): a capitalised one after a post is
 * what the post's holder acts on ("Президент Конституцияны … ұсынды"), never a person's name.
 */
const LOAN_NOUN = /(?:ци|сси)(?:я|и|ю|ей|ях|ям|ями)(?:\p{L}{0,6})$/u;

/** A capitalised common noun or adjective (a state act, a body, a region), never a name. */
function isCapitalisedNoun(word: string, lang: Lang): boolean {
  // (Kazakh and Russian news write people in Cyrillic; a Latin word is a brand: "Orda", "Tengrinews".)
  if (/^[A-Za-z]/u.test(word)) return !endsRegnal([word]);
  return PERSON_NAMES[lang].isCapitalisedNoun(word);
}

/** The words after token `last` joined to it by spaces only, and whether a name may take each. */
function wordsAfter(text: string, tokens: readonly Token[], last: number, freeAt: boolean[]) {
  const after: WordAfter[] = [];
  for (let k = last + 1; k < tokens.length && after.length < 6; k++) {
    if (!isPlainGap(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    after.push({ text: tokens[k]!.text, free: freeAt[k] === true });
  }
  return after;
}

/** A post right before a name is its apposition, unless it is someone's (`Президентінің Жарлығымен`). */
function isApposition(role: Hit | null, lang: Lang): boolean {
  return !!role && PERSON_NAMES[lang].inApposition(role.text);
}

/**
 * People named in running text, with the role given by apposition (`Мәжіліс төрағасы Ерлан
 * Қошанов`), initials (`Е.Жақып`), three-part names with a patronymic, and speakers of caption
 * lines. Names come out in the nominative (`Тоқаевты` → `Тоқаев`). A capitalised pair counts as a
 * name only after a role noun or when the last word has a surname ending, so `Жаңа Конституция`,
 * places and organisations are not people.
 */
export function findPersons(
  text: string,
  lang: Lang,
  // (The text's places and organisations, when the caller already has them: they are not cheap.)
  places: readonly Hit[] = findPlaces(text, lang),
  organisations: readonly Hit[] = findOrganisations(text, lang),
): PersonHit[] {
  const grammar = PERSON_NAMES[lang];
  const captions = findCaptionPersons(text);
  const blocked = [...places, ...organisations, ...captions];
  const tokens = joinNameParticles(text, tokenize(text), lang);
  const found: PersonHit[] = [...captions];
  const freeAt = freeTokens(tokens, blocked);
  const free = (k: number) => freeAt[k] === true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !free(i)) continue;
    // Initial + surname: `Е.Жақып`, `Л. Қуанышқызы`, `А.ҚҰРМАНАЙТЕГІ`.
    if (
      /^\p{Lu}$/u.test(token.text) &&
      next &&
      /^\.[ \u00a0]?$/u.test(text.slice(token.end, next.start)) &&
      !isShortNamePart(text, tokens, i, lang)
    ) {
      if (!SURNAME_AFTER_INITIAL.test(next.text) || !free(i + 1)) continue;
      const gap = text.slice(token.end, next.start);
      const hint = genderAround(text, tokens, i, i + 1, lang, found);
      const surname = nominativeSurname(next.text, lang, true, hint, wordBefore(text, tokens, i));
      const name = `${token.text}${gap}${surname}`;
      found.push(
        person(text, tokens, i, i + 1, name, rolePhraseBefore(text, tokens, i, lang, found), lang),
      );
      i++;
      continue;
    }
    if (!isNameToken(token)) continue;
    let last = i;
    while (last - i < 5 && isNameToken(tokens[last + 1]) && free(last + 1)) {
      const a = tokens[last];
      const b = tokens[last + 1];
      if (!a || !b || !/^[ \u00a0]$/u.test(text.slice(a.end, b.start))) break;
      last++;
    }
    // (A one-letter last part ends the name: `Ван И`.)
    if (isShortNamePart(text, tokens, last + 1, lang) && free(last + 1)) last++;
    // (So does a monarch's number: `Абдалла II`, `Карл III-ні`, `Карла III`.)
    else if (isRegnalNumber(text, tokens, last + 1, lang) && free(last + 1)) last++;
    let first = i;
    while (
      first <= last &&
      (NOT_GIVEN_NAMES.has(tokens[first]?.text ?? '') ||
        isRoleWord(tokens[first]?.text ?? '', lang) ||
        isCapitalisedNoun(tokens[first]?.text ?? '', lang))
    )
      first++;
    // (Nor ends in one: "Тоқаев Жолдауында".)
    while (last >= first && isCapitalisedNoun(tokens[last]?.text ?? '', lang)) last--;
    // (Nor in a holiday's name: "Тоқаев Жеңіс күні", "Дня Независимости Токаев".)
    [first, last] = runWithoutHoliday(tokens, first, last, lang);
    // Nor runs through one: the act ends a name ("Тоқаевтың Жарлығымен Асайын Байханов").
    for (let k = first + 1; k < last; k++) {
      if (!isCapitalisedNoun(tokens[k]?.text ?? '', lang)) continue;
      last = k - 1;
      break;
    }
    // So does a body named after the name ("Нұрсұлтан Назарбаев Қоры"): the check below drops it.
    const body = tokens
      .slice(first + 1, last + 1)
      .findIndex((t) => KK_NAMED_AFTER_AFTER.test(t.text));
    if (lang === 'kk' && body >= 0) last = first + body;
    // A post inside the run ends its owner ("Түркия Президенті Ердоғанмен") or a name of its own,
    // the next phrase starting at the post ("Тоқаев Президент Дональд Трампты", "Токаев Президенту").
    for (let k = last; k >= first; k--) {
      if (!isRoleWord(tokens[k]?.text ?? '', lang)) continue;
      if (k > first && grammar.postOwned?.(tokens[k]!.text) !== true) last = k - 1;
      // (Before an owned post, a name, then its owner: "Тоқаев Австрия Канцлері Карл …"; the
      // name goes now, the owner and the post's holder on the next turn.)
      else if (k > first + 1 && nameSplitAt(tokens, first, k - 1, grammar, lang) !== undefined)
        last = nameSplitAt(tokens, first, k - 1, grammar, lang)!;
      else if (k < last) first = k + 1;
      break;
    }
    // Two people side by side ("Ақордада Қасым-Жомарт Тоқаев Владимир Путинмен кездесті",
    // "Ердоғанмен Қасым-Жомарт Тоқаев кездесті"): a surname followed by two more words, no
    // patronymic, or a word whose case ends a name, ends the first; the next starts after it.
    // (A post phrase after the name, "Сыртқы істер министрі", is not part of it.)
    const postAfter = opensPostAfterName(tokens, first, last, lang);
    const split =
      nameSplitAt(tokens, first, last, grammar, lang) ??
      (postAfter ? nameSplitAt(tokens, first, last - 1, grammar, lang) : undefined);
    if (split !== undefined) last = split;
    // Four words at most, as before a post was looked for inside the run.
    last = Math.min(last, first + 3);
    i = last;
    const told = postAfter && split === undefined;
    if (told) last--;
    // A capitalised post after the name ("Эквадор Президентімен") is not part of it.
    while (last >= first && grammar.ownerBeforePost && isRoleWord(tokens[last]?.text ?? '', lang))
      last--;
    if (first > last) continue;
    // A street, a village or a body named after someone names no one who acts ("на улице
    // Есенжанова", "Есенжанов көшесі", "Абай атындағы", "Төлегенов ауылында", not "ауылға келіп").
    // (Russian puts the word before the name, Kazakh after: locales/{ru,kk}/lexicon/names.ts.)
    if (
      RU_NAMED_AFTER_BEFORE.test(tokens[first - 1]?.text ?? '') ||
      KK_NAMED_AFTER_AFTER.test(tokens[last + 1]?.text ?? '')
    )
      continue;
    // Whose post it is goes (locales/ru/postOwner.ts). Three words need a patronymic; else a
    // middle surname ends the name; a post in apposition makes a foreign name; else the first is
    // an opener (`Сонда`).
    if ((first += ownerWords(tokens, first, last, lang)) > last) continue;
    const named = patronymicNameStart(tokens, first, last, grammar);
    if (named !== undefined) first = named;
    else if (last - first >= 2) {
      const middle = tokens[first + 1]?.text ?? '';
      if (
        last - first === 2 &&
        STRONG_SURNAME_ENDING.test(middle) &&
        !STRONG_SURNAME_ENDING.test(tokens[last]?.text ?? '')
      )
        last = first + 1;
      else if (!(
        last - first === 2 &&
        (isApposition(rolePhraseBefore(text, tokens, first, lang), lang) ||
          declinesAsOneName(text, tokens, first, last, found, lang))
      ))
        first = last - 1;
    }
    const written = tokens.slice(first, last + 1).map((t) => t.text);
    const hint = genderAround(text, tokens, first, last, lang, found);
    const met = lang === 'kk' && first === last ? kkMetAt(tokens, last) : undefined;
    const words = met
      ? [met]
      : withParticles(tokens.slice(first, last + 1), (cores) =>
          regnalName(cores, (w) => nominativeName(w, lang, hint, wordBefore(text, tokens, first))),
        );
    const surname = words.at(-1)!;
    // (Right after another name, the phrase before is that one's: `Президент России Путин Токаеву`.)
    const before = tokens[first - 1],
      afterName = !!before && found.at(-1)?.end === before.end;
    const role = afterName ? null : rolePhraseBefore(text, tokens, first, lang, found);
    // (A post's complement, its holder named after it: "Председатель Госсовета КНР Ли Цян".)
    if (role && grammar.complementBeforeName?.(wordsAfter(text, tokens, last, freeAt))) continue;
    // Either of two surnames side by side is one (`Путин Тоқаевты`, `Тоқаев Путинмен`), the first
    // in a case too (`Путинге Тоқаев`).
    const nextWord = tokens[last + 1]?.text ?? '';
    const paired =
      isSurnamePair(written.at(-1)!, nextWord, lang) ||
      (lang === 'kk' && isSurnamePair(surname, nextWord, lang)) ||
      (afterName && isSurnamePair(before.text, written[0]!, lang)) ||
      (first === last && joinedToSurname(text, tokens, first, surname, lang));
    // (So is a lone word whose case ends it before another capitalised word: `Путинге Президент Тоқаев`.)
    const caseBeforeName = grammar.endsName?.(written.at(-1)!) === true && NAME_WORD.test(nextWord);
    const shape =
      first === last && !paired && !caseBeforeName ? STRONG_SURNAME_ENDING : SURNAME_ENDING;
    const kkPast = lang === 'kk' && kkPastCloses(text, tokens, last);
    // (A patronymic in the middle marks a full name: the word after it is the surname, whatever
    // its shape: `Мурат Алмасович Нуртлеу`, `Даурен Ерланулы Черных`.)
    const evidence =
      named !== undefined ||
      role ||
      told ||
      isGivenNamePair(written, words, hint, lang, kkPast) ||
      grammar.declinedName?.(
        written,
        words,
        wordBefore(text, tokens, first),
        nameAround(text, tokens, first, last, found, lang, hint),
      ) === true ||
      isLoneSurname(
        written,
        surname,
        hint,
        lang,
        before?.text,
        kkPast,
        wordBefore(text, tokens, first)?.word,
      ) ||
      met !== undefined ||
      endsRegnal(written) ||
      // (A particle between two capitalised words is a name's: `Урсула фон дер Ляйен`.)
      tokens.slice(first, last + 1).some((t) => t.core !== undefined);
    if (!evidence && !shape.test(surname)) continue;
    // (Nor is a run whose given name shows another case than its surname: `Дом Дружбы Народов`,
    // where `Народов` is a noun's genitive plural.)
    if (grammar.givenOtherCase?.(written) === true) continue;
    if (first === last && LOAN_NOUN.test(written[0]!)) continue;
    if (
      first === last &&
      grammar.notLoneSurname(
        surname,
        wordBeforeName(tokens, first, lang),
        tokens[last + 1]?.text,
        tokens.slice(last + 2, last + 6).map((t) => t.text),
        written[0],
      )
    )
      continue;
    if (
      first === last &&
      !STRONG_SURNAME_ENDING.test(surname) &&
      grammar.documentAfter?.test(tokens[last + 1]?.text ?? '') === true
    )
      continue;
    // A lone name before a post in the possessive is the post's owner: "Вьетнам елшісімен".
    const post = tokens[last + 1]?.text ?? '';
    if (first === last && isRoleWord(post, lang) && grammar.postOwned?.(post)) continue;
    found.push(person(text, tokens, first, last, words.join(' '), role, lang));
  }
  return found.sort((a, b) => a.start - b.start);
}
