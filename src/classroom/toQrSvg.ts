import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

/**
 * SVG source of a QR code for `url`, made in the page (no QR web service: the brief forbids
 * requests to other origins). Black on white with the 4-module quiet zone the standard asks
 * for, and medium error correction so a phone still reads it off a dim projector or a
 * crumpled handout. The SVG has a viewBox, so CSS sizes it (width/height in CSS win over its attributes).
 * Null when the link does not fit in a QR code (about 2.3 KB at level M: a long search or many
 * filters), so the caller can say so instead of the page failing.
 * @example toQrSvg('https://school.kz/shejire/?lang=kk')?.startsWith('<svg')
 */
export function toQrSvg(url: string): string | null {
  try {
    const code = generate(url, { minCorrectionLevel: correction.M });
    return toSvgSource(code, { on: '#000', off: '#fff', pad: 4 });
  } catch {
    // lean-qr throws when the data exceeds the largest QR version (error 4: too much data).
    return null;
  }
}
