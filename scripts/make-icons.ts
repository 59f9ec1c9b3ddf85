/**
 * Draws the skill's icons, skill-package/assets/icon-108.png and icon-512.png (the sizes the Alexa app shows), and the
 * browser page's, src/web/public/icon-192.png and icon-512.png (the sizes a phone's home screen asks a web app for):
 * two bars side by side, the weak side's shorter one in amber and a line at its height across both, the cap the
 * weak side sets for the strong one. Run after changing the drawing: `npm run icons`.
 *
 * No image library: the shapes are sampled 4x4 times per pixel and written as an 8-bit RGB PNG with zlib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

const BACKGROUND: Rgb = [0x12, 0x35, 0x5b];
const WEAK: Rgb = [0xf2, 0x8c, 0x28];
const STRONG: Rgb = [0xe8, 0xee, 0xf4];
const CAP: Rgb = [0xff, 0xff, 0xff];

/** A shape in the unit square (0..1 both ways, y down): whether a point is inside. */
type Shape = (x: number, y: number) => boolean;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return dx * dx + dy * dy <= radius * radius;
  };

/** Painted in order, each over the ones before. */
const LAYERS: [Shape, Rgb][] = [
  [roundedRect(0.28, 0.415, 0.46, 0.8, 0.05), WEAK],
  [roundedRect(0.54, 0.2, 0.72, 0.8, 0.05), STRONG],
  [roundedRect(0.18, 0.37, 0.82, 0.4, 0.015), CAP],
];

const SAMPLES = 4;

const colourAt = (x: number, y: number): Rgb => {
  let colour = BACKGROUND;
  for (const [inside, fill] of LAYERS) if (inside(x, y)) colour = fill;
  return colour;
};

const render = (size: number): Buffer => {
  const rowBytes = 1 + size * 3;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
        }
      }
      for (let c = 0; c < 3; c++) raw[py * rowBytes + 1 + px * 3 + c] = Math.round(sum[c]! / (SAMPLES * SAMPLES));
    }
  }
  return raw;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

export const iconPng = (size: number): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(render(size), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
};

const ICONS: readonly { dir: string; sizes: readonly number[] }[] = [
  { dir: path.join(__dirname, '..', 'skill-package', 'assets'), sizes: [108, 512] },
  { dir: path.join(__dirname, '..', 'src', 'web', 'public'), sizes: [192, 512] },
];

if (require.main === module) {
  for (const { dir, sizes } of ICONS) {
    mkdirSync(dir, { recursive: true });
    for (const size of sizes) {
      const file = path.join(dir, `icon-${size}.png`);
      writeFileSync(file, iconPng(size));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}
