/**
 * Entry of embed.html, the page school sites put in an <iframe>: the timeline with a compact
 * toolbar, the same deep-link parameters as the full app, and height reports to the parent.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './components/classroom/EmbedApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp href={location.href} />
    </StrictMode>,
  );
}
