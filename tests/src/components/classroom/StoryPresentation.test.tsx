/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryPresentation } from '../../../../src/components/classroom/StoryPresentation';
import type { Story } from '../../../../src/classroom/story';
import { fixture } from '../../classroom/fixture';

const story: Story = {
  id: 'lesson',
  title: { kk: 'Сабақ', en: 'Lesson' },
  steps: [
    { eventId: 'election-2022-11-20', note: { kk: 'Сайлау туралы', en: 'About the election' } },
    { eventId: 'gone-event', note: { kk: 'жоқ' } },
    { eventId: 'renaming-2022-03-01', note: { kk: 'Атауы' } },
  ],
};

afterEach(cleanup);

describe('StoryPresentation', () => {
  it('steps through the story in its order with notes, skipping missing events', () => {
    const onFocusEvent = vi.fn();
    render(
      <StoryPresentation
        storyId="lesson"
        stories={[story]}
        events={fixture.events}
        lang="en"
        onFocusEvent={onFocusEvent}
        onExit={vi.fn()}
      />,
    );
    expect(screen.getByText('Lesson')).toBeInTheDocument();
    expect(screen.getByText('About the election')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Event 1 of 2');
    fireEvent.keyDown(document, { key: 'ArrowRight' });
    expect(onFocusEvent).toHaveBeenLastCalledWith('renaming-2022-03-01', expect.anything());
    expect(screen.getByText('Атауы')).toBeInTheDocument(); // no English note: Kazakh fallback
  });

  it('says so when the story id is unknown', () => {
    const onExit = vi.fn();
    render(
      <StoryPresentation
        storyId="nope"
        stories={[story]}
        events={fixture.events}
        lang="en"
        onFocusEvent={vi.fn()}
        onExit={onExit}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Lesson path “nope” was not found');
    fireEvent.click(screen.getByRole('button'));
    expect(onExit).toHaveBeenCalled();
  });
});
