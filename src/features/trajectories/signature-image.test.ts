import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MAX_SIGNATURE_SIDE, opaqueSignature, readSignature } from './signature-image.ts';

/** A PNG of the given RGBA pixels, one row. */
function png(pixels: [number, number, number, number][]): Buffer {
  const image = new PNG({ width: pixels.length, height: 1 });
  image.data = Buffer.from(pixels.flat());
  return PNG.sync.write(image);
}

describe('opaqueSignature', () => {
  it.each([
    { name: 'transparent', pixel: [0, 0, 0, 0], printed: [255, 255, 255] },
    { name: 'opaque black ink', pixel: [0, 0, 0, 255], printed: [0, 0, 0] },
    { name: 'opaque blue ink', pixel: [10, 20, 200, 255], printed: [10, 20, 200] },
    { name: 'half-transparent black', pixel: [0, 0, 0, 128], printed: [127, 127, 127] },
  ] as const)('lays a $name pixel over white', ({ pixel, printed }) => {
    const out = opaqueSignature(png([[...pixel]]));
    // IHDR colour type 2: RGB without alpha, which pdfkit embeds without a thread-pool round trip.
    expect(out[25]).toBe(2);
    expect([...PNG.sync.read(out).data]).toEqual([...printed, 255]);
  });

  it('refuses to print a stored file that is not a readable PNG', () => {
    expect(() => opaqueSignature(Buffer.from('not a png'))).toThrow('not a readable PNG');
  });
});

describe('readSignature', () => {
  const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it('reads a PNG a pad sends', () => {
    expect(readSignature(png([[1, 2, 3, 4]]))?.width).toBe(1);
  });

  it.each([
    { name: 'the magic bytes and nothing else', bytes: magic },
    { name: 'the magic bytes and garbage', bytes: Buffer.concat([magic, Buffer.alloc(40, 7)]) },
    {
      name: 'a body cut after its header',
      bytes: png([[0, 0, 0, 255]]).subarray(0, 40),
    },
    {
      name: 'an image wider than a signature pad',
      bytes: (() => {
        const wide = new PNG({ width: MAX_SIGNATURE_SIDE + 1, height: 1 });
        wide.data.fill(0);
        return PNG.sync.write(wide);
      })(),
    },
  ])('refuses $name', ({ bytes }) => {
    expect(readSignature(bytes)).toBeNull();
  });
});
