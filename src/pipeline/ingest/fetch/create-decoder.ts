import { Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { FetchError } from './fetch-types.js';

// Tolerate a stream cut short at the end, as browsers do; the size limit still applies.
const LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

/** "deflate" means zlib-wrapped data, but some servers send it raw; the first two bytes tell which. */
class InflateEither extends Transform {
  private inner?: zlib.Inflate | zlib.InflateRaw;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    if (!this.inner) {
      const wrapped = chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
      this.inner = wrapped ? zlib.createInflate(LENIENT) : zlib.createInflateRaw(LENIENT);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback) {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error?: Error | null) => void) {
    this.inner?.destroy();
    done(err);
  }
}

/**
 * A stream that decodes a body sent with this Content-Encoding, or undefined when the body
 * is sent as is. An encoding Truce cannot decode is a FetchError ('unsupported_type').
 */
export function createDecoder(contentEncoding: string | undefined, url: URL): Transform | undefined {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(LENIENT);
    case 'deflate':
      return new InflateEither();
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new FetchError(`${url.href} sent its body with content encoding "${encoding}", which Truce cannot decode (it asks for gzip, deflate or br)`, 'unsupported_type');
  }
}
