/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { EMBED_RESIZE_SNIPPET } from '../../../src/classroom/embed-snippet';

describe('EMBED_RESIZE_SNIPPET', () => {
  it('is a script of at most 20 lines', () => {
    expect(EMBED_RESIZE_SNIPPET.split('\n').length).toBeLessThanOrEqual(20);
    expect(EMBED_RESIZE_SNIPPET).toMatch(/^<script>[\s\S]*<\/script>$/);
  });

  it('resizes only the frame that sent the message, within bounds', () => {
    document.body.innerHTML =
      '<iframe data-shejire-embed id="a"></iframe><iframe data-shejire-embed id="b"></iframe>';
    const body = EMBED_RESIZE_SNIPPET.replace(/^<script>|<\/script>$/g, '');
    new Function(body)();
    const [a, b] = [
      document.getElementById('a') as HTMLIFrameElement,
      document.getElementById('b') as HTMLIFrameElement,
    ];
    const send = (data: unknown, source: Window | null) =>
      window.dispatchEvent(new MessageEvent('message', { data, source }));
    send({ type: 'shejire:height', height: 812.5 }, a.contentWindow);
    expect(a.style.height).toBe('813px');
    expect(b.style.height).toBe('');
    send({ type: 'shejire:height', height: 99999 }, b.contentWindow);
    expect(b.style.height).toBe('5000px');
    send({ type: 'shejire:height', height: 300 }, window);
    send({ type: 'other', height: 300 }, a.contentWindow);
    expect(a.style.height).toBe('813px');
  });
});
