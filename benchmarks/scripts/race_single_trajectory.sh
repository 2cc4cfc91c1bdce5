#!/usr/bin/env bash
# Race heyoka's hy_bench and TaylorKit builds side by side, interleaved per problem and round:
# heyoka, JAR_1, JAR_2, ... (one process each; thread CPU time of one integration, median of the runs).
# Usage: race_single_trajectory.sh ROUNDS HY_BENCH JAR... > raw.txt ; then summarise with
#        race_single_trajectory.sh --summary raw.txt
# JAR may be JAR@/path/to/bin/java to run that side on another JDK (the side is then named JAR@jdk-dir).
# JAR+lanes runs that side with the vector lanes (--add-modules jdk.incubator.vector
# -Dorg.taylorkit.tape.lanes=true; the side is named JAR+lanes).
# Environment: PROBLEMS (default "kepler lorenz10 lorenz100 solar"), WARM (our warm-up in seconds of
# CPU per process, default 4; the lanes need about 20 for the solar system, see docs/benchmarks.md).
# HY_BENCH: heyoka's timing program (shared bench/heyoka, built by build_heyoka.sh), or "-" to skip it.
set -euo pipefail
if [ "${1:-}" = "--summary" ]; then
  # median over the rounds of each side's per-process median, and its ratio to heyoka's
  awk '
    /^round/ { next }
    /^problem=/ { split($1, a, "="); p = a[2]; if (p ~ /^lorenz/) sub(/p$/, "", p);
                  for (i = 1; i <= NF; i++) if ($i ~ /^cpu_median_ms=/) { split($i, b, "="); v[p, "heyoka"] = v[p, "heyoka"] " " b[2] }
                  probs[p] = 1; sides["heyoka"] = 1; next }
    /^side=/ { split($1, sd, "="); side = sd[2]; split($3, a, "="); p = a[2];
               for (i = 1; i <= NF; i++) if ($i ~ /^cpu_median_ms=/) { split($i, b, "="); v[p, side] = v[p, side] " " b[2] }
               probs[p] = 1; sides[side] = 1 }
    function median(str,   n, x, i, j, t) { n = split(str, x, " ");
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] + 0 < x[i] + 0) { t = x[i]; x[i] = x[j]; x[j] = t }
      return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2 }
    END { for (p in probs) { h = ("heyoka" in sides) && v[p, "heyoka"] != "" ? median(v[p, "heyoka"]) : 0;
            line = p; for (s in sides) if (v[p, s] != "") { m = median(v[p, s]);
              line = line sprintf("  %s %.4f ms", s, m); if (h > 0 && s != "heyoka") line = line sprintf(" (%.2f)", m / h) }
            print line } }' "$2"
  exit 0
fi
rounds="$1"; hy="$2"; shift 2
problems="${PROBLEMS:-kepler lorenz10 lorenz100 solar}"; warm="${WARM:-4}"
for round in $(seq "$rounds"); do
  for pr in "kepler kepler 15" "lorenz10 lorenz10p 301" "lorenz100 lorenz100p 101" "solar solar 31"; do
    read -r ours theirs reps <<< "$pr"
    case " $problems " in *" $ours "*) ;; *) continue ;; esac
    echo "round=$round problem=$ours load=$(uptime | sed 's/.*average: //')"
    if [ "$hy" != "-" ]; then "$hy" "$theirs" "$reps" | sed 's/ final_state.*//'; fi
    for spec in "$@"; do
      opts=(); if [ "${spec%+lanes}" != "$spec" ]; then spec="${spec%+lanes}"; opts=(--add-modules jdk.incubator.vector -Dorg.taylorkit.tape.lanes=true); fi
      jar="${spec%%@*}"; jv="java"; side="$(basename "$jar" .jar)"
      if [ "$spec" != "$jar" ]; then jv="${spec#*@}"; side="$side@$(basename "$(dirname "$(dirname "$jv")")")"; fi
      if [ ${#opts[@]} -gt 0 ]; then side="$side+lanes"; fi
      echo -n "side=$side "
      "$jv" "${opts[@]}" -cp "$jar" org.taylorkit.benchmarks.SingleTrajectoryTime "$ours" 20 "$warm" 2>/dev/null
    done
  done
done
echo "end load=$(uptime | sed 's/.*average: //')"
