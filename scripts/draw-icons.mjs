#!/usr/bin/env node
// Draws ClaimLens's toolbar and store icons (a lens over a rising bar chart) as PNGs, antialiased by
// supersampling distance functions. Run once after a design change; the PNGs are committed in public/icons.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SS = 4; // supersamples per axis

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), painted back to front; each returns true when (x, y) is inside.
const roundedSquare = (x, y) => {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const lensCenter = [0.44, 0.44];
const lensRadius = 0.26;
const inLens = (x, y) => Math.hypot(x - lensCenter[0], y - lensCenter[1]) <= lensRadius;
const ring = (x, y) => {
  const d = Math.hypot(x - lensCenter[0], y - lensCenter[1]);
  return d <= lensRadius + 0.055 && d >= lensRadius - 0.005;
};
const handle = (x, y) => {
  // a thick segment from the ring towards the bottom-right corner
  const [ax, ay, bx, by] = [0.63, 0.63, 0.84, 0.84];
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 0.065;
};
const bars = [
  [0.3, 0.37, 0.58, [46, 160, 67]],
  [0.4, 0.47, 0.48, [212, 160, 23]],
  [0.5, 0.57, 0.36, [46, 160, 67]],
];
const bar = (x, y) => {
  for (const [x0, x1, top, colour] of bars)
    if (x >= x0 && x <= x1 && y >= top && y <= 0.62 && inLens(x, y)) return colour;
  return null;
};

function colourAt(x, y) {
  if (!roundedSquare(x, y)) return null;
  if (ring(x, y) || handle(x, y)) return [255, 255, 255];
  const b = bar(x, y);
  if (b) return b;
  if (inLens(x, y)) return [232, 240, 254];
  return [11, 61, 145];
}

mkdirSync(new URL('../public/icons/', import.meta.url), { recursive: true });
for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size, rgba));
}
console.log(`drew ${SIZES.length} icons in public/icons`);
