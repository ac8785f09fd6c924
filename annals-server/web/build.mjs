// Bundles the page into the server's classpath: node build.mjs OUT_DIR
// (OUT_DIR/index.html, OUT_DIR/assets/app.js, OUT_DIR/assets/app.css). No network.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? '../target/classes/org/annals/server/web');
const started = Date.now();
mkdirSync(join(out, 'assets'), { recursive: true });
await esbuild.build({
  entryPoints: { app: 'src/main.js', style: 'src/app.css' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'linked',
  outdir: join(out, 'assets'),
  entryNames: '[name]',
  logLevel: 'warning',
});
copyFileSync('src/index.html', join(out, 'index.html'));
console.log(`web page built into ${out} in ${Date.now() - started} ms`);
