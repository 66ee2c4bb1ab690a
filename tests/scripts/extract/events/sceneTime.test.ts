/**
 * "Then" goes on at the time the sentence before told, even when that sentence told no political
 * event: "Напомним, в прошлом году авария на ТЭЦ оставила город без тепла. Тогда Глава
 * государства освободил от должности акима" (a test article written for the check) left the
 * dismissal unplaced, for the story kept the dates of events only, and a bare sentence-opening
 * "Тогда" was no cue. A sentence with no event and one full date of its own now sets the story's
 * time (events/story.ts sceneTime), and "Тогда", "В то время" opening a sentence told as done go
 * on at it (not "Тогда мы сможем …", a condition's "then"). Generated over scenes, dates, acts
 * and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-08-12';
const RU_SCENES = [
  ['в прошлом году авария на ТЭЦ оставила город без тепла', '2024'],
  ['5 марта 2024 года авария на ТЭЦ оставила город без тепла', '2024-03-05'],
  ['в марте 2023 года паводок затопил сёла', '2023-03'],
];
const KK_SCENES = [
  ['былтыр ЖЭО-дағы апат қаланы жылусыз қалдырды', '2024'],
  ['2024 жылғы 5 наурызда қалада апат болды', '2024-03-05'],
  ['2023 жылғы наурызда су тасқыны ауылдарды басты', '2023-03'],
];
const RU_THEN = ['Тогда', 'В то время'];
const KK_THEN = ['Сол кезде', 'Ол кезде'];
const RU_ACT = 'Глава государства освободил от должности акима области.';
const KK_ACT = 'Мемлекет басшысы облыс әкімін қызметінен босатты.';

const cases = [
  ...RU_SCENES.flatMap(([scene, day]) => RU_THEN.map((then) => ['ru', `Напомним, ${scene}. ${then} ${RU_ACT}`, day])),
  ...KK_SCENES.flatMap(([scene, day]) => KK_THEN.map((then) => ['kk', `Еске салайық, ${scene}. ${then} ${KK_ACT}`, day])),
] as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe('"then" after a dated sentence with no event', () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'resignation');
    expect(events.map((e) => [e.date.edtf, e.date.method])).toEqual([[day, 'context']]);
  });

  it('is no date for a condition\'s "then"', () => {
    const text = '5 марта 2024 года авария на ТЭЦ оставила город без тепла. «Тогда мы проведём заседание комиссии», – сказал аким.'; // prettier-ignore
    const events = extractSentences('ru', text, PUB).events;
    expect(events.filter((e) => e.type === 'meeting' && e.date.edtf === '2024-03-05')).toEqual([]);
  });
});
