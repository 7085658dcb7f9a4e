import 'server-only';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

/**
 * Fonts shipped with the app (NanumGothic, SIL OFL, from npm), not the machine's: a server without
 * Korean fonts would otherwise draw every Hangul character as an empty box, and the same SVG
 * would render differently from one host to the next.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@kfonts', 'nanum-gothic', 'src');
const FONT_FILES = ['NanumGothic.ttf', 'NanumGothicBold.ttf'].map((file) =>
  path.join(FONT_DIR, file),
);

/**
 * An SVG chart image as PNG, at `scale` times its size (2 for sharp text on high-density screens
 * and in print). Rendered on resvg's worker thread: a 2400×1350 image would otherwise hold up
 * every other request, downloads streaming included.
 */
export async function renderPng(svg: string, scale = 2): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'NanumGothic',
      sansSerifFamily: 'NanumGothic',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return image.asPng();
}
