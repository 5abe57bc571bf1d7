#!/usr/bin/env bash
# Regenerate data/lexicon/en-fr.tsv (English lemma -> French lemmas) and its
# licence files from Debian dictionary packages, offline once installed.
#
#   scripts/lexicon/build-lexicon.sh
#
# Environment:
#   LEXICON_SOURCES  comma list among fd, ap-es, ap-ca, ap-eo (default: fd,ap-ca)
#                      fd     dict-freedict-eng-fra + dict-freedict-fra-eng   (GPL-2+)
#                      ap-ca  apertium-eng-cat + apertium-fra-cat, via Catalan (GPL-3+)
#                      ap-es  apertium-eng-spa + apertium-fr-es, via Spanish  (GPL-2 only)
#                      ap-eo  apertium-eo-en + apertium-eo-fr, via Esperanto  (GPL-2 only)
#                    The default keeps to sources whose licences combine (GPL-3+);
#                    see data/lexicon/README.md before adding ap-es or ap-eo.
#   LEXICON_WORK     keep each source's own lexicon and stats.json in this directory
#   SKIP_APT=1       do not install packages (they must already be there)
#
# Needs: Debian/Ubuntu with apt (root or sudo), node >= 20. No npm packages.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out_dir="$root/data/lexicon"
sources="${LEXICON_SOURCES:-fd,ap-ca}"

declare -A PKGS=(
  [fd]="dict-freedict-eng-fra dict-freedict-fra-eng"
  [ap-es]="apertium-eng-spa apertium-fr-es"
  [ap-ca]="apertium-eng-cat apertium-fra-cat"
  [ap-eo]="apertium-eo-en apertium-eo-fr"
)
packages=()
IFS=',' read -r -a source_list <<<"$sources"
for s in "${source_list[@]}"; do
  [[ -n "${PKGS[$s]:-}" ]] || { echo "unknown source: $s" >&2; exit 2; }
  read -r -a p <<<"${PKGS[$s]}"
  packages+=("${p[@]}")
done
tools=(lttoolbox-dev) # lt-print

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

if [[ "${SKIP_APT:-}" != 1 ]]; then
  missing=()
  for p in "${tools[@]}" "${packages[@]}"; do installed "$p" || missing+=("$p"); done
  if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
command -v lt-print >/dev/null || { echo "lt-print not found (package lttoolbox-dev)" >&2; exit 1; }

versions=()
for p in "${packages[@]}"; do
  versions+=("$p $(dpkg-query -W -f='${Version}' "$p")")
done
joined="$(IFS=','; echo "${versions[*]}" | sed 's/,/, /g')"
header="# en-fr lexicon from Debian packages: $joined; licence: see data/lexicon/LICENSE; rebuild: scripts/lexicon/build-lexicon.sh"

work_args=()
[[ -n "${LEXICON_WORK:-}" ]] && work_args=(--work "$LEXICON_WORK")
mkdir -p "$out_dir"
node "$here/build-lexicon.mjs" --sources "$sources" --out "$out_dir/en-fr.tsv" --header "$header" "${work_args[@]}"

# Licence files: the Debian copyright file of every package the data comes from.
{
  echo "The lexicon en-fr.tsv in this directory is derived from the dictionaries of"
  echo "the Debian packages below and is distributed under their licence terms"
  echo "(see README.md). Their Debian copyright files follow, unchanged."
  echo
  declare -A seen=()
  for p in "${packages[@]}"; do
    f="/usr/share/doc/$p/copyright"
    sum="$(sha256sum <"$f" | cut -d' ' -f1)"
    echo "================================================================================"
    echo "$p $(dpkg-query -W -f='${Version}' "$p"): $f"
    echo "================================================================================"
    if [[ -n "${seen[$sum]:-}" ]]; then
      echo "(identical to the copyright file of ${seen[$sum]} above)"
    else
      seen[$sum]="$p"
      cat "$f"
    fi
    echo
  done
} >"$out_dir/LICENSE"
for gpl in GPL-2 GPL-3; do
  cp "/usr/share/common-licenses/$gpl" "$out_dir/LICENSE.$gpl"
done

echo "wrote $out_dir/en-fr.tsv ($(($(wc -l <"$out_dir/en-fr.tsv") - 1)) headwords, $(wc -c <"$out_dir/en-fr.tsv") bytes)" >&2
node "$here/check-coverage.mjs" "$out_dir/en-fr.tsv" >&2 || true
