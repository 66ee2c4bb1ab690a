/** Which noun of a Kazakh sentence owns a date (events/dateOwnershipGrammar.ts). */
import type { DateOwnershipGrammar } from '../../../events/dateOwnershipGrammar';
import { kkBeyondParticipleNoun } from './participleNoun';
import { kkVerb } from './verbForms';
import { ATTRIBUTIVE, BARE_MONTH_END, KK_GENITIVE, PARTICIPLE, POSTPOSITIONS } from './phrase';

/**
 * A participle right after the date, then words before the trigger that are neither a
 * postposition nor a noun in a case of its own (save "мен", "және" joining nouns): the
 * participle's noun is the trigger ("өткен Мәжіліс сайлауы", "кеше өткен Парламент Мәжілісі мен
 * барлық деңгейдегі мәслихат депутаттары сайлауы"), not another one ("атқарылған жұмыс туралы есеп
 * берді": the work's year).
 */
const DESCRIBED_BY_PARTICIPLE = new RegExp(
  String.raw`^\s+${PARTICIPLE}\s+(?:(?:(?:мен|бен|пен|және)|(?!${POSTPOSITIONS}\s)[\p{L}-]+(?<!да|де|та|те|ға|ге|қа|ке|ны|ні|мен|бен|пен|нан|нен|дан|ден|тан|тен))\s+){0,8}$`,
  'u',
);

/** Verbs of lasting, whose act is the stretch since its start: continue, drag on. */
const LASTING = ['жалғас', 'созыл'];

