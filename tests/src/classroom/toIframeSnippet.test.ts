import { describe, expect, it } from 'vitest';
import { toEmbedUrl, toFullViewUrl, toIframeSnippet } from '../../../src/classroom/toIframeSnippet';

describe('toEmbedUrl / toFullViewUrl', () => {
  it('swap the page next to the app under any sub-path and keep the query', () => {
    expect(toEmbedUrl('https://s.kz/a/b/?lang=ru&story=x')).toBe(
      'https://s.kz/a/b/embed.html?lang=ru&story=x',
    );
    expect(toEmbedUrl('https://s.kz/a/index.html?lang=ru')).toBe(
      'https://s.kz/a/embed.html?lang=ru',
    );
    expect(toFullViewUrl('https://s.kz/a/embed.html?lang=ru&theme=party')).toBe(
      'https://s.kz/a/?lang=ru&theme=party',
    );
    expect(toFullViewUrl(toEmbedUrl('http://h/x/?q=1'))).toBe('http://h/x/?q=1');
  });
});

describe('toIframeSnippet', () => {
  it('writes a sandboxed, titled, lazy iframe with escaped attributes', () => {
    const html = toIframeSnippet({
      src: 'https://s/embed.html?a=1&b="2"',
      title: 'Шежіре "x"',
      height: 640.4,
    });
    expect(html).toContain('src="https://s/embed.html?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="Шежіре &quot;x&quot;"');
    expect(html).toContain('height="640"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(html).toContain('data-shejire-embed');
  });

  it('never writes a height below 200 px', () => {
    expect(toIframeSnippet({ src: 'x', title: 't', height: 10 })).toContain('height="200"');
  });
});
