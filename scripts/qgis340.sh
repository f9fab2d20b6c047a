#!/usr/bin/env bash
# Second test target: the whole pytest suite on QGIS 3.40 (Debian 13 "trixie", Python 3.13, numpy 2) in a folder
# made with debootstrap from Debian's packages. The folder is cached in $HEMA_CHROOT_CACHE (default
# /var/cache/hema-steden), keyed by a hash of suite, mirror and package list, and built when missing.
# Needs root (debootstrap, chroot, mount). The repo and ../shared are bind-mounted; PostGIS is the host's on
# 127.0.0.1 (the folder shares the host's network). Arguments go to pytest; `--exec CMD...` runs CMD in the repo
# inside the folder instead (e.g. `--exec python3 script.py`).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd -P)
SHARED=$(cd .. && pwd -P)/shared
SUITE=trixie
say() { echo "[qgis340] $*"; }
fail() {
  echo "[qgis340] ERROR: $*" >&2
  exit 1
}
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot and bind mounts); run it with sudo"

# The Debian mirror this machine's apt uses (no other host).
mirror() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -v '^[[:space:]]*#' "$f"
  done | grep -oE 'https?://[^ ]+/debian/?( |$)' | tr -d ' ' | sed 's#/$##' | awk 'NR == 1'
}
MIRROR=${HEMA_DEBIAN_MIRROR:-$(mirror)}
[ -n "$MIRROR" ] || fail "no Debian mirror found in /etc/apt/sources.list*; set HEMA_DEBIAN_MIRROR"
PKGS="qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-matplotlib
python3-hypothesis python3-pytest python3-psycopg2 poppler-utils xvfb xauth qttools5-dev-tools fonts-dejavu-core
zip make ca-certificates locales-all"
KEY=$(printf '%s\n' "$SUITE" "$MIRROR" $PKGS | sha256sum | cut -c1-12)
CACHE=${HEMA_CHROOT_CACHE:-/var/cache/hema-steden}
ROOT=$CACHE/$SUITE-$KEY

MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null || true
  done
  MOUNTS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mnt() { # mnt <root> <target inside root> <mount args...>
  local target=$1$2
  shift 2
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTS+=("$target")
}
system_mounts() {
  mnt "$1" /proc -t proc proc
  mnt "$1" /dev --bind /dev
  if mountpoint -q /dev/shm; then mnt "$1" /dev/shm --bind /dev/shm; fi
  mnt "$1" /tmp -t tmpfs tmpfs
}

# rm -rf a folder, never through a mount left inside it (a killed run may leave the repo bind-mounted there).
safe_rm() {
  local m
  for m in $(awk -v d="$1/" 'index($2, d) == 1 {print $2}' /proc/mounts | sort -r); do umount -l "$m" || true; done
  if awk -v d="$1/" 'index($2, d) == 1 {found = 1} END {exit !found}' /proc/mounts; then
    fail "$1 still has mounts; not removing it"
  fi
  rm -rf "$1"
}

build() {
  command -v debootstrap >/dev/null || {
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
      || fail "debootstrap is not installed and could not be installed (offline?)"
  }
  local tmp=$ROOT.build t0 t1 t2
  safe_rm "$tmp"
  mkdir -p "$CACHE"
  t0=$(date +%s)
  say "debootstrap $SUITE from $MIRROR into $tmp"
  debootstrap --variant=minbase "$SUITE" "$tmp" "$MIRROR" >"$CACHE/$SUITE-$KEY.debootstrap.log" 2>&1 \
    || fail "debootstrap failed (Debian mirror $MIRROR unreachable?), log: $CACHE/$SUITE-$KEY.debootstrap.log"
  t1=$(date +%s)
  say "debootstrap: $((t1 - t0)) s"
  printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
  chmod +x "$tmp/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$tmp/etc/resolv.conf"
  system_mounts "$tmp"
  say "apt-get install $(echo $PKGS)"
  chroot "$tmp" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -q && apt-get install -y -q --no-install-recommends $(echo $PKGS) && apt-get clean" \
    >"$CACHE/$SUITE-$KEY.apt.log" 2>&1 || fail "apt-get install in the $SUITE folder failed, log: $CACHE/$SUITE-$KEY.apt.log"
  cleanup
  t2=$(date +%s)
  say "apt-get install: $((t2 - t1)) s"
  chroot "$tmp" dpkg-query -W qgis python3 python3-numpy >"$tmp/hema-versions"
  echo "debootstrap=$((t1 - t0)) apt=$((t2 - t1))" >"$tmp/hema-build-times"
  mv "$tmp" "$ROOT"
  local old # folders of older package lists
  for old in "$CACHE/$SUITE"-*; do
    case $old in "$ROOT" | "$ROOT".*) ;; *) if [ -d "$old" ]; then safe_rm "$old"; fi ;; esac
  done
}

# One run at a time per cache: the build and the bind mounts of a run would collide with another run's.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -w 5400 9 || fail "another run holds $CACHE/.lock"
if [ ! -f "$ROOT/hema-versions" ]; then
  build
else
  say "using cached folder $ROOT"
fi
say "$(tr '\n' ' ' <"$ROOT/hema-versions")"

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then bash scripts/postgis.sh 9>&-; fi  # no lock fd in the server
system_mounts "$ROOT"
NAME=$(basename "$REPO")
mnt "$ROOT" "/hema/$NAME" --bind "$REPO"
if [ -d "$SHARED" ]; then mnt "$ROOT" /hema/shared -o ro --bind "$SHARED"; fi
DSN=${HEMA_PG_DSN:-host=127.0.0.1 port=5432 dbname=hema_test user=hema password=hema}
set +e
chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen HEMA_PG_DSN="$DSN" PYTHONDONTWRITEBYTECODE=1 \
  /bin/sh -c 'cd "$0" && if [ "${1:-}" = --exec ]; then shift; exec "$@"; fi; exec python3 -m pytest -p no:cacheprovider "$@"' \
  "/hema/$NAME" "$@"
rc=$?
set -e
exit $rc
