#!/usr/bin/env bash
# JMH benchmarks of Godwit's pure stages (snapshot read/write, diff, safety, SQL rendering) at 1,000 and
# 10,000 tables, and of extraction on javac's elements at 1,000 and 5,000 entities (ExtractionBenchmarks). Arguments go to JMH, e.g. a benchmark filter: bench/jmh.sh DiffBenchmarks -p tables=1000
# Default settings take about 12 minutes (each benchmark: 1 fork, 3 x 2 s warm-up, 5 x 2 s measured).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main "$@"
