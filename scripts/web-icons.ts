// Draws the app's PNG icons (the favicon's check on blue) into web/public/icons/, for the manifest
// and iOS: no image library, a 4×4-sampled rasterizer and a hand-written PNG encoder (zlib).
// Run `npx tsx scripts/web-icons.ts` after changing the favicon; the PNGs are committed.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = fileURLToPath(new URL('../web/public/icons/', import.meta.url));
const BLUE = [0x24, 0x56, 0xd3] as const;
/** The favicon's check, in its 32-unit box. */
const CHECK: [number, number][] = [
  [9, 16.5],
  [14, 21.5],
  [23, 10.5],
];
const STROKE = 3.2;

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number) {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels: `maskable` fills the square and shrinks the check into the safe zone (80%). */
function draw(size: number, maskable: boolean): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size) * 32;
          const v = ((y + (sy + 0.5) / samples) / size) * 32;
          if (!maskable && !insideRoundedSquare(u, v, 7)) continue;
          cover++;
          const [cu, cv] = maskable ? [16 + (u - 16) / 0.8, 16 + (v - 16) / 0.8] : [u, v];
          const d = Math.min(
            distanceToSegment(cu, cv, CHECK[0]!, CHECK[1]!),
            distanceToSegment(cu, cv, CHECK[1]!, CHECK[2]!),
          );
          if (d <= STROKE / 2) white++;
        }
      }
      const n = samples * samples;
      const w = cover === 0 ? 0 : white / cover;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c]! * (1 - w) + 255 * w);
      pixels[i + 3] = Math.round((cover / n) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS: [string, number, boolean][] = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  // iOS rounds the corners itself and shows transparency as black: a full square.
  ['apple-touch-icon.png', 180, true],
];
for (const [name, size, maskable] of ICONS) {
  await writeFile(`${OUT}${name}`, png(size, draw(size, maskable)));
  console.log(`web/public/icons/${name}`);
}
