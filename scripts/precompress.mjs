// `npm run export:precompress [dir=out]`: writes x.gz and x.br beside every text file of the export, so
// nginx (gzip_static, brotli_static in deploy/nginx.conf) sends them as they are instead of compressing
// each answer again. Only for nginx: static hosts such as Cloudflare Pages compress by themselves and would
// count the copies against their file limit, so upload out/ before running this, or leave *.gz and *.br out.
// Levels: gzip 6 and brotli 6, which here give within 1 % and 10 % of the best sizes at 3 and 30 times the
// speed (brotli 11 would take minutes). Skips copies that are already newer than their file.
import { readdirSync, statSync } from "node:fs";
import { readFile, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const TEXT = /\.(html|txt|json|js|css|svg|xml|map)$/;
const MIN_BYTES = 1024; // nginx's gzip_min_length: smaller answers are not worth compressing
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && TEXT.test(entry.name)) yield full;
  }
}

async function fresh(copy, source) {
  try {
    return (await stat(copy)).mtimeMs >= source.mtimeMs;
  } catch {
    return false;
  }
}

async function compressOne(file, totals) {
  const info = await stat(file);
  if (info.size < MIN_BYTES) return;
  const kinds = [
    [".gz", (b) => gzip(b, { level: 6 })],
    [".br", (b) => brotli(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: info.size } })],
  ];
  let body;
  for (const [ext, squeeze] of kinds) {
    const copy = file + ext;
    if (await fresh(copy, info)) continue;
    body ??= await readFile(file);
    const packed = await squeeze(body);
    // A copy that saves little is not worth a file: nginx then sends the original (or compresses it).
    if (packed.length > info.size * 0.9) continue;
    await writeFile(copy, packed);
    await utimes(copy, info.atime, info.mtime);
    totals.files += 1;
    totals.bytes += packed.length;
  }
}

async function main() {
  const root = path.resolve(process.argv[2] ?? "out");
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${root} is missing: run \`npm run build:export\` first`);
  const started = Date.now();
  const files = [...walk(root)];
  const totals = { files: 0, bytes: 0 };
  // zlib works on libuv's thread pool: a few files at a time keep every core busy.
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressOne(files[next++], totals);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `precompress: ${files.length} text files in ${root}, ${totals.files} .gz/.br copies written (${(totals.bytes / 1e6).toFixed(1)} MB) in ${seconds} s`,
  );
}

main().catch((error) => {
  console.error(`precompress: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
