/**
 * A signature drawn on screen arrives as a PNG, usually with a transparent background. Printed as
 * it is, pdfkit splits its alpha channel on libuv's thread pool, and the order in which the two
 * signatures' objects then land in the file depends on which inflate finishes first: under load
 * the same version printed to different bytes, and the hash kept from the first print stopped
 * matching. Flattened onto white as plain RGB, a signature is embedded synchronously, so a version
 * always prints to the same bytes.
 */
import { PNG } from 'pngjs';

/** A pad draws a few hundred pixels a side; anything far larger is not a signature (nor safe to decode). */
export const MAX_SIGNATURE_SIDE = 4096;

/** The width and height the PNG header declares, read without decoding the image. */
function declaredSize(bytes: Buffer): { width: number; height: number } | null {
  // 8 bytes of signature, then the IHDR chunk: length (4), type (4), width (4), height (4).
  if (bytes.length < 24 || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The decoded image (8-bit RGBA), or null when the bytes are not a PNG a signature pad would send. */
export function readSignature(bytes: Buffer): PNG | null {
  const size = declaredSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return null;
  if (size.width > MAX_SIGNATURE_SIDE || size.height > MAX_SIGNATURE_SIDE) return null;
  try {
    return PNG.sync.read(bytes);
  } catch {
    return null;
  }
}

/** The signature as an opaque RGB PNG: pngjs lays each pixel over white by its alpha. */
export function opaqueSignature(bytes: Buffer): Buffer {
  const image = readSignature(bytes);
  // Signing refuses what cannot be read, so this is a stored file gone bad: say so loudly.
  if (!image) throw new Error('stored signature is not a readable PNG');
  return PNG.sync.write(image, {
    colorType: 2,
    inputHasAlpha: true,
    bgColor: { red: 255, green: 255, blue: 255 },
  });
}
