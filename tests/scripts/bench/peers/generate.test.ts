import { describe, expect, it } from 'vitest';
import {
  createPeerEvents,
  toAppFile,
  toTimelineJs,
  toVisTimeline,
} from '../../../../scripts/bench/peers/generate';
import { EventsFile } from '../../../../src/model/schema';

describe('bench:peers events', () => {
  it('createPeerEvents(n, seed) is the same list on every call', () => {
    expect(createPeerEvents(50, 3)).toEqual(createPeerEvents(50, 3));
    expect(createPeerEvents(50, 3)).not.toEqual(createPeerEvents(50, 4));
  });

  it('the three targets get the same events, and the app file is valid data', () => {
    const events = createPeerEvents(300);
    const app = EventsFile.parse(toAppFile(events));
    const tl = toTimelineJs(events).events;
    const vis = toVisTimeline(events).items;
    expect(app.events.map((e) => e.title.kk)).toEqual(events.map((e) => e.title));
    expect(tl.map((e) => e.text.headline)).toEqual(events.map((e) => e.title));
    expect(vis.map((e) => e.start)).toEqual(events.map((e) => e.start));
    expect(app.events.map((e) => e.date.edtf.slice(0, 10))).toEqual(vis.map((e) => e.start));
    expect(new Set(app.events.flatMap((e) => e.themes)).size).toBe(4);
  });
});
