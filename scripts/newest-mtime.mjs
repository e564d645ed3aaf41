// The newest modification time under a file or folder: `npm start` and `npm run bench` rebuild dist/ when a
// source is newer than what was built from it.
import fs from 'node:fs';
import path from 'node:path';

/** Milliseconds since the epoch of the newest file or folder at or under `entry`; 0 when it does not exist. */
export function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}
