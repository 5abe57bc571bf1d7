#!/usr/bin/env bash
# Regenerate data/lexicon/verbs-fr.tsv (from Debian's verbiste conjugation tables)
# and verbs-en.tsv (by rule). verbiste is unpacked into a temporary directory,
# not installed. SKIP_APT=1 with VERBISTE_DIR=<dir of verbs-fr.xml> uses a copy at hand.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [[ "${SKIP_APT:-}" != 1 ]]; then
  (cd "$tmp" && apt-get download verbiste)
  dpkg-deb -x "$tmp"/verbiste_*.deb "$tmp/x"
  dir="$(dirname "$(find "$tmp/x" -name verbs-fr.xml | head -1)")"
  version="$(dpkg-deb -f "$tmp"/verbiste_*.deb Version)"
  cp "$tmp/x/usr/share/doc/verbiste/copyright" "$root/data/lexicon/LICENSE.verbiste"
else
  dir="${VERBISTE_DIR:?set VERBISTE_DIR}"
  version="${VERBISTE_VERSION:-unknown}"
fi
node "$here/build-verbs.mjs" --verbiste "$dir" --out "$root/data/lexicon" --header "$version"
