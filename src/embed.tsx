/**
 * Entry of embed.html, the page school sites put in an <iframe>: the timeline with a compact
 * toolbar, the same deep-link parameters as the full app, and height reports to the parent.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClassroomT } from './classroom/createClassroomT';
import { EmbedApp } from './components/classroom/EmbedApp';
import { ErrorBoundary, resetHrefOf } from './components/ErrorBoundary';
import { NowProvider } from './components/NowContext';
import { decodeState } from './state/url';

const t = createClassroomT(decodeState(location.search).lang ?? 'kk');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary
        text={{
          title: t('embed.crash.title'),
          explain: t('embed.crash.explain'),
          reset: t('embed.crash.reset'),
          detail: (message) => t('embed.crash.detail', { message }),
        }}
        resetHref={resetHrefOf(location.href)}
      >
        {/* Today, read once here: a planned event whose day has passed is drawn as held. */}
        <NowProvider nowMs={Date.now()}>
          <EmbedApp href={location.href} />
        </NowProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
