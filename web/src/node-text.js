// How the Node entries turn a large result (a full classification is ~2 MB) into a string.
// The engine's JSON is ASCII (every other character a \u escape), and Node makes a string of ASCII
// bytes with a copy (latin1Slice: 0.4 ms for 2 MB here), where its TextDecoder goes through ICU
// (7 ms for the same ASCII bytes; 15 ms when they hold UTF-8). Anything else the engine returns
// large (an audit's CSV or HTML may hold UTF-8) goes through ICU's UTF-8 to UTF-16
// (buffer.transcode) and ucs2Slice, or TextDecoder without ICU. Same string as TextDecoder either
// way (a byte order mark stays a character, as with ignoreBOM).
// Browsers keep TextDecoder, which copies ASCII as fast.

import { Buffer, isAscii, transcode } from 'node:buffer';

const hasIcu = typeof process === 'object' && Boolean(process.versions?.icu);
const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** @param {Uint8Array} bytes well-formed UTF-8 */
export function decodeUtf8(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.latin1Slice(0, buffer.length);
  if (!hasIcu) return textDecoder.decode(bytes);
  const wide = transcode(buffer, 'utf8', 'ucs2');
  return wide.ucs2Slice(0, wide.length);
}
