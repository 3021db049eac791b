#!/usr/bin/env bash
# Side-by-side before/after compile benchmark: the do-nothing floor, Godwit as built in another
# checkout ("before") and Godwit as built here ("after"), alternating in rotating order within each
# repetition, for the no-change and one-field-edit situations, and a non-schema edit (a method added
# to one entity: the schema stays, the inputs change; each Godwit compiles it once untimed, then the
# timed compile keeps the build folder, as a second build does). Each Godwit starts from its own first
# generation (an older Godwit may not read a newer snapshot format). Prints CPU (user + sys) and wall
# seconds per compile and the CPU ratios to the floor of the same repetition.
#   bench/before-after.sh <before-checkout> [entities=1000] [reps=2] [work=/tmp/godwit-before-after]
# Both checkouts are packaged first (mvn package -pl benchmarks -am -DskipTests); nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
before_checkout=$(realpath "$1")
n=${2:-1000}
reps=${3:-2}
work=${4:-/tmp/godwit-before-after}
after_checkout=$PWD

classpath_of() { # the benchmarks jar and its class path of a packaged checkout, copied so rebuilds do not matter
  local checkout=$1 frozen=$2
  (cd "$checkout" && mvn -B -ntp -q -pl benchmarks -am package -DskipTests) >&2
  rm -rf "$frozen" && mkdir -p "$frozen"
  cp "$checkout"/benchmarks/target/godwit-benchmarks-*.jar "$frozen/"
  local cp
  cp="$(realpath "$frozen"/godwit-benchmarks-*.jar)"
  for entry in $(tr ':' '\n' < "$checkout/benchmarks/target/classpath.txt"); do
    case "$entry" in
      "$checkout"/*) cp "$entry" "$frozen/" && cp="$cp:$(realpath "$frozen/$(basename "$entry")")" ;;
      *) cp="$cp:$entry" ;;
    esac
  done
  echo "$cp"
}

rm -rf "$work" && mkdir -p "$work"
before_cp=$(classpath_of "$before_checkout" "$work/lib-before")
after_cp=$(classpath_of "$after_checkout" "$work/lib-after")
persistence=$(tr ':' '\n' <<< "$after_cp" | grep '/jakarta.persistence-api-')
java -cp "$after_cp" dev.godwit.benchmarks.model.GenerateModel "$work/src-base" "$n" > /dev/null
java -cp "$after_cp" dev.godwit.benchmarks.model.GenerateModel "$work/src-edited" "$n" edited
find "$work/src-base" -name '*.java' | sort > "$work/base-sources.txt"
find "$work/src-edited" -name '*.java' | sort > "$work/edited-sources.txt"
# the non-schema edit: the entity the edited variant changes gets a method, its fields stay
edited_file=$(diff -rq "$work/src-base" "$work/src-edited" | awk '{print $2}' || true)
rm -rf "$work/src-method" && cp -r "$work/src-base" "$work/src-method"
method_file="$work/src-method/${edited_file#"$work/src-base/"}"
sed -i '$ s/^}$/  public String describe() { return getClass().getSimpleName(); }\n}/' "$method_file"
grep -q 'public String describe()' "$method_file"
find "$work/src-method" -name '*.java' | sort > "$work/method-sources.txt"

# compile <tool> <variant of the first generation> <base|edited>; prints "cpu wall"
compile() {
  local tool=$1 variant=$2 sources=$3 project="$work/project" cp options=()
  if [ "${keep_build:-}" = yes ]; then # a second build: the build folder stays, the classes are compiled again
    rm -rf "$work/out/classes" "$work/out/generated" "$project" && mkdir -p "$work/out/classes" "$work/out/generated"
  else
    rm -rf "$work/out" "$project" && mkdir -p "$work/out/classes" "$work/out/generated"
  fi
  if [ "$variant" != none ]; then cp -r "$work/first-$variant" "$project"; fi
  case "$tool" in
    floor) options=(-processorpath "$after_cp" -processor dev.godwit.benchmarks.floor.WalkingProcessor) ;;
    before|after)
      [ "$tool" = before ] && cp=$before_cp || cp=$after_cp
      options=(-processorpath "$cp" -processor dev.godwit.processor.GodwitProcessor
        "-Agodwit.snapshot=$project/src/main/godwit/snapshot.json"
        "-Agodwit.output=$project/src/main/resources/db/migration" -Agodwit.naming=snake_case) ;;
  esac
  local committed=()
  if [ -d "$project/src/main/java" ]; then mapfile -t committed < <(find "$project/src/main/java" -name '*.java' | sort); fi
  /usr/bin/time -f "%U %S %e" -o "$work/time.txt" javac -d "$work/out/classes" -s "$work/out/generated" \
    -cp "$persistence" -encoding UTF-8 -nowarn "${options[@]}" "@$work/$sources-sources.txt" "${committed[@]}" \
    > "$work/javac.txt" 2>&1 || { cat "$work/javac.txt" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1 + $2, $3}' "$work/time.txt"
}

for variant in before after; do # each Godwit's own first generation, kept as the committed state
  compile "$variant" none base > /dev/null
  rm -rf "$work/first-$variant" && cp -r "$work/project" "$work/first-$variant"
done
head -c 200 "$work/first-after/src/main/godwit/snapshot.json" | head -3

echo "situation rep tool cpu_s wall_s cpu/floor load"
for situation in no-change edit method; do
  case "$situation" in edit) sources=edited ;; method) sources=method ;; *) sources=base ;; esac
  for rep in $(seq 1 "$reps"); do
    tools=(floor before after)
    declare -A cpu=()
    for t in 0 1 2; do
      tool=${tools[$(( (t + rep) % 3 ))]}
      [ "$tool" = floor ] && variant=after || variant=$tool
      if [ "$situation" = method ] && [ "$tool" != floor ]; then
        compile "$tool" "$variant" "$sources" > /dev/null
        read -r c w < <(keep_build=yes compile "$tool" "$variant" "$sources")
      else
        read -r c w < <(compile "$tool" "$variant" "$sources")
      fi
      if [ "$situation" != edit ] && [ "$tool" != floor ] \
          && ! diff -rq "$work/project" "$work/first-$variant" > /dev/null; then
        echo "$tool wrote something in a no-change compile" >&2; exit 1
      fi
      cpu[$tool]=$c
      echo "$situation $rep $tool $c $w - $(cut -d' ' -f1 /proc/loadavg)"
    done
    for tool in before after; do
      echo "$situation $rep $tool/floor $(awk -v a="${cpu[$tool]}" -v f="${cpu[floor]}" 'BEGIN{printf "%.2f", a / f}')"
    done
  done
done
