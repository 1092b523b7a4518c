// The npm `compromise` library's .places() over the same text, for comparison (recognition only:
// compromise finds place-like names, it does not resolve them). Reads the file paragraph by
// paragraph so memory stays bounded; prints MB/s and the number of places found.
//   node compromise_places.mjs TEXT [COMPROMISE_DIR] [MAX_MB]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const loaded = require(process.argv[3] ?? 'compromise');
const nlp = typeof loaded === 'function' ? loaded : loaded.default;
const file = process.argv[2];
// Optional third argument: stop after this many megabytes (compromise runs at well under 1 MB/s).
const limit = process.argv[4] ? Number(process.argv[4]) * 1024 * 1024 : Infinity;
let bytes = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let places = 0;
let para = '';
const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
for await (const line of rl) {
  bytes += Buffer.byteLength(line, 'utf8') + 1;
  if (bytes > limit) break;
  if (line.trim() === '') {
    if (para) places += nlp(para).places().length;
    para = '';
  } else {
    para += line + '\n';
  }
}
if (para) places += nlp(para).places().length;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpuStart);
const cpu = (used.user + used.system) / 1e6;
const mb = bytes / (1024 * 1024);
console.log(`compromise ${nlp.version}: text ${mb.toFixed(1)} MB  wall ${secs.toFixed(2)} s  cpu ${cpu.toFixed(2)} s  ` +
            `throughput ${(mb / secs).toFixed(2)} MB/s wall, ${(mb / cpu).toFixed(2)} MB/s per cpu second  places ${places}`);
