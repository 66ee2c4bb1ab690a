/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PresentationCaption } from '../../../../src/components/classroom/PresentationCaption';
import { createClassroomT } from '../../../../src/classroom/createClassroomT';
import { fixture } from '../../classroom/fixture';

afterEach(cleanup);

describe('PresentationCaption', () => {
  it('shows the date, the title in the display script and the note', () => {
    const step = { event: fixture.events[0]!, note: 'сұрақ' };
    const up = (s: string) => s.toUpperCase();
    render(<PresentationCaption step={step} lang="kk" t={createClassroomT('kk')} display={up} />);
    expect(screen.getByText('2022 Ж. 20 ҚАРАША')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ПРЕЗИДЕНТ САЙЛАУЫ');
    expect(screen.getByText('СҰРАҚ')).toBeInTheDocument();
  });

  it('says there is nothing to show for an empty path', () => {
    render(
      <PresentationCaption
        step={undefined}
        lang="en"
        t={createClassroomT('en')}
        display={(s) => s}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('No events to show');
  });
});