export const KK_DATE_OWNERSHIP: DateOwnershipGrammar = {
  // "19 наурызда өткен … сайлаудың".
  describedBefore: /(?:ған|ген|қан|кен)\s+(?:[\p{L}-]+\s+){0,3}$/u,
  // "Заңның кейбір нормаларын … тану туралы қаулы қабылдады": a law in the genitive before another
  // act is what that act is about, not a law passed.
  aboutAnotherAct: KK_GENITIVE,
  // "2022 жылғы", "5 маусымдағы": the date describes the noun after it.
  attributiveDate: ATTRIBUTIVE,
  // "биыл күзде", "былтыр көктемде", "осы жылдың күзінде", "келесі жылы көктемде", "өткен күзде",
  // "алдағы көктемде".
  definiteSeason: /\d{4}|(?<![\p{L}])(?:биыл|былтыр|осы|келесі|келер|өткен|алдағы)/iu,
  // "Президент … етуді ұсынды және 2027 жылы референдум өткізуге болатынын айтты": Kazakh puts
  // its verb last, so a date after the cue's finite verb and a joint is the next clause's. (The
  // past, present-future, intention and perfect, with a person ending; a noun's accusative ends
  // the same way, so the events stage asks this of acts, not of votes and gatherings.)
  closingVerb: {
    verbEnd:
      /(?:ды|ді|ты|ті|ады|еді|йды|йді|ған|ген|қан|кен|мақ|мек|бақ|бек|пақ|пек)(?:мын|мін|мыз|міз|сың|сің|сыз|сіз|қ|к)?$/u,
    joint: /^\s*(?:,|\s(?:және|әрі|ал|бірақ|сондай-ақ|сонымен\s+қатар)(?![\p{L}]))/iu,
  },
  // "2019 жылдан бері", "5 қаңтардан бергі", "маусымнан бері": the ablative with "since". (Not
  // "бастап", from: "1 қаңтардан бастап күшіне енеді" is the day the law takes force.)
  sinceAfter: /(?:дан|ден|тан|тен|нан|нен)\s+(?:бері|бергі)(?![\p{L}])/iu,
  // What goes on since then ("бері жалғасып келеді", "төрағалық етіп келеді") counts from the
  // date; "алғаш рет" (for the first time since) tells that the last such act was then. A verb of
  // lasting tells it in any tense: "2024 жылдың қыркүйегінен бері жалғасты" (has gone on since),
  // "жалғасады", "жалғасуда", "жалғасып жатыр", as "жалғасып келді" does.
  sinceOwned: new RegExp(
    String.raw`(?:ып|іп|п)\s+кел(?:е|ді|ген)|алғаш\s+рет|(?<![\p{L}])(?:${LASTING.map((v) => kkVerb(v, { forms: ['past', 'perfect', 'present'] })).join('|')}|(?:${LASTING.join('|')})(?:уда|уде|ып\s+жатыр|ып\s+отыр)(?![\p{L}]))`,
    'iu',
  ),
  // The genitive possessor before its head ("сайлаудың қорытындысы"); a verbal noun takes its head
  // without the genitive ("дауыс беру қорытындысы").
  possessorOf(text, owner, head) {
    const end = owner.at + owner.text.length;
    return (
      (KK_GENITIVE.test(owner.text) || /^\s+(?:қорытынды|нәтиже)/u.test(text.slice(end))) &&
      head.at >= end &&
      head.at - end <= 30
    );
  },
  // "2022 жылғы 5 маусымдағы республикалық референдумнан кейін": Kazakh puts the date before its
  // noun, with its participle or in the attributive form.
  attributedDate(s, hit, own) {
    // A date with its participle before the noun is that noun's too: "былтыр наурызда өткен Мәжіліс
    // сайлауынан кейін" (after the election held last March).
    const described = own.find(
      (t) =>
        t.end - s.start <= hit.at &&
        DESCRIBED_BY_PARTICIPLE.test(
          s.text.slice(t.end - s.start, hit.at).replace(/кезектен\s+тыс/gu, 'кезектентыс'),
        ) &&
        // (Not past the participle's noun, nor past a date of the trigger's own between them:
        // "2019 жылы сайланған Президент Жарлыққа қол қойды", "… тағайындалған министр бүгін кеңес
        // өткізді".)
        !kkBeyondParticipleNoun(s.text, t.end - s.start, hit.at, hit.text) &&
        !own.some((o) => o.start >= t.end && o.end - s.start <= hit.at) &&
        !(t.anchor !== 'absolute' && /SP|SU|FA|WI/u.test(t.value)),
    );
    if (described) return described;
    // "2022 жылғы қаңтар оқиғаларынан кейін": a month's bare name right before the noun names it.
    const naming = own.find(
      (t) =>
        t.end - s.start <= hit.at &&
        BARE_MONTH_END.test(t.text) &&
        /^\s+$/u.test(s.text.slice(t.end - s.start, hit.at)),
    );
    if (naming) return naming;
    // An attributive date describes a noun, never a verb: with the cue a verb after its object
    // ("Өткен жылы мәслихат 2026 жылғы бюджетті бекіткен"), the date is the object's (the budget's
    // year), not the act's. (Which cues are verbs the trigger says: a case ending of a noun may
    // read as a person ending of a verb, "сайлаудың", "референдумды".)
    if (hit.trigger.predicate) return undefined;
    return own.find(
      (t) =>
        t.end - s.start <= hit.at &&
        ATTRIBUTIVE.test(t.text) &&
        !(t.anchor !== 'absolute' && /SP|SU|FA|WI/u.test(t.value)) &&
        // Only adjectives between ("республикалық", "кезектен тыс", "қасіретті"), no noun in a case of
        // its own ("бүгінгі отырыста … енгізілген" is the sitting's day, "2 қыркүйектегі Жарлығымен
        // референдум" the decree's). A name in the nominative is an attribute too ("2017 жылғы Астана
        // саммитінде"), though it may end as a possessed dative or accusative does (Астана, Шымкент).
        /^\s+(?:(?:[\p{L}-]+(?<!да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ын|ін|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)|\p{Lu}[\p{L}-]*(?<!да|де|та|те|ға|ге|қа|ке|ны|ні|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен))\s+){0,2}$/u.test(
          s.text.slice(t.end - s.start, hit.at).replace(/кезектен\s+тыс/gu, 'кезектентыс'),
        ),
    );
  },
};
