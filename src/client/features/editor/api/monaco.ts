// The editor's public surface for other features: the one configured, bundled Monaco (no CDN) and its read-only
// diff. Importing this pulls Monaco into the importer's chunk, so only lazily loaded modules may (the transfer
// page's diff does).
export { DIFF_THEME, monaco, type Monaco } from '../monaco-setup';
export { ReadOnlyDiff } from '../components/read-only-diff';
