import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Event } from '../../model/schema';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import {
  applyCommand,
  keyToCommand,
  startIndex,
  type PresentationCommand,
} from '../../classroom/presentation';
import { sortChronological } from '../../classroom/sortChronological';
import { PresentationCaption } from './PresentationCaption';
import './presentation.css';

export interface PresentationStep {
  event: Event;
  /** The teacher's note for this step (stories have one), already in the UI language. */
  note?: string;
}

export interface PresentationModeProps {
  /** Events to step through; sorted chronologically. Ignored when `steps` is given. */
  events?: readonly Event[];
  /** An explicit path (e.g. `resolveStory(story, events, lang)`), shown in this order. */
  steps?: readonly PresentationStep[];
  /** Event to start on (e.g. the selected one); the first step otherwise. */
  startId?: string | null;
  lang: string;
  /** Heading above the slides, e.g. a story's title. */
  title?: string;
  t?: ClassroomT;
  /** Turns displayed text into the display script (kk-latn transliteration); identity by default. */
  display?: (text: string) => string;
  /** Called on every step: the shell zooms the timeline there; `smooth` is false under reduced motion. */
  onFocusEvent: (id: string, opts: { smooth: boolean }) => void;
  onExit: () => void;
  /** The timeline, shown above the caption so the class sees the zoom. */
  children?: ReactNode;
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Full-screen projector view: a large caption of one event at a time under the timeline.
 * Asks for the Fullscreen API; when the browser refuses (iframes, iOS, no user gesture) the
 * component is already a fixed full-viewport overlay, so nothing else changes.
 */
export function PresentationMode(props: PresentationModeProps) {
  const { lang, onFocusEvent, onExit } = props;
  const t = props.t ?? createClassroomT(lang);
  const show = props.display ?? ((s: string) => s);
  const steps = useMemo<readonly PresentationStep[]>(
    () => props.steps ?? sortChronological(props.events ?? []).map((event) => ({ event })),
    [props.steps, props.events],
  );
  const count = steps.length;
  const [index, setIndex] = useState(() =>
    startIndex(
      steps.map((s) => s.event.id),
      props.startId,
    ),
  );
  const root = useRef<HTMLDivElement>(null);
  const current = steps[Math.min(index, Math.max(count - 1, 0))];
  const currentId = current?.event.id;
  // Callbacks through refs: the shell may pass new arrow functions on every render, and that
  // must neither re-zoom the timeline nor re-request fullscreen.
  const callbacks = useRef({ onFocusEvent, onExit });
  useLayoutEffect(() => {
    callbacks.current = { onFocusEvent, onExit };
  });

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    callbacks.current.onExit();
  }, []);

  const run = useCallback(
    (command: PresentationCommand) => {
      if (command === 'exit') leave();
      else setIndex((i) => applyCommand(i, command, count));
    },
    [count, leave],
  );

  useEffect(() => {
    if (currentId) callbacks.current.onFocusEvent(currentId, { smooth: !prefersReducedMotion() });
  }, [currentId]);

  useEffect(() => {
    const el = root.current;
    const previous = document.activeElement as HTMLElement | null;
    el?.focus();
    let entered = false;
    // Browsers exit fullscreen on Esc themselves without a keydown; treat that as leaving.
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) callbacks.current.onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Only with a user gesture (the "present" click): otherwise the browser refuses and logs an
    // error, e.g. for a story opened by link; the fixed overlay is the fallback either way.
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } })
      .userActivation;
    if (!activation || activation.isActive) el?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      previous?.focus?.();
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter on a focused button belong to the button.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      const command = keyToCommand(e.key, e.shiftKey);
      if (!command) return;
      // Capture phase: in presentation the arrows step, they do not pan a focused timeline.
      e.preventDefault();
      e.stopPropagation();
      run(command);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [run]);

  return (
    <div
      ref={root}
      className="classroom-presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.label')}
      tabIndex={-1}
    >
      {props.children ? (
        <div className="classroom-presentation__stage">{props.children}</div>
      ) : null}
      <PresentationCaption step={current} lang={lang} title={props.title} t={t} display={show} />
      <nav className="classroom-presentation__controls" aria-label={t('presentation.label')}>
        <button type="button" onClick={() => run('prev')} disabled={index <= 0}>
          ← {t('presentation.prev')}
        </button>
        <p className="classroom-presentation__progress" role="status">
          {t('presentation.progress', { current: count ? index + 1 : 0, total: count })}
        </p>
        <progress max={Math.max(count, 1)} value={count ? index + 1 : 0} aria-hidden="true" />
        <button type="button" onClick={() => run('next')} disabled={index >= count - 1}>
          {t('presentation.next')} →
        </button>
        <button type="button" onClick={leave}>
          {t('presentation.exit')}
        </button>
      </nav>
      <p className="classroom-presentation__help">{t('presentation.help')}</p>
    </div>
  );
}
