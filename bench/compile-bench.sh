#!/usr/bin/env bash
# Compile benchmark: javac -proc:none, the do-nothing processor, Godwit and hibernate-jpamodelgen on a
# synthetic model, alternating, per size and situation; writes its table into docs/benchmarks.md.
#   bench/compile-bench.sh [--sizes 100,1000,5000] [--reps 5] [--section latest] [--note "conditions"]
#                          [--features auto|MANY_TO_ONE,...] [--tools javac,floor,godwit,metamodel]
#                          [--doc docs/benchmarks.md] [--threads yes] [--help]
# --threads yes adds a table of the CPU time by thread (javac's main thread, the JIT compiler, the GC),
# measured by a Java agent in each javac; the main thread's share varies far less between runs.
# It prints the estimated total time before it starts. The project's own jars are copied first, so
# rebuilding during a run does not change what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
frozen=benchmarks/target/compile-bench-lib
rm -rf "$frozen" && mkdir -p "$frozen"
cp benchmarks/target/godwit-benchmarks-*.jar "$frozen/"
classpath="$(realpath "$frozen"/godwit-benchmarks-*.jar)"
for entry in $(tr ':' '\n' < benchmarks/target/classpath.txt); do
  case "$entry" in
    "$PWD"/*) cp "$entry" "$frozen/" && classpath="$classpath:$(realpath "$frozen/$(basename "$entry")")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
persistence=$(tr ':' '\n' <<< "$classpath" | grep '/jakarta.persistence-api-')
exec java -cp "$classpath" dev.godwit.benchmarks.compile.CompileBench \
  --model-classpath "$persistence" --processor-path "$classpath" "$@"
