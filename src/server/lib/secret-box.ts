import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets at rest (SMTP passwords, OAuth client secrets). The key lives in DATA_DIR/secret.key,
 * outside the SQLite file, so a copied database alone reveals nothing.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const SECRET_KEY_FILE = 'secret.key';

/**
 * The box for DATA_DIR's key, checked against the secrets the database already holds (`sealed`, from `dbFile`).
 * A missing key is generated only while nothing is sealed; a missing or wrong key with sealed secrets stops the
 * start with one clear error, rather than a new key that silently strands them.
 */
export function openSecretBox(dataDir: string, sealed: readonly string[], dbFile: string): SecretBox {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  if (!fs.existsSync(file) && sealed.length > 0)
    throw new Error(
      `${file} is missing, but ${dbFile} holds secrets sealed with it: restore that file (a new key would not open them).`,
    );
  const box = createSecretBox(loadOrCreateKey(file));
  for (const secret of sealed) {
    try {
      box.open(secret);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${file} does not open the secrets stored in ${dbFile}: ${reason} (restore the key they were sealed with).`,
        { cause: error },
      );
    }
  }
  return box;
}

function loadOrCreateKey(file: string): Buffer {
  if (fs.existsSync(file)) {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
    return key;
  }
  const key = randomBytes(32);
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join(':');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== 'v1' || !iv || !tag || body === undefined)
        throw new Error('Unrecognised sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}
