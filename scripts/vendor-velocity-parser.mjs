// Regenerates src/shared/velocity/vendor/velocity-parser.js from the pinned velocityjs (its jison parser,
// dist/esm/parse/index.mjs) and re-applies Mailroom's performance patches. `node scripts/vendor-velocity-parser.mjs`
// writes the file; `--check` only compares (a test runs that, so the vendored file can't drift from this recipe).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = path.join(ROOT, 'node_modules/velocityjs/dist/esm/parse/index.mjs');
export const TARGET = path.join(ROOT, 'src/shared/velocity/vendor/velocity-parser.js');

const HEADER = `/* eslint-disable */
// Generated jison parser from velocityjs VERSION (dist/esm/parse/index.mjs), MIT License,
// Copyright (c) 2012-2013 Eward Song <eward.song at gmail.com>. See LICENSE beside this file.
// Regenerate with \`node scripts/vendor-velocity-parser.mjs\`; a test checks the file is exactly its output.
//
// Vendored because the published parser is quadratic on hostile input (a 100 KB template of "$"
// takes ~50 s) and only exports an already-nested tree that silently drops a stray #end.
// Local changes, nothing else touched:
//  1. statement/argument lists grow with push (\`append\`) instead of \`[].concat\` on every item;
//  2. the LR stacks shrink with \`length -=\` instead of \`slice\` on every reduction;
//  3. the \`[\` lexer rule peeks one character instead of scanning the rest of the input;
//  4. exports \`parseFlat\` (the raw statement list) instead of velocityjs's nesting \`parse\`.

/** In-place \`[].concat(list, item)\`: the list is owned by the parser stack. */
function append(list, item) {
\tif (Array.isArray(item)) for (var i = 0; i < item.length; i++) list.push(item[i]);
\telse list.push(item);
\treturn list;
}`;

/** Each patch: what velocityjs has, what Mailroom runs, and how many times it must occur. */
const PATCHES = [
  [/^import \{ parse \} from "[^"]+";$/m, HEADER, 1],
  [/this\.\$ = \[\]\.concat\((\$\$\[\$0 - \d\]), \$\$\[\$0\]\);/g, 'this.$ = append($1, $$$$[$$0]);', 2],
  [/stack = stack\.slice\(0, -1 \* len \* 2\);/g, 'stack.length -= len * 2;', 1],
  [/vstack = vstack\.slice\(0, -1 \* len\);/g, 'vstack.length -= len;', 1],
  [/lstack = lstack\.slice\(0, -1 \* len\);/g, 'lstack.length -= len;', 1],
  [
    /\/\^\(\?:\\\[\[\\s\]\*\(\?=\[\\-\$"'0-9\{\\\[\\\]\]\+\)\)\//g,
    `/^(?:\\[[\\s]*(?=[\\-$"'0-9{\\[\\]]))/`,
    1,
  ],
  [
    /var parse_1 = parse\.parse = function\(\) \{\n\treturn velocity\.parse\.apply\(velocity, arguments\);\n\};\n/g,
    '',
    1,
  ],
  [
    /export \{ parse_1 \};/g,
    "/** Parses VTL into velocityjs's flat statement list (block directives and their `end` are separate items). */\nexport function parseFlat(text) {\n\treturn velocity.parse(text);\n}",
    1,
  ],
];

export function generate() {
  const version = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules/velocityjs/package.json'), 'utf8'),
  ).version;
  let text = fs.readFileSync(SOURCE, 'utf8');
  for (const [pattern, replacement, count] of PATCHES) {
    const found = text.match(
      new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'),
    );
    if ((found?.length ?? 0) !== count)
      throw new Error(
        `vendor-velocity-parser: ${pattern} matched ${found?.length ?? 0} times, want ${count}`,
      );
    text = text.replace(pattern, replacement);
  }
  return text.replace('VERSION', version);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const same = fs.readFileSync(TARGET, 'utf8') === text;
    console.log(
      same
        ? 'The vendored parser is the recipe’s output.'
        : 'The vendored parser differs from the recipe’s output.',
    );
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(TARGET, text);
  console.log(`Wrote ${path.relative(ROOT, TARGET)}`);
}
