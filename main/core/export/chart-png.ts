/**
 * A chart's SVG as a PNG, for the Word pack (Word shows PNG everywhere; SVG only in recent
 * versions). Drawn at twice the size for sharp printing, on white.
 */
import { CHART_HEIGHT, CHART_WIDTH } from './charts.ts';

export const PNG_SCALE = 2;

export async function chartPng(svg: string): Promise<Buffer> {
  // Loaded only when a Word pack has a chart: it is a native module.
  const { createCanvas, Image } = await import('@napi-rs/canvas');
  const image = new Image();
  image.src = Buffer.from(svg, 'utf8');
  const canvas = createCanvas(CHART_WIDTH * PNG_SCALE, CHART_HEIGHT * PNG_SCALE);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toBuffer('image/png');
}
