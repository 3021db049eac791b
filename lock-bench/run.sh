#!/usr/bin/env bash
# Runs the lock benchmark against this checkout's processor (not whatever snapshot ~/.m2 holds).
# Usage: lock-bench/run.sh [rows ...]   (default: 100000 1000000); writes docs/safety-locks.md
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -o -pl lock-bench -am package -DskipTests
mvn -B -ntp -q -o -pl lock-bench dependency:build-classpath -Dmdep.outputFile=target/lock-bench.classpath >/dev/null
deps=$(tr ':' '\n' < lock-bench/target/lock-bench.classpath | grep -v '/dev/godwit/' | paste -sd: -)
java -cp "lock-bench/target/classes:processor/target/classes:test-engines/target/classes:annotations/target/classes:$deps" \
  dev.godwit.lockbench.LockBenchmark "$@"
