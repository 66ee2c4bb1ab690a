/**
 * The verbal noun of adopting a law ("заң жобасының қабылдануы", "кодекстің қабылдануын") named
 * as what is discussed, weighed or spoken of is a topic, no law adopted; told as due, expected or
 * taking place ("қабылдануы тиіс", "қабылдануы күтілуде", "қабылдануы 5 наурызда болды") it stays
 * the law's step. Generated over the law nouns, the verbal noun's voices, possessives and cases and
 * the frames around it; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const laws = (text: string) =>
  findTriggers(text, 'kk').filter((h) => h.trigger.type === 'law' && !h.topic);

const OWNERS = ['заң жобасының', 'заңның', 'жаңа кодекстің', 'Салық кодексінің'];
const TOPICS: Array<[string, (owner: string) => string]> = [
  ['қабылдануы', (o) => `Депутаттар ${o} қабылдануы бизнеске қалай әсер ететінін талқылады.`],
  ['қабылдануын', (o) => `Сарапшылар ${o} қабылдануын оң бағалады.`],
  ['қабылдануына', (o) => `Кәсіпкерлер ${o} қабылдануына қатысты пікір білдірді.`],
  ['қабылдануының', (o) => `Министр ${o} қабылдануының маңызына тоқталды.`],
  ['қабылдануымен', (o) => `Азаматтар ${o} қабылдануымен байланысты сұрақтар қойды.`],
];
const DUE = [
  (o: string) => `${o[0]!.toUpperCase()}${o.slice(1)} қабылдануы тиіс.`,
  (o: string) => `${o[0]!.toUpperCase()}${o.slice(1)} қабылдануы күтілуде.`,
  (o: string) => `Мәжілісте ${o} қабылдануы 5 наурызда болды.`,
];

describe('the adoption of a law named as a topic', () => {
  it.each(OWNERS.flatMap((o) => TOPICS.map(([form, s]) => [o, form, s(o)])))(
    '%s %s: no law',
    (_owner, _form, text) => {
      expect(laws(text)).toEqual([]);
    },
  );
  it.each(OWNERS.flatMap((o) => DUE.map((s) => s(o))))('stays a law: %s', (text) => {
    expect(laws(text)).not.toEqual([]);
  });
});
