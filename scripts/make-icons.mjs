/* global Buffer */
// Draws the app icons (public/icons/*.png, *.svg) locally, with no image library:
// the favicon's motif (a blue disc with a white wave) on the header's dark blue.
// Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const NAVY = [20, 50, 79, 255];
const BLUE = [0, 114, 178, 255];
const WHITE = [255, 255, 255, 255];
// The wave of favicon.svg (viewBox 32): M9 20 c3-8 5-8 7 0 s4 8 7 0, sampled as points.
const wave = [];
function cubic(p0, p1, p2, p3) {
  for (let t = 0; t <= 1; t += 0.01) {
    const u = 1 - t;
    wave.push([u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0], u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]]);
  }
}
cubic([9, 20], [12, 12], [14, 12], [16, 20]);
cubic([16, 20], [18, 28], [20, 28], [23, 20]);
function icon(scale) {
  // scale: the disc's radius relative to the favicon (maskable icons keep the motif in the safe zone).
  return (u, v) => {
    const x = 16 + (u * 32 - 16) / scale;
    const y = 16 + (v * 32 - 16) / scale;
    const near = wave.some(([wx, wy]) => (wx - x) ** 2 + (wy - y) ** 2 < 1.6);
    if (Math.hypot(x - 16, y - 16) < 13) return near ? WHITE : BLUE;
    return NAVY;
  };
}
writeFileSync('public/icons/icon-192.png', png(192, icon(1)));
writeFileSync('public/icons/icon-512.png', png(512, icon(1)));
writeFileSync('public/icons/maskable-512.png', png(512, icon(0.75)));
writeFileSync(
  'public/icons/icon.svg',
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14324F"/><circle cx="16" cy="16" r="13" fill="#0072B2"/><path d="M9 20c3-8 5-8 7 0s4 8 7 0" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>\n',
);
