#!/usr/bin/env bash
# Builds the Flow* toolbox (C++ library, github.com/chenxin415/flowstar) and TaylorKit's ARCH-COMP
# driver fs_arch under $FLOWSTAR_WORK (default ~/flowstar-bench). Debian 12, 2 vCPUs: about 5 min.
# GIT_DIR: a git directory (bare is fine) of github.com/chenxin415/flowstar; REV: default HEAD
# (measured 2026-12-07 at b85a321 "Merge branch 'master'"). Only flowstar-toolbox/ is exported; on the
# fetched mirror git archive still prints "invalid object ... images/iros20.gif" (a blob the mirror lacks)
# and exits 0 with the toolbox complete.
set -euo pipefail
G="${1:?usage: build_flowstar.sh GIT_DIR [REV]  (a git directory of github.com/chenxin415/flowstar)}"
REV="${2:-HEAD}"
W="${FLOWSTAR_WORK:-$HOME/flowstar-bench}"
here="$(cd "$(dirname "$0")" && pwd)"
if ! dpkg -s libmpfr-dev libgsl-dev libglpk-dev bison flex >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q libmpfr-dev libgsl-dev libglpk-dev bison flex
fi
mkdir -p "$W" && rm -rf "$W/src" && mkdir -p "$W/src"
git --git-dir="$G" archive "$REV" flowstar-toolbox | tar -x -C "$W/src"
git --git-dir="$G" rev-parse "$REV" > "$W/src/REVISION"
# the toolbox Makefile: g++ -O3 -std=c++11, libflowstar.a (GMP, MPFR, GSL, GLPK; bison and flex for the model parser)
nice -n 19 make -C "$W/src/flowstar-toolbox" -j2
mkdir -p "$W/bin"
nice -n 19 g++ -O3 -std=c++11 -w -I "$W/src/flowstar-toolbox" -o "$W/bin/fs_arch" "$here/fs_arch.cpp" \
  -L "$W/src/flowstar-toolbox" -lflowstar -lmpfr -lgmp -lgsl -lgslcblas -lm -lglpk
echo "built $W/bin/fs_arch (Flow* $(cat "$W/src/REVISION"))"
