// How the Node entries turn a large UTF-8 result (a full classification is ~2 MB) into a string.
// V8's UTF-8 decoder, behind TextDecoder and Buffer's utf8 in Node 20, goes byte by byte from the
// first non-ASCII byte on, and the engine's English sentences put one (“) in the first reason: the
// whole text took ~4 ns a byte. ICU's UTF-8 to UTF-16 conversion (buffer.transcode) and a copy of
// the UTF-16 into a string (ucs2Slice) take a third of that. Same string: the engine's output is
// well-formed UTF-8 (a byte order mark stays a character, as with ignoreBOM). Browsers keep
// TextDecoder (their UTF-16 decoders are slower than their UTF-8 one).

import { Buffer, transcode } from 'node:buffer';

/** @param {Uint8Array} bytes well-formed UTF-8 */
export function decodeUtf8(bytes) {
  const wide = transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'ucs2');
  return wide.ucs2Slice(0, wide.length);
}

/** Whether this Node has ICU (transcode throws without it): otherwise TextDecoder stays. */
export const hasTranscode = typeof process === 'object' && Boolean(process.versions?.icu);
