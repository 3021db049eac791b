#!/usr/bin/env bash
# Compile benchmark: javac -proc:none, the do-nothing processor, Godwit and hibernate-jpamodelgen on a
# synthetic model, alternating, per size and situation; writes its table into docs/benchmarks.md.
#   bench/compile-bench.sh [--sizes 100,1000,5000] [--reps 5] [--section latest] [--note "conditions"]
#                          [--features auto|MANY_TO_ONE,...] [--doc docs/benchmarks.md] [--help]
# It prints the estimated total time before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
persistence=$(tr ':' '\n' < benchmarks/target/classpath.txt | grep '/jakarta.persistence-api-')
exec java -cp "$classpath" dev.godwit.benchmarks.compile.CompileBench \
  --model-classpath "$persistence" --processor-path "$classpath" "$@"
