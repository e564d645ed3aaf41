import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets at rest (SMTP passwords, OAuth client secrets). The key lives in SECRET_KEY or
 * DATA_DIR/secret.key, never in the database, so a copied database alone reveals nothing.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const SECRET_KEY_FILE = 'secret.key';

/**
 * The box for the configured key: SECRET_KEY when set (every replica gets the same one), else DATA_DIR/secret.key.
 * It is checked against the secrets the database already holds (`sealed`, from `store`, named in errors). A missing
 * key file is generated only while nothing is sealed; a missing or wrong key with sealed secrets stops the start
 * with one clear error, rather than a new key that silently strands them.
 */
export function openSecretBox(
  source: { dataDir: string; secretKey: string | undefined },
  sealed: readonly string[],
  store: string,
): SecretBox {
  const file = path.join(source.dataDir, SECRET_KEY_FILE);
  const where = source.secretKey !== undefined ? 'SECRET_KEY' : file;
  if (source.secretKey === undefined && !fs.existsSync(file) && sealed.length > 0)
    throw new Error(
      `${file} is missing, but ${store} holds secrets sealed with it: restore that file (a new key would not open them).`,
    );
  const box = createSecretBox(
    source.secretKey !== undefined ? keyFrom(source.secretKey, 'SECRET_KEY') : loadOrCreateKey(file),
  );
  for (const secret of sealed) {
    try {
      box.open(secret);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${where} does not open the secrets stored in ${store}: ${reason} (restore the key they were sealed with).`,
        { cause: error },
      );
    }
  }
  return box;
}

/** A 32-byte key written in base64 (what `openssl rand -base64 32` prints, and what secret.key holds). */
function keyFrom(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32)
    throw new Error(`${where} does not hold a 32-byte key (base64, e.g. openssl rand -base64 32)`);
  return key;
}

function loadOrCreateKey(file: string): Buffer {
  if (fs.existsSync(file)) return keyFrom(fs.readFileSync(file, 'utf8'), file);
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
