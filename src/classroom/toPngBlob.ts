/**
 * Draws an SVG document onto a canvas of exactly `width`×`height` px and returns a PNG. The SVG
 * keeps its aspect ratio, centred on `background` (a projector slide is 16:9, the timeline may
 * not be). Works offline: the SVG goes through an object URL, never a server.
 * @example await toPngBlob(toSvgExport(svg, { background: '#fff' }), 1920, 1080, '#fff')
 */
export async function toPngBlob(
  svgSource: string,
  width: number,
  height: number,
  background: string,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgSource], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The timeline SVG could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is unavailable');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height);
    const sw = img.naturalWidth || width;
    const sh = img.naturalHeight || height;
    const k = Math.min(width / sw, height / sh);
    ctx.drawImage(img, (width - sw * k) / 2, (height - sh * k) / 2, sw * k, sh * k);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
