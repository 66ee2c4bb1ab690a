import { useEffect, useRef, type ReactNode } from 'react';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import { reportHeight } from '../../classroom/reportHeight';
import { toFullViewUrl } from '../../classroom/toIframeSnippet';
import './embed.css';

export interface EmbedFrameProps {
  /** This page's URL (location.href); the "open full view" link keeps its parameters. */
  url: string;
  lang: string;
  t?: ClassroomT;
  /** A heading for the compact toolbar. */
  title?: string;
  /** Extra compact controls (e.g. the shell's language switch). */
  tools?: ReactNode;
  /** The timeline. */
  children?: ReactNode;
  /** Injected for tests; window.parent by default (nothing is sent when not framed). */
  parent?: Pick<Window, 'postMessage'> | null;
}

/**
 * The embedded page's chrome: a one-line toolbar with an "open full view" link (new tab,
 * since the frame is sandboxed without top navigation) around the timeline, and a height
 * report to the parent page whenever the content's height changes.
 */
export function EmbedFrame(props: EmbedFrameProps) {
  const { url, lang } = props;
  const t = props.t ?? createClassroomT(lang);
  const root = useRef<HTMLDivElement>(null);
  const parent =
    props.parent === undefined ? (window.parent !== window ? window.parent : null) : props.parent;

  useEffect(() => {
    if (!root.current || !parent || typeof ResizeObserver === 'undefined') return;
    return reportHeight(root.current, parent);
  }, [parent]);

  return (
    <div ref={root} className="classroom-embed-frame">
      <header className="classroom-embed-frame__bar">
        {/* The page's one heading (the iframe is a page of its own for screen readers). */}
        <h1 className="classroom-embed-frame__title">{props.title ?? t('embed.frameTitle')}</h1>
        {props.tools}
        <a href={toFullViewUrl(url)} target="_blank" rel="noopener">
          {t('embed.openFull')} ↗
        </a>
      </header>
      <main className="classroom-embed-frame__main">{props.children}</main>
    </div>
  );
}
