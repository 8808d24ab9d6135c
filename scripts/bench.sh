#!/usr/bin/env bash
# The archive's benchmark. For each N given, writes a synthetic corpus of N reports made from the seeds
# (real places from the division table, years 2003-2025, reports and speeches; fixed random seed), builds it
# with bin/report-archive and prints wall time, CPU time, peak memory (RSS), page count, output size and the
# largest page.
#
#   scripts/bench.sh [--hugo] [--incremental] [--runs K] [--jvm "OPTIONS"] N [N ...]
#
#   --hugo         also build the same reports with Hugo (Debian package hugo) and print its wall time
#   --incremental  also time a rebuild with the cache when nothing changed, and after one report is edited,
#                  and check that the edited rebuild is byte-identical to a cold build of the edited corpus
#   --runs K       time each build K times and print the median (default 1)
#   --jvm OPTIONS  run the jar with these java options instead of bin/report-archive's (--jvm "" for the JVM's
#                  own defaults)
#
# After each cold build: the search index's share of the build time, its size, and what typical queries
# download (scripts/search-query.mjs, when node is there).
#
# Each build from scratch, and each Hugo build, writes into a new folder, as on a fresh clone; folders no longer
# needed are removed when the benchmark ends.
# Corpora, sites and caches go to target/bench/. Needs GNU time (/usr/bin/time, Debian package time).
set -euo pipefail
cd "$(dirname "$0")/.."

hugo=0
incremental=0
runs=1
jvm=""
launcher=1
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --hugo) hugo=1 ;;
    --incremental) incremental=1 ;;
    --runs) runs="$2"; shift ;;
    --jvm) jvm="$2"; launcher=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  else
    echo "error: the benchmark needs GNU time; install the Debian package time" >&2
    exit 1
  fi
fi
if [ "$hugo" = 1 ] && ! command -v hugo >/dev/null 2>&1; then
  echo "error: --hugo needs hugo; install the Debian package hugo" >&2
  exit 1
fi

jar=target/report-archive.jar
if [ ! -f "$jar" ] || [ ! -d target/test-classes/org/reportarchive/bench ]; then
  mvn -q -B -ntp -DskipTests -Darchive.skipBake=true package
fi
bench=target/bench
mkdir -p "$bench"
cpu="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "machine: $cpu; $(free -g | awk '/Mem:/ {print $2}') GB RAM; $(java -version 2>&1 | head -1)"
if [ "$launcher" = 1 ]; then
  # the class archive bin/report-archive uses, written by a first run if the jar is newer than it
  [ target/report-archive.jsa -nt "$jar" ] || bin/report-archive build --quiet --seeds seeds --out "$bench/warm" >/dev/null
  echo "jvm options: those of bin/report-archive"
else
  echo "jvm options: ${jvm:-(defaults)}"
fi

