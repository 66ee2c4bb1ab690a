/**
 * The address shared links start with: the build's SHEJIRE_PUBLIC_URL when set (the school's
 * web server, or the teacher's computer on the classroom network), else the page's own address.
 * @example shareBaseOf({ origin: 'http://127.0.0.1:4173', pathname: '/' }, 'https://school.kz/tl/') // 'https://school.kz/tl/'
 */
export function shareBaseOf(
  location: { origin: string; pathname: string },
  publicUrl: string | undefined = import.meta.env.SHEJIRE_PUBLIC_URL as string | undefined,
): string {
  const configured = publicUrl?.trim();
  if (configured) return configured.split(/[?#]/u)[0]!;
  return `${location.origin}${location.pathname}`;
}

/**
 * True when a link only works on this computer (localhost, 127.x.x.x, ::1, 0.0.0.0): a QR code
 * or an embed code with it would open nothing on a pupil's phone or a school site.
 * @example isLoopbackUrl('http://127.0.0.1:4173/?lang=kk') // true
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/gu, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/u.test(host) ||
    host === '::1' ||
    host === '0.0.0.0'
  );
}
