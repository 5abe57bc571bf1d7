#!/usr/bin/env bash
# Regenerate data/lexicon/synonyms-en.tsv from Debian's wordnet-base (WordNet 3.0),
# unpacked into a temporary directory, not installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download wordnet-base)
dpkg-deb -x "$tmp"/wordnet-base_*.deb "$tmp/x"
version="$(dpkg-deb -f "$tmp"/wordnet-base_*.deb Version)"
cp "$tmp/x/usr/share/doc/wordnet-base/copyright" "$root/data/lexicon/LICENSE.wordnet"
node "$here/build-synonyms.mjs" --wordnet "$tmp/x/usr/share/wordnet" --out "$root/data/lexicon/synonyms-en.tsv" --header "wordnet-base $version"
