/**
 * Validation off the page's thread: parsing and checking 10,000 events with zod takes long enough
 * to hold up the first render, so the page hands the file's text here (src/state/validateEvents.ts)
 * and gets the checked file, or its located problems, back.
 */
import { parseEventsText } from '../state/parseEventsText';

self.onmessage = (e: MessageEvent<string>) => {
  self.postMessage(parseEventsText(e.data));
};
