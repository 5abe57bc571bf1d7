#!/usr/bin/env bash
# Downloads the Debian documentation packages the distractor corpora are cut
# from and unpacks each into $CACHE/root/<package>/ — `apt-get download` and
# `dpkg-deb -x`, so nothing is installed and no other package is pulled in.
# The .deb is deleted once unpacked; a package already unpacked is skipped.
# Usage: bash bench/corpus/fetch-debs.sh CACHE_DIR PACKAGE...
set -euo pipefail
cache=$1
shift
mkdir -p "$cache/debs" "$cache/root"
cd "$cache/debs"

download() {
  # As root, apt warns that its sandbox user cannot write here; harmless.
  apt-get download "$@" 2>&1 | grep -v -E '^W: Download is performed unsandboxed' || true
}
have_deb() { ls "$1"_*.deb >/dev/null 2>&1; }

todo=()
for pkg in "$@"; do
  [ -e "../root/$pkg/.unpacked" ] || todo+=("$pkg")
done
[ ${#todo[@]} -gt 0 ] || exit 0

missing=()
for pkg in "${todo[@]}"; do have_deb "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  download "${missing[@]}"
  still=()
  for pkg in "${missing[@]}"; do have_deb "$pkg" || still+=("$pkg"); done
  if [ ${#still[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
    # Stale or absent package lists: refresh them once and try again.
    apt-get update -qq
    download "${still[@]}"
  fi
fi

for pkg in "${todo[@]}"; do
  deb=$(ls "${pkg}"_*.deb 2>/dev/null | head -n1 || true)
  if [ -z "$deb" ]; then
    echo "fetch-debs: $pkg could not be downloaded; the corpora will be built without it" >&2
    continue
  fi
  rm -rf "../root/$pkg"
  mkdir -p "../root/$pkg"
  dpkg-deb -x "$deb" "../root/$pkg"
  touch "../root/$pkg/.unpacked"
  rm -f "$deb"
done