# A build from scratch is timed as on a fresh clone: each run writes into a new folder. Folders the benchmark no
# longer needs are set aside and removed when it ends, because on ext4 creating files in the minute after
# thousands were removed, or writing over thousands of files, costs about a second more at 1,000 reports (for
# this project and for Hugo alike).
trash=()
cleanup() {
  if [ ${#trash[@]} -gt 0 ]; then
    rm -rf "${trash[@]}"
  fi
}
trap cleanup EXIT
discard() {
  local folder
  for folder in "$@"; do
    if [ -e "$folder" ]; then
      local aside="$bench/.removed-$$-${#trash[@]}"
      mv "$folder" "$aside"
      trash+=("$aside")
    fi
  done
}

# time_run LABEL COMMAND...: runs the command $runs times (@RUN@ in an argument becomes the run's number);
# prints "wall cpu rss_mb" (medians)
time_run() {
  local label="$1"; shift
  local walls=() cpus=() rss=()
  for ((i = 0; i < runs; i++)); do
    local args=("${@//@RUN@/$i}")
    /usr/bin/time -f "%e %U %S %M" -o "$bench/time.txt" "${args[@]}" >"$bench/$label.log" 2>&1 || {
      echo "error: $label failed; see $bench/$label.log" >&2; tail -5 "$bench/$label.log" >&2; exit 1; }
    read -r w u s m < <(tail -1 "$bench/time.txt")
    walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$s" "BEGIN {print u + s}")"); rss+=("$((m / 1024))")
  done
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $(median "${rss[@]}")"
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

# the program, as words for /usr/bin/time: the launcher, or java with the options given
if [ "$launcher" = 1 ]; then
  run=(bin/report-archive)
else
  run=(java)
  # shellcheck disable=SC2206
  [ -n "$jvm" ] && run+=($jvm)
  run+=(-jar "$jar")
fi
build() {
  local seeds="$1" out="$2"; shift 2
  "${run[@]}" build --quiet --seeds "$seeds" --out "$out" "$@"
}

printf '\n%-8s %-22s %8s %8s %9s %7s %9s %s\n' reports build wall_s cpu_s rss_MB pages out_MB "largest page"
for n in "${sizes[@]}"; do
  corpus="$bench/corpus-$n"
  # a corpus made by another generator, or from other seeds, is made again
  made_by="$(cat target/test-classes/org/reportarchive/bench/SyntheticCorpus*.class seeds/*.txt | sha1sum | cut -c1-40)"
  if [ ! -d "$corpus" ] || [ "$(find "$corpus" -name '*.txt' | wc -l)" != "$n" ] \
      || [ "$(cat "$bench/corpus-$n.made-by" 2>/dev/null)" != "$made_by" ]; then
    rm -rf "$corpus" "$bench/hugo-$n"
    java -cp "target/test-classes:$jar" org.reportarchive.bench.SyntheticCorpus --count "$n" --seeds seeds \
      --out "$corpus" --hugo "$bench/hugo-$n" >/dev/null
    echo "$made_by" > "$bench/corpus-$n.made-by"
  fi
  site="$bench/site-$n"
  discard "$site" "$site".run*
  read -r wall cpu rss < <(time_run "cold-$n" "${run[@]}" build --quiet --seeds "$corpus" --out "$site.run@RUN@")
  for ((i = 0; i < runs - 1; i++)); do
    discard "$site.run$i"
  done
  mv "$site.run$((runs - 1))" "$site"
  pages=$(find "$site" -name '*.html' | wc -l)
  bytes=$(du -sb "$site" | cut -f1)
  largest=$(find "$site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  printf '%-8s %-22s %8s %8s %9s %7s %9.1f %s KB %s\n' "$n" cold "$wall" "$cpu" "$rss" "$pages" \
    "$(awk -v b="$bytes" "BEGIN {print b / 1048576}")" "$(( ${largest%% *} / 1024 ))" "${largest#* }"
  search_s=$(grep -o 'search index [0-9.]* s' "$bench/cold-$n.log" | tail -1 | awk '{print $3}')
  if [ -n "$search_s" ]; then
    printf '         search index: %s s of the build (%.0f%% of its wall time), %.1f MB in %s files\n' "$search_s" \
      "$(awk -v s="$search_s" -v w="$wall" 'BEGIN {print 100 * s / w}')" \
      "$(du -sb "$site/search" | awk '{print $1 / 1048576}')" "$(find "$site/search" -type f | wc -l)"
    if command -v node >/dev/null 2>&1; then
      node scripts/search-query.mjs "$site" 备案审查 一点一库一基地 执法检查 人大代表 依法履职 乐山 2021 四個機關 \
        "立法 监督" | sed 's/^/         query /'
    fi
  fi
  over=$(find "$site" -name '*.html' -size +250k | wc -l)
  if [ "$over" != 0 ]; then
    echo "error: $over pages are over 250 KB:" >&2
    find "$site" -name '*.html' -size +250k | head -5 >&2
  fi
  if [ "$incremental" = 1 ]; then
    # the same output folder and cache throughout, as when a maintainer rebuilds
    cache="$bench/cache-$n"
    inc="$bench/inc-$n"
    discard "$cache" "$inc"
    build "$corpus" "$inc" --cache "$cache" >/dev/null
    read -r wall cpu rss < <(time_run "unchanged-$n" "${run[@]}" build --quiet --seeds "$corpus" --out "$inc" --cache "$cache")
    printf '%-8s %-22s %8s %8s %9s\n' "$n" "cache, unchanged" "$wall" "$cpu" "$rss"
    edited="$bench/edited-$n"
    discard "$edited" && cp -r "$corpus" "$edited"
    first=$(find "$edited" -name '*.txt' | sort | sed -n 1p)
    sed -i '0,/。$/s/。$/。本段为基准测试所加。/' "$first"
    runs_saved=$runs; runs=1
    read -r wall cpu rss < <(time_run "edited-$n" "${run[@]}" build --quiet --seeds "$edited" --out "$inc" --cache "$cache")
    runs=$runs_saved
    printf '%-8s %-22s %8s %8s %9s\n' "$n" "cache, one edited" "$wall" "$cpu" "$rss"
    discard "$bench/cold-edit-$n"
    build "$edited" "$bench/cold-edit-$n" >/dev/null
    if diff -r -q "$inc" "$bench/cold-edit-$n" >/dev/null; then
      echo "         incremental build after the edit is byte-identical to a cold build of the edited corpus"
    else
      echo "error: incremental build after the edit differs from a cold build:" >&2
      diff -r -q "$inc" "$bench/cold-edit-$n" | head -5 >&2
      exit 1
    fi
  fi
  if [ "$hugo" = 1 ]; then
    discard "$bench/hugo-site-$n" "$bench/hugo-site-$n".run*
    read -r wall cpu rss < <(time_run "hugo-$n" hugo --quiet -s "$bench/hugo-$n" -d "$PWD/$bench/hugo-site-$n.run@RUN@")
    for ((i = 0; i < runs - 1; i++)); do
      discard "$bench/hugo-site-$n.run$i"
    done
    mv "$bench/hugo-site-$n.run$((runs - 1))" "$bench/hugo-site-$n"
    printf '%-8s %-22s %8s %8s %9s %7s\n' "$n" "hugo 0.111, cold" "$wall" "$cpu" "$rss" \
      "$(find "$bench/hugo-site-$n" -name '*.html' | wc -l)"
  fi
done
