import type { VersionedShape } from './area';
import { openEnvelope, type EnvelopeResult } from './read';
import { isPlainObject, safeParseJson } from './safe-json';

export { SHARE_PARAM, shareCodeFromHash } from './share-hash';

// A share code is deflate-raw compressed JSON `{ k: shape name, v, data }`, in base64url.
/** A link never inflates past this, whatever it holds (a guard against zip bombs). */
const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Encodes `data` of a shape into the text that follows `#share=`. */
export async function encodeShare<T>(shape: VersionedShape<T>, data: T): Promise<string> {
  const json = JSON.stringify({ k: shape.name, v: shape.version, data });
  const compressed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return toBase64Url(compressed);
}

export type ShareResult<T> = EnvelopeResult<T> | { ok: false; reason: 'malformed' | 'wrongKind' };

/**
 * Decodes a share code through the shape's own migrate-and-validate path. A tampered or
 * truncated code gives `malformed`, never a throw.
 */
export async function decodeShare<T>(shape: VersionedShape<T>, code: string): Promise<ShareResult<T>> {
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'malformed' };
  let json: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = safeParseJson(json);
  if (!parsed.ok || !isPlainObject(parsed.value)) return { ok: false, reason: 'malformed' };
  if (parsed.value.k !== shape.name) return { ok: false, reason: 'wrongKind' };
  return openEnvelope(shape, parsed.value);
}
