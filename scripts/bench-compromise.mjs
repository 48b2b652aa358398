// Peer benchmark: the same English articles as benches/analyse.rs through compromise (npm), the
// widely used in-browser NLP library, asking for what Lede finds: people, places, organisations
// and quotations. Prints chars/s per size, to compare with `cargo bench --bench analyse`.
//
// Setup (once): npm install --prefix .tools/compromise compromise
// Run:          node scripts/bench-compromise.mjs            (from the repository root)
// Varied text:  node scripts/bench-compromise.mjs FILE...    (each file once per round, best of
//               5 rounds: the counterpart of `examples/drive.rs files`)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(new URL("../.tools/compromise/", import.meta.url));
const nlp = require("compromise");
const version = nlp.version ?? JSON.parse(
  readFileSync(new URL("../.tools/compromise/node_modules/compromise/package.json", import.meta.url), "utf8"),
).version;

const EN = readFileSync(new URL("../benches/texts/en.txt", import.meta.url), "utf8");

// Same construction as `article()` in benches/analyse.rs: whole paragraphs, cycled with a shift.
function article(src, bytes) {
  const paras = src.split("\n").filter((l) => l.trim() !== "");
  let out = "";
  for (let pass = 0; ; pass++) {
    for (let k = 0; k < paras.length; k++) {
      const p = paras[(k + pass) % paras.length];
      if (out.length > 0 && Buffer.byteLength(out) + Buffer.byteLength(p) > bytes) return out;
      out += p + "\n";
    }
  }
}

function analyse(text) {
  const doc = nlp(text);
  return {
    people: doc.people().out("array"),
    places: doc.places().out("array"),
    organizations: doc.organizations().out("array"),
    quotations: doc.quotations().out("array"),
  };
}

// Runs for at least `minMs`, after a warm-up; returns chars per second of wall time and of CPU
// time (user + system: robust to other processes competing for the cores).
function measure(text, minMs = 3000) {
  for (let i = 0; i < 3; i++) analyse(text);
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let dt = 0;
  do {
    analyse(text);
    n++;
    dt = performance.now() - t0;
  } while (dt < minMs);
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const chars = [...text].length;
  return {
    n,
    msPerDoc: dt / n,
    charsPerSec: (chars * n) / (dt / 1000),
    cpuCharsPerSec: (chars * n) / cpu,
    bytes: Buffer.byteLength(text),
  };
}

console.log(`compromise ${version}, node ${process.version}`);
const files = process.argv.slice(2);
if (files.length > 0) {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const chars = texts.reduce((n, t) => n + [...t].length, 0);
  texts.forEach(analyse);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    texts.forEach(analyse);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `${texts.length} files, ${bytes} bytes: ${(best / texts.length).toFixed(3)} ms/file, ` +
      `${(chars / (best / 1000) / 1e3).toFixed(1)} K chars/s, ${(bytes / (best / 1000) / 1e6).toFixed(3)} MB/s`,
  );
  process.exit(0);
}
const sample = analyse(article(EN, 5000));
console.log(
  `found in the 5 KB article: ${sample.people.length} people, ${sample.places.length} places, ` +
    `${sample.organizations.length} organisations, ${sample.quotations.length} quotations`,
);
for (const [name, bytes] of [["1KB", 1000], ["5KB", 5000], ["100KB", 100000]]) {
  const r = measure(article(EN, bytes));
  console.log(
    `en/${name}\t${r.bytes} bytes\t${r.msPerDoc.toFixed(3)} ms/doc\t` +
      `${(r.charsPerSec / 1e3).toFixed(1)} K chars/s wall\t` +
      `${(r.cpuCharsPerSec / 1e3).toFixed(1)} K chars/s CPU\t(${r.n} runs)`,
  );
}
