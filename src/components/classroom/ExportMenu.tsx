import { useRef, useState, type KeyboardEvent } from 'react';
import type { Event, Source } from '../../model/schema';
import type { ClassroomT } from '../../classroom/classroomT';
import { download } from '../../classroom/download';
import { exportFileName } from '../../classroom/exportFileName';
import type { ExportDecor } from '../../classroom/toSvgExport';

export interface ExportMenuProps {
  /** The current filtered events. */
  events: readonly Event[];
  sources: readonly Source[];
  lang: string;
  /** Deep link of the current view (recorded in the JSON export). */
  url: string;
  /** The timeline's <svg> element as shown now, or null when it is not on screen. */
  getSvg: () => SVGSVGElement | null;
  /**
   * Lays the timeline out at a width fit for the image before getSvg is read (a timeline beside
   * the open event panel is narrow); resolves to a function that puts it back.
   */
  stageSvg?: () => Promise<() => void>;
  /** Image background; by default the timeline's own (the theme's), so text keeps its contrast. */
  background?: string;
  /** Title, legend and source line around the exported image. */
  decor?: ExportDecor;
  /** The classroom strings in the UI language. */
  t: ClassroomT;
  /** Lane label for a theme key in TimelineJS `group`; the key itself by default. */
  themeLabel?: (theme: string) => string;
  /** Injected for tests; saves through Blob + object URL by default. */
  save?: (data: Blob | string, filename: string, type: string) => void;
}

/** The colour behind the timeline as drawn (the theme's), white when it is transparent. */
function themeBackgroundOf(svg: SVGSVGElement): string {
  for (let el: Element | null = svg; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/u.test(bg)) return bg;
  }
  return '#ffffff';
}

type Kind = 'png1080' | 'png2160' | 'svg' | 'csv' | 'json' | 'timelinejs';
const KINDS: readonly Kind[] = ['png1080', 'png2160', 'svg', 'csv', 'json', 'timelinejs'];
const PNG_SIZE = { png1080: [1920, 1080], png2160: [3840, 2160] } as const;

/**
 * Export buttons for the current view: PNG at 1920×1080 and 3840×2160 (projector, 4K), SVG,
 * and the filtered events as CSV, JSON and TimelineJS JSON. Plain buttons in a disclosure
 * (no hover menu); the result is announced in a status line.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { events, sources, lang, url } = props;
  const { t } = props;
  const save = props.save ?? download;
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // Esc closes the open menu and gives focus back to its summary (and closes nothing else).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    e.stopPropagation();
    e.preventDefault();
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };

  // Each exporter's code is fetched when its button is pressed, not with the first view.
  async function run(kind: Kind): Promise<void> {
    const name = (what: string, ext: string) => exportFileName(lang, what, ext);
    if (kind === 'csv') {
      const { toCsv } = await import('../../classroom/toCsv');
      return save(toCsv(events, sources, lang), name('events', 'csv'), 'text/csv;charset=utf-8');
    }
    if (kind === 'json') {
      const { toJsonExport } = await import('../../classroom/toJsonExport');
      const json = JSON.stringify(toJsonExport(events, sources, { url, lang }), null, 2);
      return save(json, name('events', 'json'), 'application/json');
    }
    if (kind === 'timelinejs') {
      const { toTimelineJs } = await import('../../classroom/toTimelineJs');
      const tjs = toTimelineJs(events, {
        title: t('print.heading'),
        lang,
        groupLabel: props.themeLabel,
      });
      return save(JSON.stringify(tjs, null, 2), name('timelinejs', 'json'), 'application/json');
    }
    const { toSvgExport } = await import('../../classroom/toSvgExport');
    const release = await props.stageSvg?.();
    let source: string;
    let background: string;
    try {
      const svg = props.getSvg();
      if (!svg) throw new Error(t('export.noTimeline'));
      background = props.background ?? themeBackgroundOf(svg);
      source = toSvgExport(svg, { background, decor: props.decor });
    } finally {
      release?.();
    }
    if (kind === 'svg') return save(source, name('timeline', 'svg'), 'image/svg+xml');
    const [w, h] = PNG_SIZE[kind];
    const { toPngBlob } = await import('../../classroom/toPngBlob');
    save(await toPngBlob(source, w, h, background), name(`timeline-${w}x${h}`, 'png'), 'image/png');
  }

  async function onClick(kind: Kind): Promise<void> {
    setStatus(t('export.busy'));
    try {
      await run(kind);
      setStatus(t('export.done', { name: t(`export.${kind}`) }));
    } catch (err) {
      setStatus(t('export.error', { message: err instanceof Error ? err.message : String(err) }));
    }
  }

  return (
    <details className="classroom-export" ref={menu} onKeyDown={onKeyDown}>
      <summary>{t('export.menu')}</summary>
      <ul className="classroom-export__list">
        {KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" data-export={kind} onClick={() => void onClick(kind)}>
              {t(`export.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="classroom-export__status" role="status">
        {status}
      </p>
    </details>
  );
}
