/**
 * Reading a response body without trusting its size. The limit is enforced
 * while the bytes arrive, twice: on the bytes off the wire (a server that
 * never stops sending) and on the bytes after gzip/deflate/br decoding (a
 * 40 KB "decompression bomb" that inflates to gigabytes). The moment either
 * count passes the limit the streams — and so the socket — are destroyed;
 * decompression is streamed with backpressure, so at most one zlib chunk past
 * the limit is ever produced.
 */
import { pipeline, Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchRefusal, formatBytes } from './errors.ts';

export function tooLarge(maxBytes: number, url: URL, detail: string): FetchRefusal {
  return new FetchRefusal('too-large', `the page is larger than ${formatBytes(maxBytes)}`, { detail, url: url.href });
}

/** The streams that undo one Content-Encoding, or null when we do not speak it. */
function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
    case 'deflate':
      // Unzip accepts both gzip and zlib framing, so a server that labels one as the other still works.
      return zlib.createUnzip();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** Content-Encoding "gzip, br" means gzip was applied first, so it is undone last. */
export function decodersFor(contentEncoding: string | undefined, url: URL): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity')
    .reverse();
  return codings.map((coding) => {
    const decoder = decoderFor(coding);
    if (!decoder) {
      throw new FetchRefusal('bad-encoding', `the page uses a compression we cannot read (${coding})`, { url: url.href });
    }
    return decoder;
  });
}

export async function readBody(
  response: Readable,
  options: { maxBytes: number; contentEncoding?: string | undefined; url: URL },
): Promise<Buffer> {
  const { maxBytes, url } = options;
  const decoders = decodersFor(options.contentEncoding, url);
  let decoderFailed = false;
  for (const d of decoders) d.once('error', () => (decoderFailed = true));

  let wireBytes = 0;
  const wireCounter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) done(tooLarge(maxBytes, url, `more than ${maxBytes} bytes received`));
      else done(null, chunk);
    },
  });

  // pipeline destroys every stage when any one fails, so an error anywhere also closes the socket.
  pipeline([response, wireCounter, ...decoders], () => {});
  const tail: Readable = decoders.at(-1) ?? wireCounter;

  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of tail as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Leaving the loop by throwing destroys `tail`, and pipeline the rest.
      if (size > maxBytes) throw tooLarge(maxBytes, url, `more than ${maxBytes} bytes after decompression (${wireBytes} on the wire)`);
      chunks.push(chunk);
    }
  } catch (error) {
    response.destroy();
    if (error instanceof FetchRefusal) throw error;
    if (decoderFailed) {
      throw new FetchRefusal('bad-encoding', 'the page could not be decompressed', { detail: String(error), url: url.href });
    }
    throw error;
  }
  return Buffer.concat(chunks, size);
}
