// The sample events file, parsed once with the shared schema so tests see what the app sees.
import raw from '../../../fixtures/events.sample.json';
import { EventsFile } from '../../../../src/model/schema';

export const sample = EventsFile.parse(raw);
export const byId = (id: string) => {
  const e = sample.events.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no event ${id}`);
  return e;
};
