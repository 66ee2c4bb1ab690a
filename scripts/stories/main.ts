/**
 * `npm run stories:check`: validates data/stories/*.json against data/events.json and exits
 * non-zero with one line per problem, so a re-extraction that drops an event breaks the build
 * instead of a lesson.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventsFile } from '../../src/model/schema';
import { validateStories, type StoryFile } from './validate';

const root = process.cwd();
const storiesDir = join(root, 'data', 'stories');
const events = EventsFile.parse(
  JSON.parse(readFileSync(join(root, 'data', 'events.json'), 'utf8')),
);
const files: StoryFile[] = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const file = `data/stories/${f}`;
    try {
      return { file, data: JSON.parse(readFileSync(join(storiesDir, f), 'utf8')) as unknown };
    } catch (e) {
      return { file, data: { parseError: (e as Error).message } };
    }
  });

const { stories, errors } = validateStories(files, events);
if (errors.length > 0) {
  console.error(
    `× ${errors.length} problem(s) in data/stories:\n${errors.map((e) => `  ${e}`).join('\n')}`,
  );
  process.exit(1);
}
const steps = stories.reduce((n, s) => n + s.steps.length, 0);
console.log(`✓ ${stories.length} story file(s), ${steps} step(s): every event id exists`);
