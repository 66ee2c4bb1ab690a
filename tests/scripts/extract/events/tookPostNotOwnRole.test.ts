/**
 * Who heads a body takes a post, but not the one his name is told with: "Коалицию возглавил
 * председатель партии AMANAT Ерлан Кошанов" was "Yerlan Koshanov becomes party chairman", a post
 * he held already (events/titlesState.ts, posts.ts ownsPost). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const HOLDERS = [
  ['председатель партии AMANAT Ерлан Кошанов', 'party chairman'],
  ['Председатель Сената Маулен Ашимбаев', 'Chairman of the Senate'],
  ['аким Алматы Ерболат Досаев', 'akim'],
] as const;
const BODIES = ['коалицию', 'штаб коалиции', 'рабочую группу'];

const appointment = (text: string) =>
  extractSentences('ru', `Коалиция\n\nАстана, 10 февраля. ${text}`, '2026-02-10').events.find(
    (e) => e.type === 'appointment',
  )?.title.en;

describe('a post held is not the post taken', () => {
  it.each(HOLDERS.flatMap(([holder, post]) => BODIES.map((body) => [holder, body, post])))(
    '%s возглавил %s',
    (holder, body, post) => {
      for (const text of [
        `Сегодня ${body[0]!.toUpperCase()}${body.slice(1)} возглавил ${holder}.`,
        `Сегодня ${holder} возглавил ${body}.`,
      ]) {
        const title = appointment(text);
        expect(title).toBeDefined();
        expect(title).not.toContain(`becomes ${post}`);
      }
    },
  );
  it('a post named as the one taken is still taken', () => {
    // (With the party it names: events/partyPost.ts.)
    expect(appointment('Сегодня Ерлан Кошанов стал председателем партии AMANAT.')).toBe(
      'Yerlan Koshanov becomes chairman of AMANAT',
    );
  });
});
