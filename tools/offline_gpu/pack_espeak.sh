#!/usr/bin/env bash
# Pack this machine's espeak-ng for a machine without it (tools/offline_gpu/world.sh): the program, the libraries it
# loads beyond the C library, its Korean data and voice variants, and a wrapper, DIR/bin/espeak-ng, that runs it on
# them wherever DIR lies; plus Debian's hunspell-ko word list (DIR/ko.dic) where it is installed. Put DIR/bin first
# on PATH there. Needs espeak-ng here (apt install espeak-ng; hunspell-ko for the word list).
#   bash tools/offline_gpu/pack_espeak.sh DIR
set -euo pipefail
dir=${1:?usage: pack_espeak.sh DIR}
program=$(command -v espeak-ng) || { echo "error: espeak-ng is not installed (apt install espeak-ng)" >&2; exit 1; }
data=$(espeak-ng --version | sed 's/.*Data at: //')
rm -rf "$dir"
mkdir -p "$dir/bin" "$dir/lib" "$dir/espeak-ng-data/lang" "$dir/espeak-ng-data/voices"
cp "$program" "$dir/bin/espeak-ng.bin"
ldd "$program" | awk '$3 ~ /^\// {print $3}' | grep -vE '/(libc|libm|libdl|libpthread|librt)\.so|ld-linux' \
  | xargs -I{} cp -L {} "$dir/lib/"
cp "$data"/{phondata,phontab,phonindex,intonations,ko_dict} "$dir/espeak-ng-data/"
cp "$data/lang/ko" "$dir/espeak-ng-data/lang/"
cp -r "$data/voices/!v" "$dir/espeak-ng-data/voices/"
printf '%s\n' '#!/bin/sh' 'here=$(dirname "$(readlink -f "$0")")/..' \
  'LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ESPEAK_DATA_PATH="$here" exec "$here/bin/espeak-ng.bin" "$@"' \
  > "$dir/bin/espeak-ng"
chmod +x "$dir/bin/espeak-ng"
if [ -f /usr/share/hunspell/ko.dic ]; then cp /usr/share/hunspell/ko.dic "$dir/"
else echo "warning: no word list packed (apt install hunspell-ko)" >&2; fi
du -sh "$dir"
