import type { FastifyInstance, FastifyReply } from 'fastify';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Bodies below this are sent as they are: the saving would not pay for the CPU and the extra header. */
export const COMPRESS_MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE_TYPE = /^(?:application\/(?:[\w.-]+\+)?json|text\/)/i;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const encoders: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 4: about gzip's speed with a smaller result; the built console has quality 11, made once at build.
  br: (body) =>
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzip(body, { level: 6 }),
};

/**
 * The encoding to answer in for an `Accept-Encoding` header: `br` when the client takes it at least as gladly as
 * gzip, else `gzip`, else none (identity). Honours q-values (`br;q=0` refuses br) and `*`.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of String(header).toLowerCase().split(',')) {
    const [token, ...params] = part.split(';').map((s) => s.trim());
    if (!token) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = Math.max(weightOf('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

/** Adds `Accept-Encoding` to the Vary header, keeping what is there. */
export function varyOnAcceptEncoding(reply: FastifyReply) {
  const current = reply.getHeader('vary');
  const values =
    current === undefined
      ? []
      : String(current)
          .split(',')
          .map((v) => v.trim());
  if (values.some((v) => v === '*' || v.toLowerCase() === 'accept-encoding')) return;
  reply.header('vary', [...values.filter(Boolean), 'Accept-Encoding'].join(', '));
}

/**
 * Compresses JSON and text answers over 1 KB on the fly (br preferred, else gzip) for clients that send
 * `Accept-Encoding`, as Okta's SDKs and browsers do. Static files are not touched here: the console's come
 * precompressed from the build (static-client.ts).
 */
export function registerCompression(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const status = reply.statusCode;
    if (status === 204 || status === 304 || request.method === 'HEAD') return payload;
    if (reply.getHeader('content-encoding') !== undefined) return payload;
    if (!COMPRESSIBLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < COMPRESS_MIN_BYTES) return payload;

    // From here the bytes depend on Accept-Encoding, whether or not this client gets them compressed.
    varyOnAcceptEncoding(reply);
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const compressed = await encoders[encoding](body);
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    // A strong validator names exact bytes; the compressed ones differ, so it becomes weak (as nginx does).
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string' && etag.startsWith('"')) reply.header('etag', `W/${etag}`);
    return compressed;
  });
}
