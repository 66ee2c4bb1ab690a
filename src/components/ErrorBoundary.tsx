import { Component, type ErrorInfo, type ReactNode } from 'react';

/** The fallback's words, already translated (the boundary must not depend on what may have failed). */
export interface CrashText {
  title: string;
  explain: string;
  reset: string;
  detail: (message: string) => string;
}

export interface ErrorBoundaryProps {
  text: CrashText;
  /** Where "reset the view" leads: this page without the view in its query (language kept). */
  resetHref: string;
  children?: ReactNode;
}

/**
 * Catches any render error below it and shows what happened with a "reset the view" link, so a
 * hostile or broken deep link (a huge search, thousands of filters) never leaves a blank page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the reader sees the message below.
    console.error('Shejire: the view failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { text, resetHref } = this.props;
    return (
      <main id="main" className="main">
        <section className="error-screen" role="alert" aria-labelledby="crash-title">
          <h2 id="crash-title">{text.title}</h2>
          <p>{text.explain}</p>
          <p>
            <a className="button" href={resetHref}>
              {text.reset}
            </a>
          </p>
          <p className="issue-detail">{text.detail(error.message.slice(0, 300))}</p>
        </section>
      </main>
    );
  }
}

/** This page's address with only `lang` kept: the default view in the reader's language. */
export function resetHrefOf(href: string): string {
  const url = new URL(href);
  const lang = url.searchParams.get('lang');
  url.search = lang === null ? '' : `?lang=${encodeURIComponent(lang)}`;
  url.hash = '';
  return url.href;
}
