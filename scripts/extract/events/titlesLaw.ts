/**
 * Titles of a law's life told by its name or its step: "The Tax Code comes into force", "Tokayev
 * signs the law on peaceful assemblies", "Amendments to the Social Code are adopted". A law that
 * comes into force is no one's signing, whoever the sentence names ("Мемлекет басшысы 23 ақпанда
 * қол қойған, ал өзгерістер 1 шілдеден бастап күшіне енеді" tells two events). Undefined leaves
 * the title to the signer template (titlesState.ts).
 */
import type { Localized } from '../../../src/model/schema';
import { LAWS, type LawPhrases } from './lawNames';
import { L, capitalised, ruDid, signerOf, tense, type Parts } from './titleParts';
import { TOPICS } from './topics';
import { billPassed } from './titlesBillPassed';
import { billChamber, CHAMBER_NAMES } from './billChamber';
import { chamberPasses } from './titlesChamberLaw';

type Named = LawPhrases & { plural?: boolean };

const A_LAW: Named = { kk: 'заң', kkDat: 'заңға', ru: 'закон', en: 'a law' };

// Topics that are what a law enacts; others found in a law's sentence are its setting ("принял
// закон на совместном заседании") or a regime it serves, not the law's name.
const LAW_TOPICS: ReadonlySet<string> = new Set(['amnesty', 'ratification', 'constitution']);

/** The law by its name, else by its topic ("the law on an amnesty"); amendments to it if told so. */
function lawOf(c: Parts): Named | undefined {
  const t = c.args.topic && LAW_TOPICS.has(c.args.topic) ? TOPICS[c.args.topic] : undefined;
  const name: LawPhrases | undefined = c.args.law
    ? LAWS[c.args.law]
    : t && {
        kk: `${t.kkAbout} туралы заң`,
        kkDat: `${t.kkAbout} туралы заңға`,
        ru: `закон ${t.ruAbout}`,
        en: `the law on ${t.enOn}`,
      };
  if (!name || !c.args.lawAmended) return name;
  return {
    kk: `${name.kkDat} түзетулер`,
    kkDat: `${name.kkDat} түзетулерге`,
    ru: `поправки в ${name.ru}`,
    en: `amendments to ${name.en}`,
    plural: true,
  };
}

export function namedLaw(c: Parts): Localized | undefined {
  const name = lawOf(c);
  const law = name ?? A_LAW;
  const many = law.plural === true;
  const step = c.args.lawStep;
  if (step === 'in-force')
    return capitalised(
      L(
        `${law.kk} күшіне ${tense(c, 'енді', 'енбек')}`,
        `${law.ru} ${tense(c, many ? 'вступили' : 'вступил', many ? 'вступят' : 'вступит')} в силу`,
        `${law.en} ${tense(c, many ? 'come into force' : 'comes into force', 'to come into force')}`,
      ),
    );
  const byChamber = chamberPasses(c, name);
  if (byChamber) return byChamber;
  const actor = signerOf(c);
  if (actor && name)
    return L(
      `${actor.name.kk} ${name.kkDat} ${tense(c, 'қол қойды', 'қол қоймақ')}`,
      `${actor.name.ru} ${ruDid(c, actor.female === true, 'подписал', 'подписала', 'подпишет')} ${name.ru}`,
      `${actor.name.en} ${tense(c, 'signs', 'to sign')} ${name.en}`,
    );
  // With a signer and no name, the signer template says who signed "the law".
  if (actor) return undefined;
  const is = many ? 'are' : 'is';
  if (step === 'returned')
    return capitalised(
      L(
        `${law.kk} пысықтауға ${tense(c, 'қайтарылды', 'қайтарылмақ')}`,
        `${law.ru} ${tense(c, many ? 'возвращены' : 'возвращён', many ? 'будут возвращены' : 'будет возвращён')} на доработку`,
        `${law.en} ${tense(c, `${is} sent back for revision`, 'to be sent back for revision')}`,
      ),
    );
  if (step === 'signed')
    return capitalised(
      L(
        `${law.kkDat} қол ${tense(c, 'қойылды', 'қойылмақ')}`,
        `${tense(c, many ? 'Подписаны' : 'Подписан', many ? 'Будут подписаны' : 'Будет подписан')} ${law.ru}`,
        `${law.en} ${tense(c, `${is} signed`, 'to be signed')}`,
      ),
    );
  if (step === 'adopted')
    return capitalised(
      L(
        `${law.kk} ${tense(c, 'қабылданды', 'қабылданбақ')}`,
        `${tense(c, many ? 'Приняты' : 'Принят', many ? 'Будут приняты' : 'Будет принят')} ${law.ru}`,
        `${law.en} ${tense(c, `${is} adopted`, 'to be adopted')}`,
      ),
    );
  return name ? capitalised(L(name.kk, name.ru, name.en)) : undefined;
}

/** A step of a bill that is not its signing: put before Parliament, passed by a chamber. */
export function lawStep(c: Parts): Localized | undefined {
  if (c.facet === 'submission')
    return L(`Заң жобасы Парламентке ${tense(c, 'енгізілді', 'енгізілмек')}`, `Законопроект ${tense(c, 'внесён', 'будет внесён')} в Парламент`, tense(c, 'A bill is put before Parliament', 'A bill to be put before Parliament')); // prettier-ignore
  if (c.facet === 'passage' || c.facet === 'committee') return billPassed(c, lawOf(c));
  // A reading is the chamber's: no one signs anything at it (billChamber.ts).
  if (c.facet === 'reading') {
    const ch = CHAMBER_NAMES[billChamber(c) ?? 'parliament'];
    return L(`Заң жобасы ${ch.kkLoc} ${tense(c, 'қаралды', 'қаралмақ')}`, `Законопроект ${tense(c, 'рассмотрен', 'будет рассмотрен')} ${ch.ruLoc}`, `A bill ${tense(c, 'is read', 'to be read')} in ${ch.en}`); // prettier-ignore
  }
  return undefined;
}
