/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClassroomT } from '../../../../src/classroom/createClassroomT';
import { ExportMenu } from '../../../../src/components/classroom/ExportMenu';
import { fixture } from '../../classroom/fixture';

function setup(getSvg = () => null as SVGSVGElement | null) {
  const save = vi.fn();
  render(
    <ExportMenu
      events={fixture.events.slice(0, 2)}
      sources={fixture.sources}
      lang="en"
      t={createClassroomT('en')}
      url="http://x/?lang=en"
      getSvg={getSvg}
      save={save}
    />,
  );
  return save;
}

afterEach(cleanup);

describe('ExportMenu', () => {
  it('saves the filtered events as CSV with a BOM', async () => {
    const save = setup();
    fireEvent.click(screen.getByRole('button', { name: 'CSV table (Excel)' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [data, name, type] = save.mock.calls[0]!;
    expect(name).toBe('shejire-en-events.csv');
    expect(type).toMatch(/^text\/csv/);
    expect(String(data).startsWith('\uFEFFid,')).toBe(true);
    expect(String(data).split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('saves TimelineJS and JSON files that parse', async () => {
    const save = setup();
    fireEvent.click(screen.getByRole('button', { name: 'TimelineJS JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'JSON data' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    // Each exporter's code loads on its click, so the two files may come in either order.
    const saved = (prefix: string) =>
      JSON.parse(
        save.mock.calls.find(([, name]) =>
          String(name).startsWith(`shejire-en-${prefix}`),
        )![0] as string,
      );
    expect(saved('timelinejs').events).toHaveLength(2);
    expect(saved('events').view.url).toBe('http://x/?lang=en');
  });

  it('saves the SVG with a background, and says so when there is no timeline', async () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'circle'));
    const save = setup(() => svg);
    fireEvent.click(screen.getByRole('button', { name: 'SVG image' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0]![0]).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*><rect [^>]*fill="#ffffff"/,
    );
  });

  it('reports an export error in the status line', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'SVG image' }));
    expect(
      await screen.findByText(/Export failed: The timeline is not shown yet/),
    ).toBeInTheDocument();
  });
});
