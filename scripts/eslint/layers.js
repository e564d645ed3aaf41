// The layering rule (docs/architecture.md, "Layers"): which part of the tree may import which, checked on every
// import with the path resolved, so `../../x` and `../../../x` are judged by where they land, not how they are spelled.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
/** Browser-only packages: the shared layer runs in Node and in the browser, so it may use neither side's. */
const DOM_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  'dompurify',
  'monaco-editor',
  '@monaco-editor/react',
];

const under = (file, dir) => file === dir || file.startsWith(`${dir}/`);
const isTestFile = (file) => /\.test\.tsx?$/.test(file);

/** What `file` may not import: a reason for `spec` (resolved to `target` when relative), or undefined. */
export function layerProblem(file, spec, target) {
  const isNode = NODE.has(spec) || spec.startsWith('node:');
  const packageName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  if (under(file, 'src/shared') && !isTestFile(file)) {
    if (target && (under(target, 'src/client') || under(target, 'src/server')))
      return 'src/shared is imported by both sides and imports neither src/client nor src/server.';
    if (isNode) return 'src/shared runs in the browser too: no Node modules.';
    if (DOM_PACKAGES.includes(packageName)) return 'src/shared runs in Node too: no browser packages.';
  }
  if (under(file, 'src/client')) {
    if (target && under(target, 'src/server'))
      return 'src/client never imports src/server (share through src/shared).';
    if (isNode && !isTestFile(file)) return 'src/client runs in the browser: no Node modules.';
    const feature = /^src\/client\/features\/([^/]+)\//.exec(file)?.[1];
    const other = target && /^src\/client\/features\/([^/]+)\/(.*)$/.exec(target);
    if (feature && other && other[1] !== feature && !other[2].startsWith('api/'))
      return `A feature imports another feature's api/ only (its public hooks, queries and helpers), not ${other[1]}/${other[2]}.`;
  }
  if (under(file, 'src/server') && target && under(target, 'src/client'))
    return 'src/server never imports src/client (share through src/shared).';
  return undefined;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps src/shared, src/client (and its features) and src/server in their lanes.' },
    schema: [],
    messages: { layer: '{{reason}}' },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const spec = node?.value;
      if (typeof spec !== 'string') return;
      const target = spec.startsWith('.')
        ? path
            .relative(ROOT, path.resolve(path.dirname(context.filename), spec))
            .split(path.sep)
            .join('/')
        : undefined;
      const reason = layerProblem(file, spec, target);
      if (reason) context.report({ node, messageId: 'layer', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const mailroomPlugin = { rules: { layers: layersRule } };
