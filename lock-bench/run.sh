#!/usr/bin/env bash
# Runs the lock benchmark against this checkout's processor (not whatever snapshot ~/.m2 holds).
# Usage: lock-bench/run.sh [rows ...]   (default: 100000 1000000); writes docs/safety-locks.md
# JVM options in LOCKBENCH_OPTS, e.g. LOCKBENCH_OPTS='-Dlockbench.only=backfill -Dlockbench.trace=true
# -Dlockbench.output=/tmp/locks.md' runs one change kind and prints who each long writer wait waited for.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -o -pl lock-bench -am package -DskipTests
mvn -B -ntp -q -o -pl lock-bench dependency:build-classpath -Dmdep.outputFile=target/lock-bench.classpath >/dev/null
deps=$(tr ':' '\n' < lock-bench/target/lock-bench.classpath | grep -v '/dev/godwit/' | paste -sd: -)
# shellcheck disable=SC2086
java ${LOCKBENCH_OPTS:-} -cp "lock-bench/target/classes:processor/target/classes:test-engines/target/classes:annotations/target/classes:$deps" \
  dev.godwit.lockbench.LockBenchmark "$@"
