#!/usr/bin/env bash
# Races Flow* ($FLOWSTAR_WORK/bin/fs_arch, built outside the repository) and TaylorKit's ArchCompRunner on the ARCH-COMP
# instances, interleaved per instance: Flow*, ours, Flow*, ours, ... (ROUNDS rounds, default 2), with
# `uptime` before each instance. Run from the repository root after
#   mvn -B -o -q -Pbench -DskipTests package -pl benchmarks -am
# Usage: run_race.sh LABEL [NAME ...]   (names as in settings.txt, commented lines included; default: its uncommented lines)
# Output: $FLOWSTAR_WORK/results/race_LABEL.txt. Flow*'s CPU: clock() around its ODE::reach calls plus
# the post-checks; ours: the runner's CPU column (process CPU of a fresh JVM: JIT included).
set -euo pipefail
LABEL="${1:?usage: run_race.sh LABEL [NAME ...]}"; shift
W="${FLOWSTAR_WORK:-$HOME/flowstar-bench}"
here="$(cd "$(dirname "$0")" && pwd)"
JAR="${JAR:-benchmarks/target/benchmarks.jar}"
ROUNDS="${ROUNDS:-2}"
LIMIT="${LIMIT:-300}"   # wall-clock limit per run, s
out="$W/results/race_$LABEL.txt"; mkdir -p "$W/results"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  mapfile -t names < <(grep -v '^#' "$here/settings.txt" | cut -d'|' -f1)
fi
echo "race $LABEL, $(date -u +%FT%TZ), Flow* $(cat "$W/src/REVISION" 2>/dev/null), TaylorKit $(git rev-parse --short HEAD)" | tee -a "$out"
for n in "${names[@]}"; do
  line="$(grep -F "$n|" "$here/settings.txt" | head -1)"
  opts="$(echo "$line" | cut -d'|' -f2)"; src="$(echo "$line" | cut -d'|' -f3)"
  echo "## $n   [$(uptime)]" | tee -a "$out"
  for r in $(seq "$ROUNDS"); do
    # shellcheck disable=SC2086
    timeout "$LIMIT" "$W/bin/fs_arch" "$n" $opts --source "$src" 2>&1 | sed 's/^/flowstar /' | tee -a "$out" \
      || echo "flowstar | $n | not finished within $LIMIT s wall |" | tee -a "$out"
    timeout "$LIMIT" java -cp "$JAR" org.taylorkit.benchmarks.ArchCompRunner "$n" 2>&1 | grep "^| $n " | sed 's/^/ours /' \
      | tee -a "$out" || echo "ours | $n | not finished within $LIMIT s wall |" | tee -a "$out"
  done
done
echo "end $(date -u +%FT%TZ) [$(uptime)]" | tee -a "$out"
