/** Width the timeline is laid out at for an image export, CSS px (scaled to 1920 or 3840). */
export const EXPORT_WIDTH_PX = 1600;

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * Moves the on-screen timeline out of view and lays it out at EXPORT_WIDTH_PX, so an exported
 * image is as wide as a slide even when the event panel makes the timeline narrow; waits until
 * the svg has been redrawn at that width (at most ~30 frames). Resolves to a function that puts
 * the timeline back.
 */
export async function stageTimelineForExport(): Promise<() => void> {
  const area = document.querySelector<HTMLElement>('main .timeline-area');
  if (!area) return () => undefined;
  area.classList.add('timeline-area--export');
  area.style.setProperty('--export-width', `${EXPORT_WIDTH_PX}px`);
  const drawnWide = () =>
    area.querySelector('svg.tl-svg')?.getAttribute('width') === String(EXPORT_WIDTH_PX);
  for (let i = 0; i < 30 && !drawnWide(); i++) await nextFrame();
  return () => area.classList.remove('timeline-area--export');
}
