/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/curation/htmlToText';

describe('htmlToText(html)', () => {
  it('keeps the article’s paragraphs and drops scripts, styles, navigation and handlers', () => {
    const html = `<html><head><title>Жаңалық</title><style>p{}</style></head><body>
      <nav>Басты бет</nav><article><h1>Форум өтті</h1><p>14.03.2026</p>
      <p>Бүгін <b>форум</b> өтті.<br>Оған 300 адам келді.</p>
      <img src="x" onerror="alert(1)"><script>alert(2)</script></article>
      <footer>© 2026</footer></body></html>`;
    expect(htmlToText(html)).toBe(
      'Форум өтті\n\n14.03.2026\n\nБүгін форум өтті.\nОған 300 адам келді.',
    );
  });

  it('uses the page title when the body has no heading', () => {
    expect(htmlToText('<title>Сайлау</title><p>Сайлау өтті.</p>')).toBe('Сайлау\n\nСайлау өтті.');
  });
});
