import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain Node script without type declarations
import { drawIcon, encodePng, SIZES } from '../../assets/icons/generate-icons.mjs';

describe('extension icons', () => {
  it('has a PNG of each size the manifest needs, where WXT finds it', () => {
    expect(SIZES).toEqual([16, 32, 48, 128]);
    for (const size of SIZES as number[]) {
      const png = readFileSync(`public/icon-${size}.png`);
      expect(png.subarray(0, 8).toString('hex'), `icon-${size}.png`).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('are exactly what the generator in the repository draws', () => {
    for (const size of SIZES as number[]) {
      expect(Buffer.compare(encodePng(size, drawIcon(size)), readFileSync(`public/icon-${size}.png`)), `icon-${size}.png`).toBe(0);
    }
  });

  it('are opaque in the middle and transparent in the corners (a rounded square)', () => {
    const pixels = drawIcon(32) as Buffer;
    const alpha = (x: number, y: number) => pixels[(y * 32 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(16, 4)).toBe(255);
  });
});
