// The peer side of bench/audit-vs-peers.sh: for every Dockerfile under the given paths (or the given files),
// dockerfile-utils validate() and dockerfile-ast parse(), as an editor or CI lint step would run them.
// Usage: node bench/peers-audit.mjs NODE_MODULES_DIR PATH...   Prints "files N, diagnostics D, instructions I".
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [modules, ...roots] = process.argv.slice(2);
const require = createRequire(join(resolve(modules), 'peers.js'));
const { validate } = require('dockerfile-utils');
const { DockerfileParser } = require('dockerfile-ast');

// Same file names slimline's discovery takes: Dockerfile, Dockerfile.*, *.Dockerfile (not *.dockerignore).
const isDockerfile = (name) => !name.endsWith('.dockerignore')
  && (name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.Dockerfile') || name.endsWith('.dockerfile'));

function collect(path, out) {
  if (statSync(path).isFile()) { out.push(path); return out; }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (entry.isDirectory()) { if (entry.name !== 'node_modules' && entry.name !== '.git') collect(join(path, entry.name), out); }
    else if (isDockerfile(entry.name)) out.push(join(path, entry.name));
  }
  return out;
}

const files = roots.flatMap((root) => collect(root, []));
let diagnostics = 0, instructions = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  diagnostics += validate(text).length;
  instructions += DockerfileParser.parse(text).getInstructions().length;
}
console.log(`files ${files.length}, diagnostics ${diagnostics}, instructions ${instructions}`);
