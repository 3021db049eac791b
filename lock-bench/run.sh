#!/usr/bin/env bash
# Runs the lock benchmark against this checkout's processor (not whatever snapshot ~/.m2 holds).
# Usage: lock-bench/run.sh [-Dname=value ...] [rows ...]   (default rows: 100000 1000000); writes docs/safety-locks.md
# Options: -Dlockbench.only='create index|backfill' runs only the changes whose names contain one of
# the parts; -Dlockbench.trace=true prints each step's time and who each long writer wait waited for;
# -Dlockbench.output=/tmp/locks.md writes the table elsewhere; -Dlockbench.repeat=3 runs each change 3 times;
# -Dlockbench.lockTimeout=50 writes the safe forms with a 50 ms lock timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
jvm=()
rows=()
for arg in "$@"; do
  if [[ $arg == -D* ]]; then jvm+=("$arg"); else rows+=("$arg"); fi
done
# one reactor build: the godwit modules resolve to this checkout (never to ~/.m2, where nothing is installed)
mvn -B -ntp -q -o -pl lock-bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/lock-bench.classpath >/dev/null
deps=$(tr ":" "\n" < lock-bench/target/lock-bench.classpath | grep -v -e "/dev/godwit/" -e "^$PWD/" | paste -sd: -)
java "${jvm[@]}" -cp "lock-bench/target/classes:processor/target/classes:test-engines/target/classes:annotations/target/classes:$deps" \
  dev.godwit.lockbench.LockBenchmark "${rows[@]}"
