// How the Node entries turn a large UTF-8 result (a full classification is ~2 MB) into a string.
// V8's UTF-8 decoder, behind TextDecoder and Buffer's utf8 in Node 20, goes byte by byte from the
// first non-ASCII byte on, and the engine's English sentences put one (“) in the first reason: the
// whole text took ~4 ns a byte. Faster, and the same string (a byte order mark stays a character,
// as with ignoreBOM):
// - decodeUtf16: the full module converts the text to UTF-16 itself (ss_utf16), and ucs2Slice
//   copies that into a string;
// - decodeUtf8, for the learner module (no ss_utf16): ICU's UTF-8 to UTF-16 (buffer.transcode),
//   then ucs2Slice.
// Browsers keep TextDecoder (Chromium's UTF-16 decoder is slower than its UTF-8 one).

import { Buffer, transcode } from 'node:buffer';

/** @param {Uint8Array} bytes well-formed UTF-8 */
export function decodeUtf8(bytes) {
  const wide = transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'ucs2');
  return wide.ucs2Slice(0, wide.length);
}

/** @param {Uint8Array} units little-endian UTF-16 */
export function decodeUtf16(units) {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).ucs2Slice(0, units.byteLength);
}

/** The decoders for marshal.js's setLargeTextDecoders: decodeUtf8 only where ICU is (transcode throws without it). */
export const nodeTextDecoders = { utf16: decodeUtf16, ...(typeof process === 'object' && process.versions?.icu ? { utf8: decodeUtf8 } : {}) };
