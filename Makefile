# The two commands a new clone needs (see README):
#   make serve   install what is missing, then serve the app at http://127.0.0.1:8080/
#   make test    install what is missing, then run every test (unit, CLI, wasm in Chromium, end-to-end)
# Other targets: make dist (release site under PUBLIC_URL), make release-cli (target/release/lede),
# make release-cli-pgo (target/pgo/lede, profile-guided: faster, same output).

SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)
PUBLIC_URL ?= /

.PHONY: serve test dist dist-test release-cli release-cli-pgo tools tools-test fetch lint

tools:
	@scripts/tools.sh build

tools-test:
	@scripts/tools.sh test

# Trunk runs cargo offline (Trunk.toml), so dependencies are fetched first.
fetch:
	@cargo fetch --locked
	@cargo fetch --locked --target wasm32-unknown-unknown

serve: tools fetch
	trunk serve

dist: tools fetch
	trunk build --release --public-url $(PUBLIC_URL)

# The end-to-end tests serve dist/ themselves under /lede/, as GitHub Pages serves a project site.
dist-test: tools fetch
	trunk build --release --public-url /lede/

release-cli:
	cargo build --release --bin lede

# The CLI with profile-guided optimisation (target/pgo/lede): 10-12 % faster, same output.
release-cli-pgo:
	scripts/pgo.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --workspace --lib --bins --locked -- -D warnings

# Chromium leaves a scoped_dir of about 75 MB in $TMPDIR each time the tests stop it; the
# browser tests keep their temporary files under target/ and the run removes them at its end.
BROWSER_TMP := $(CURDIR)/target/browser-tmp

test: tools-test dist-test lint
	rm -rf $(BROWSER_TMP) && mkdir -p $(BROWSER_TMP)
	TMPDIR=$(BROWSER_TMP) cargo test --locked
	TMPDIR=$(BROWSER_TMP) cargo test --locked --target wasm32-unknown-unknown -p lede-web --test web --test web_ui
	rm -rf $(BROWSER_TMP)
