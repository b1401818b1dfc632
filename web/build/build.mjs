// Bundles the dashboard into the silo's web root (git-ignored). Usage:
//   node build/build.mjs [--outdir DIR]    default: ../TitanFleet.Silo/wwwroot
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { buildBasemap } from './basemap.mjs';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(webDir, values.outdir ?? '../TitanFleet.Silo/wwwroot');

await rm(outdir, { recursive: true, force: true });
await mkdir(path.join(outdir, 'basemap'), { recursive: true });

const { metafile } = await esbuild.build({
  absWorkingDir: webDir,
  entryPoints: { app: 'src/main.js', styles: 'src/styles.css' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  loader: { '.png': 'file', '.svg': 'file' },
  entryNames: '[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// Entry files carry a content hash so browsers never run a stale bundle; index.html names them.
const entryFile = (entry) => {
  const [file] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry);
  return `/${path.relative(outdir, path.resolve(webDir, file)).split(path.sep).join('/')}`;
};
const page = (await readFile(path.join(webDir, 'src/index.html'), 'utf8'))
  .replace('/app.js', entryFile('src/main.js'))
  .replace('/styles.css', entryFile('src/styles.css'));
await writeFile(path.join(outdir, 'index.html'), page);
await writeFile(path.join(outdir, 'basemap/europe.json'), JSON.stringify(await buildBasemap()));
console.log(`dashboard built into ${outdir}`);
