// A lesson path opened by link: ?story=<id> starts presentation mode on its first step.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Story } from '../../../src/classroom/story';
import { events } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';
import { allowBlockedServiceWorker, cl, presentation } from './classroom';

const STORY_ID = 'nur-otan-to-new-constitution';
const story = JSON.parse(readFileSync(resolve(`data/stories/${STORY_ID}.json`), 'utf8')) as Story;

test('a story opened by link steps through its events with the teacher notes', async (t) => {
  const total = story.steps.length;
  const byId = new Map(events().events.map((e) => [e.id, e]));
  allowBlockedServiceWorker(t);
  await t.page.goto(t.app(`?lang=en&story=${STORY_ID}`));
  const show = presentation(t.page, 'en');
  await expect(show, 'presentation of the story').toBeVisible();
  await expect(show.getByText(story.title.en!, { exact: true }), 'story title').toBeVisible();
  for (let i = 0; i < 3; i++) {
    const step = story.steps[i]!;
    await poll(
      () => show.getByRole('status').textContent(),
      (s) => s === cl('en', 'presentation.progress', { current: i + 1, total }),
      `progress at step ${i + 1}`,
    );
    await expect(
      show.getByRole('heading', { name: byId.get(step.eventId)!.title.en }),
      `title of step ${i + 1}`,
    ).toBeVisible();
    await expect(show.getByText(step.note.en!), `note of step ${i + 1}`).toBeVisible();
    await t.page.keyboard.press('PageDown');
  }
});
