import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 string; rejection sampling keeps the distribution uniform. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/**
 * Request ids (not secrets) draw from a pool of random bytes: one `randomBytes` call per request was 5 % of the
 * cached read path's CPU (npm run bench). Ids that name stored things and tokens keep their own call.
 */
const POOL_SIZE = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function pooledBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    if (poolOffset >= pool.length) {
      pool = randomBytes(POOL_SIZE);
      poolOffset = 0;
    }
    const byte = pool[poolOffset++];
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

/** Okta-looking ids: a 3-character type prefix plus 17 characters (20 in all), e.g. `ces7n3u7sSohfoaou0g1`. */
export const newId = {
  emailServer: () => 'ces' + randomBase62(17),
  brand: () => 'bnd' + randomBase62(17),
  customization: () => 'oel' + randomBase62(17),
  user: () => '00u' + randomBase62(17),
  org: () => '00o' + randomBase62(17),
  token: () => '00T' + randomBase62(17),
  delivery: () => 'dlv' + randomBase62(17),
  message: () => 'msg' + randomBase62(17),
  session: () => 'ses' + randomBase62(17),
  requestId: () => pooledBase62(27),
  errorId: () => 'oae' + randomBase62(22),
};

/** API tokens look like Okta's SSWS tokens: 42 characters starting with `00`. */
export const newApiToken = () => '00' + randomBase62(40);
