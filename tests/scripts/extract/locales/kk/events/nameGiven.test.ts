/**
 * A name given, a name becoming another, a name changing and a move to a new name are a renaming:
 * "оған Астана атауы берілді", "елорданың атауы қайтадан Астана болады", "министрліктің атауы
 * ауысты", "«AMANAT» деген жаңа атауға көшті". Generated: the verbs × the forms kkVerb reads ×
 * owners and names × sentence shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkPassive, kkVerb } from '../../../../../../scripts/extract/locales/kk/events/verbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const ENDINGS = [
  'ды',
  'ді',
  'ты',
  'ті',
  'ған',
  'ген',
  'қан',
  'кен',
  'ады',
  'еді',
  'йды',
  'мақ',
  'мек',
  'бақ',
  'бек',
  'пақ',
  'пек',
  'ып',
  'іп',
];
function spelled(stem: string, forms?: Parameters<typeof kkVerb>[1]): string[] {
  const re = new RegExp(`^${kkVerb(stem, forms)}$`, 'u');
  const stems = forms?.voice === 'both' ? [stem, kkPassive(stem)] : [stem];
  return stems.flatMap((s) => ENDINGS.map((e) => s + e)).filter((w) => re.test(w));
}
const renamings = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.type === 'renaming');

const OWNERS = ['Қалаға', 'Ауданға', 'Көшеге'];
const NAMES = ['Астана', '«Жаңа өмір»', 'Абай'];
const SHAPES = (clause: string) => [
  `${clause}.`,
  `1998 жылғы 6 мамырда ${clause}.`,
  `Қала астанаға айналды, ал ${clause}.`,
];

describe('Kazakh: a name given, become, changed', () => {
  const given = OWNERS.flatMap((owner) =>
    NAMES.flatMap((name) =>
      spelled('бер', { voice: 'both' }).flatMap((verb) =>
        SHAPES(`${owner.toLowerCase()} ${name} атауы ${verb}`),
      ),
    ),
  );
  const become = ['елорданың', 'министрліктің', 'партияның'].flatMap((owner) =>
    NAMES.flatMap((name) =>
      spelled('бол', { forms: ['past', 'perfect', 'future', 'present'] }).flatMap((verb) =>
        SHAPES(`${owner} атауы қайтадан ${name} ${verb}`),
      ),
    ),
  );
  const changed = ['өзгер', 'ауыс'].flatMap((stem) =>
    spelled(stem).flatMap((verb) =>
      ['қаланың атауы', 'бірінің тек атауы', 'ведомстволардың атаулары бірнеше рет'].flatMap((np) =>
        SHAPES(`${np} ${verb}`),
      ),
    ),
  );
  const moved = spelled('көш').flatMap((verb) =>
    ['«AMANAT» деген жаңа атауға', 'партия жаңа атауына'].flatMap((np) => SHAPES(`${np} ${verb}`)),
  );
  it('spells the forms', () => {
    expect(given.length).toBeGreaterThan(100);
    expect(become.length).toBeGreaterThan(60);
    expect(changed.length).toBeGreaterThan(30);
    expect(moved.length).toBeGreaterThan(10);
  });
  it.each([...given, ...become, ...changed, ...moved])('a renaming: %s', (sentence) => {
    expect(renamings(sentence)).not.toHaveLength(0);
  });

  it.each([
    'Қаланың атауы Астана болып табылады.',
    'Қаланың атауы Астана болмады.',
    'Мерекенің атауы туралы айтты.',
  ])('no renaming: %s', (sentence) => {
    expect(renamings(sentence)).toHaveLength(0);
  });

  it('dates the name given in a chronology', () => {
    const events = eventsOf(
      'kk',
      'Елорда тарихы\n\nЕске салайық, 1998 жылғы 6 мамырда оған Астана атауы берілді.',
      '2022-09-17',
    ).events;
    expect(events.filter((e) => e.type === 'renaming').map((e) => e.date.edtf)).toEqual([
      '1998-05-06',
    ]);
  });
});
