/**
 * What lasts since a day starts on it, told in any tense: "Сот отырыстары 2024 жылдың
 * қыркүйегінен бері жалғасты" (the hearings have gone on since September 2024) gave no event,
 * the date read as only counted since, while "жалғасып келді" gave the hearings of September
 * 2024. Generated: the verbs of lasting in the past, perfect, present-future, the continuous
 * -уда and "-ып жатыр", and the converb with "кел-" × the since-dates × the subjects.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = ['Сот отырыстары', 'Сот отырысы'];
const SINCE: [string, string][] = [
  ['2024 жылдың қыркүйегінен бері', '2024-09'],
  ['2024 жылғы қыркүйектен бері', '2024-09'],
  ['2024 жылдың 5 қыркүйегінен бері', '2024-09-05'],
  ['2024 жылдан бері', '2024'],
];
const VERBS = [
  'жалғасты', 'жалғасады', 'жалғасуда', 'жалғасып жатыр', 'жалғасқан', 'жалғасып келді',
  'жалғасып келеді', 'созылды', 'созылып келеді', 'созылуда',
]; // prettier-ignore

describe('a verb of lasting counts from its since-date', () => {
  it.each(
    SUBJECTS.flatMap((s) =>
      SINCE.flatMap(([d, day]) => VERBS.map((v) => [`${s} ${d} ${v}.`, day])),
    ),
  )('%s starts on %s', (sentence, day) => {
    const data = extractSentences('kk', sentence, '2026-03-12');
    expect(data.events.map((e) => e.date.edtf)).toContain(day);
  });
});
