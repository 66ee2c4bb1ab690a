/**
 * Saves `data` as a file named `filename` through a Blob and an object URL: everything stays in
 * the page (no server round trip). The URL is revoked on the next tick, after the click has
 * started the download.
 * @example download(toCsv(events, sources, 'kk'), 'shejire.csv', 'text/csv;charset=utf-8')
 */
export function download(
  data: Blob | string,
  filename: string,
  type = 'application/octet-stream',
): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
