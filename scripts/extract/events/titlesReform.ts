/** Titles of a reform the lexicon knows by its step (titlesState.ts tells the rest). */
import type { Localized } from '../../../src/model/schema';
import { L, mainOrg, ruDid, signerOf, tense, type Parts } from './titleParts';
import { abolishedTitle } from './abolished';
import { regionMadeTitle } from './titlesRegionMade';

/**
 * A reform the lexicon knows by its step: amendments to the Constitution, a rule introduced, the
 * Constitution (or amendments to it) coming into force.
 */
export function reformStep(c: Parts): Localized | undefined {
  if (c.facet === 'amendment')
    return L(`Конституцияға өзгерістер ${tense(c, 'мақұлданды', 'енгізілмек')}`, `Поправки в Конституцию ${tense(c, 'одобрены', 'будут внесены')}`, `Amendments to the Constitution ${tense(c, 'approved', 'to be made')}`); // prettier-ignore
  // (The Constitution signed: by the one the sentence names, else bare.)
  if (c.facet === 'signed') {
    const actor = signerOf(c);
    return actor
      ? L(`${actor.name.kk} Конституцияға ${tense(c, 'қол қойды', 'қол қоймақ')}`, `${actor.name.ru} ${ruDid(c, actor.female === true, 'подписал', 'подписала', 'подпишет')} Конституцию`, `${actor.name.en} ${tense(c, 'signs', 'to sign')} the Constitution`) // prettier-ignore
      : L(`Конституцияға ${tense(c, 'қол қойылды', 'қол қойылмақ')}`, `Конституция ${tense(c, 'подписана', 'будет подписана')}`, `The Constitution ${tense(c, 'is signed', 'to be signed')}`); // prettier-ignore
  }
  // ("Жаңа Конституция 1 шілдеден бастап күшіне енеді", "Поправки в Конституцию вступили в силу":
  // the topic 'constitution' is amendments to it.)
  if (c.facet === 'constitution')
    return c.args.topic === 'constitution'
      ? L(`Конституцияға өзгерістер күшіне ${tense(c, 'енді', 'енбек')}`, `Поправки в Конституцию ${tense(c, 'вступили', 'вступят')} в силу`, `Amendments to the Constitution ${tense(c, 'come into force', 'to come into force')}`) // prettier-ignore
      : c.args.newConstitution
        ? L(`Жаңа Конституция күшіне ${tense(c, 'енді', 'енбек')}`, `Новая Конституция ${tense(c, 'вступила', 'вступит')} в силу`, `The new Constitution ${tense(c, 'comes into force', 'to come into force')}`) // prettier-ignore
        : L(`Конституция күшіне ${tense(c, 'енді', 'енбек')}`, `Конституция ${tense(c, 'вступила', 'вступит')} в силу`, `The Constitution ${tense(c, 'comes into force', 'to come into force')}`); // prettier-ignore
  // (What was abolished, where its cue names it: "отменена смертная казнь".)
  if (c.facet === 'abolished') return abolishedTitle(c);
  // (A region or district made: hitKind.ts.)
  if (c.facet === 'founding') return regionMadeTitle(c);
  if (c.facet === 'introduced')
    return L(`Жаңа тәртіп ${tense(c, 'енгізілді', 'енгізілмек')}`, `${tense(c, 'Введён', 'Будет введён')} новый порядок`, tense(c, 'A new rule is introduced', 'A new rule to be introduced')); // prettier-ignore
  if (c.facet === 'moratorium')
    return L(`Мораторий ${tense(c, 'жарияланды', 'жарияланбақ')}`, `${tense(c, 'Объявлен', 'Будет объявлен')} мораторий`, tense(c, 'A moratorium is declared', 'A moratorium to be declared')); // prettier-ignore
  if (c.facet === 'institution') {
    const made = c.places.find((p) => p.kind === 'region')?.name ?? mainOrg(c);
    return made
      ? L(`${made.kk} ${tense(c, 'құрылды', 'құрылмақ')}`, `Создание: ${made.ru}`, `${made.en} ${tense(c, 'established', 'to be established')}`)
      : L('Мемлекет құрылымындағы өзгеріс', 'Изменение в устройстве государства', 'A change in the structure of the state'); // prettier-ignore
  }
  // (A stage of a reform begun or ended: "Реформаның бірінші кезеңі 2025 жылы аяқталды".)
  if (c.facet === 'stage-start')
    return L(`Реформа кезеңі ${tense(c, 'басталды', 'басталмақ')}`, `${tense(c, 'Начался', 'Начнётся')} этап реформы`, tense(c, 'A stage of the reform begins', 'A stage of the reform to begin')); // prettier-ignore
  if (c.facet === 'stage-end')
    return L(`Реформа кезеңі ${tense(c, 'аяқталды', 'аяқталмақ')}`, `${tense(c, 'Завершился', 'Завершится')} этап реформы`, tense(c, 'A stage of the reform is completed', 'A stage of the reform to be completed')); // prettier-ignore
  if (c.facet === 'transition')
    return L(`Жаңа жүйеге көшу ${tense(c, 'жарияланды', 'жарияланбақ')}`, `${tense(c, 'Объявлен', 'Будет объявлен')} переход к новой системе`, tense(c, 'A change of system is announced', 'A change of system to be announced')); // prettier-ignore
  return undefined;
}
