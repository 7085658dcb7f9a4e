import 'server-only';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * Fonts shipped with the app (NanumGothic, SIL OFL, from npm), not the machine's: a server without
 * Korean fonts would otherwise draw every Hangul character as an empty box, and the same SVG
 * would render differently from one host to the next.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@kfonts', 'nanum-gothic', 'src');
const FONT_FILES = ['NanumGothic.ttf', 'NanumGothicBold.ttf'].map((file) => path.join(FONT_DIR, file));

/** An SVG chart image as PNG, at `scale` times its size (2 for sharp text on high-density screens and in print). */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'NanumGothic', sansSerifFamily: 'NanumGothic' },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
