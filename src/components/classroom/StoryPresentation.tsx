import { useMemo, type ReactNode } from 'react';
import type { Event } from '../../model/schema';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import { localize } from '../../classroom/localize';
import { resolveStory } from '../../classroom/resolveStory';
import type { Story } from '../../classroom/story';
import { findStory, STORIES } from '../../classroom/stories';
import { PresentationMode } from './PresentationMode';

export interface StoryPresentationProps {
  /** From the link: `storyIdFromUrl(location.search)`. */
  storyId: string;
  /** All loaded events (a story may step outside the current filters). */
  events: readonly Event[];
  lang: string;
  t?: ClassroomT;
  display?: (text: string) => string;
  onFocusEvent: (id: string, opts: { smooth: boolean }) => void;
  onExit: () => void;
  /** Injected for tests; the stories bundled from data/stories/ by default. */
  stories?: readonly Story[];
  children?: ReactNode;
}

/**
 * A story opened by link (?story=<id>) in presentation mode, with the teacher's note for each
 * step. An unknown id shows a message with a way out instead of an empty projector.
 */
export function StoryPresentation(props: StoryPresentationProps) {
  const { storyId, events, lang } = props;
  const t = props.t ?? createClassroomT(lang);
  const story = findStory(props.stories ?? STORIES, storyId);
  const steps = useMemo(
    () => (story ? resolveStory(story, events, lang) : []),
    [story, events, lang],
  );
  if (!story) {
    return (
      <div role="alert" className="classroom-story-missing">
        {t('story.missing', { id: storyId })}{' '}
        <button type="button" onClick={props.onExit}>
          {t('embed.close')}
        </button>
      </div>
    );
  }
  return (
    <PresentationMode
      steps={steps}
      lang={lang}
      t={t}
      display={props.display}
      title={localize(story.title, lang)}
      onFocusEvent={props.onFocusEvent}
      onExit={props.onExit}
    >
      {props.children}
    </PresentationMode>
  );
}
