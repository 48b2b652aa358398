// Trunk post-build hook (Trunk.toml): minifies the wasm-bindgen glue and boot.js of a release
// build with terser, then puts the glue's new hash into index.html's `integrity` attribute.
//
// Why: Trunk's own JS minifier cannot parse the wasm-bindgen glue (it warns and keeps it as it
// is); terser takes it from 51 KB to 23 KB, about 2.5 KB less of the first load once gzipped
// (BENCHMARKS.md, session 7). Debug builds (`trunk serve`) are left alone. terser is installed
// by scripts/tools.sh (npm, pinned) into .tools/npm.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const env = process.env;
if (env.TRUNK_PROFILE !== "release") process.exit(0);

const root = env.TRUNK_SOURCE_DIR || process.cwd();
let terser;
try {
  terser = createRequire(join(root, ".tools", "npm", "package.json"))("terser");
} catch {
  console.error("minify-js: terser is missing: run `make tools` (scripts/tools.sh) first");
  process.exit(1);
}

const dir = env.TRUNK_STAGING_DIR;
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const code = readFileSync(path, "utf8");
  const out = await terser.minify(code, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!out.code) throw new Error(`minify-js: terser gave no output for ${name}`);
  writeFileSync(path, out.code);
  // The glue is preloaded with a subresource-integrity hash that must match the new bytes.
  const before = sri(code);
  // (Trunk's minified HTML leaves attribute values unquoted.)
  const tags = html.match(new RegExp(`<[^>]*/${name.replace(/[.]/g, "[.]")}[\\s"'>][^>]*>`, "g")) || [];
  for (const tag of tags) {
    if (tag.includes("integrity=") && !tag.includes(before)) {
      throw new Error(`minify-js: unexpected integrity hash for ${name}: ${tag}`);
    }
  }
  html = html.split(before).join(sri(out.code));
  console.error(`minify-js: ${name} ${code.length} -> ${out.code.length} bytes`);
}
writeFileSync(htmlPath, html);
