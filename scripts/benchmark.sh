#!/usr/bin/env bash
# The build benchmark: runs the project's real build command as a whole cold process, once to warm
# the disk cache and three times measured, and prints the median wall seconds, CPU seconds (user +
# system) and peak RSS, from /usr/bin/time -v. Cases:
#   posts-1000, posts-4000   the dg.o site plus N generated news posts of about 1.5 KB each; each
#                            run writes over the output of the run before, as an editor's builds do
#   posts-4000-fresh         the same, with the output and the folders beside it deleted before each run
#   dgo                      the shipped dg.o site
#   synthetic                2,000 sessions, 4,000 people, 1,000 papers (scripts/synthetic-programme.sh)
#   preview                  `serve` running; one post edited; seconds until its page is rewritten on disk
#   photos-100               the dg.o site with 100 posts of one 3000 x 2000 photo each (scripts/PhotoFixture.java):
#                            linked only (baseline), shown with no earlier copies (first), shown again (rebuild)
#   import-2000              `import schedule` of the synthetic programme's schedule.xml and schedule.json
#                            (2,000 sessions, 4,000 people) into a site just made by `init`
#   posts-20000              20,000 posts with -Xmx1g (slow; not in the default set)
#   vs-hugo-4000             Hugo (Debian's `hugo`) on a minimal site with the same 4,000 post bodies, and this
#                            project on them in two languages and in one, the three builds taking turns, each into
#                            an empty output folder; prints each figure and its ratio to Hugo's (not in the default set)
#   targets                  issue 19's targets: vs-hugo-4000, vs-hugo-20000 (this project with -Xmx1g), the
#                            synthetic programme (written over, as in its own case), the preview and the whole test suite
#                            (mvn -B verify; SUITE=0 leaves it out), then a table of each figure, its limit and
#                            whether it is met (about 15 minutes; not in the default set)
#   suite                    mvn -B verify, timed once
# Usage: scripts/benchmark.sh [case ...]    (default: posts-1000 posts-4000 posts-4000-fresh dgo synthetic preview
#        import-2000)
# Run `mvn -B -q package -DskipTests` first. Scratch copies go to a temporary folder, removed after.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
jar="$project/target/confsite.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(posts-1000 posts-4000 posts-4000-fresh dgo synthetic preview import-2000)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

copy_site() { # DIR: a copy of the dg.o site writing to DIR/out
  mkdir -p "$1"
  cp -a "$project/site.yaml" "$project/content" "$project/data" "$project/templates" "$project/assets" "$1/"
  sed -i 's|^output: .*|output: out|' "$1/site.yaml"
}

write_posts() { # DIR N: N posts of about 1.5 KB with headings, a list, links, code and a table
  local dir=$1 n=$2 i day
  for ((i = 1; i <= n; i++)); do
    day=$(( (i % 28) + 1 ))
    cat > "$dir/content/news/bench-$i.md" <<POST
---
title: "Benchmark post $i: a note on digital government"
date: 2023-$(printf '%02d' $(( (i % 12) + 1 )))-$(printf '%02d' "$day") $(printf '%02d' $(( i % 24 ))):$(printf '%02d' $(( i % 60 )))
tags: [benchmark, topic-$(( i % 20 ))]
summary: "Generated post $i for measuring builds."
---
This is generated text for post $i. It exists only to measure how long a build takes with many
posts, and says nothing about the conference. It has the parts a real news post tends to have.

## What the post covers

- the first point of post $i, written out as a sentence of ordinary length
- a second point, with *emphasis* and **strong** words in it
- a third point that links to [the programme](/programme.html)
- a fourth point that links to [another site](https://www.example.org/page-$i)
- a fifth point, to make the list five items long

## Some detail

A paragraph before the code block, long enough to wrap on most screens and to give the Markdown
parser some ordinary prose to work through, as a real announcement would.

\`\`\`yaml
sessions:
  - id: example-$i
    kind: panel
    title: "An example"
\`\`\`

| Item | Value | Note |
|---|---|---|
| one | $i | first row |
| two | $(( i * 2 )) | second row |
| three | $(( i * 3 )) | third row |
| four | $(( i * 4 )) | fourth row |
| five | $(( i * 5 )) | fifth row |

A closing paragraph for post $i, so that the whole post comes to about one and a half kilobytes.
POST
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

report() { # NAME DETAIL: the medians of the three measured runs' /usr/bin/time logs, and every run's wall time
  # (the median wall time and peak RSS are left in $last_wall and $last_rss, for the ratios and targets)
  local name=$1 detail=$2 walls=() cpus=() rsss=() run log
  for run in 1 2 3; do
    log="$scratch/time-$name-$run.log"
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$log")")
  done
  last_wall=$(printf '%s\n' "${walls[@]}" | median)
  last_rss=$(printf '%s\n' "${rsss[@]}" | median)
  printf '%-17s %6s s %7s s %6s MB   (runs: %s s; %s)\n' "$name" "$last_wall" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$(printf '%s\n' "${rsss[@]}" | median)" "${walls[*]}" "$detail"
}

build_once() { # NAME DIR RUN [JAVA_OPTS...]: one build, timed into the logs of run RUN (FRESH=1: no earlier output)
  local name=$1 dir=$2 run=$3; shift 3
  [ "${FRESH:-0}" = 1 ] && rm -rf "$dir/out" "$dir"/.out.*
  /usr/bin/time -v java "$@" -jar "$jar" build --source "$dir" > "$scratch/out-$name-$run.log" \
    2> "$scratch/time-$name-$run.log" \
    || { echo "$name: build failed, see below" >&2; cat "$scratch/out-$name-$run.log" "$scratch/time-$name-$run.log" >&2; exit 1; }
}

pages_built() { sed -n 's/^Built \([0-9]* pages\).*/\1/p' "$scratch/out-$1-1.log"; }

measure() { # NAME DIR [JAVA_OPTS...]: one warm-up, three measured runs (FRESH=1: no earlier output)
  local name=$1 dir=$2; shift 2
  local run
  for run in 0 1 2 3; do
    build_once "$name" "$dir" "$run" "$@"
  done
  report "$name" "$(pages_built "$name")"
}

measure_import() { # NAME FILE BLANK: one warm-up, three measured imports of FILE, each into a fresh copy of BLANK
  local name=$1 file=$2 blank=$3 run
  for run in 0 1 2 3; do
    rm -rf "$scratch/$name-site"
    cp -a "$blank" "$scratch/$name-site"
    /usr/bin/time -v java -jar "$jar" import schedule "$file" --source "$scratch/$name-site" \
      > "$scratch/out-$name-$run.log" 2> "$scratch/time-$name-$run.log" \
      || { echo "$name: import failed, see below" >&2; cat "$scratch/out-$name-$run.log" "$scratch/time-$name-$run.log" >&2; exit 1; }
  done
  report "$name" "$(grep -c '^  - id:' "$scratch/$name-site/data/sessions.yaml") sessions written"
}

import_2000() { # the synthetic programme exported, then imported into a new site
  bash "$project/scripts/synthetic-programme.sh" "$scratch/export" > /dev/null
  java -jar "$jar" build --source "$scratch/export" > /dev/null
  java -jar "$jar" init "$scratch/blank" --name "Import benchmark" --start 2024-06-11 --end 2024-06-14 \
    --time-zone Asia/Taipei --city Taipei --country Taiwan --base-url https://bench.example.net/ > /dev/null 2>&1
  measure_import import-2000-xml "$scratch/export/out/schedule.xml" "$scratch/blank"
  measure_import import-2000-json "$scratch/export/out/schedule.json" "$scratch/blank"
}

photos_100() { # the cost of pictures: 100 photos linked only, then shown (copies made), then shown again (copies kept)
  local dir="$scratch/photos" i
  copy_site "$dir"
  java "$project/scripts/PhotoFixture.java" "$dir/content/news" 100
  for ((i = 0; i < 100; i++)); do
    printf -- '---\ntitle: "Photo %d"\ndate: 2023-05-%02d\n---\nA photo: [the file](photo-%d.jpg).\n' "$i" $((i % 28 + 1)) "$i" \
      > "$dir/content/news/photo-$i.md"
  done
  FRESH=1 measure photos-linked "$dir"
  for ((i = 0; i < 100; i++)); do
    printf -- '---\ntitle: "Photo %d"\ndate: 2023-05-%02d\n---\nA photo:\n\n![A generated photo](photo-%d.jpg)\n' "$i" \
      $((i % 28 + 1)) "$i" > "$dir/content/news/photo-$i.md"
  done
  FRESH=1 measure photos-first "$dir"
  measure photos-again "$dir"
  printf '%-17s %s\n' "" "a photo's copies: $(du -k "$dir/out/news/photo-0-480w.jpg" "$dir/out/news/photo-0-960w.jpg" \
    "$dir/out/news/photo-0-1600w.jpg" "$dir/content/news/photo-0.jpg" | awk '{printf "%s%s KB", (NR > 1 ? ", " : ""), $1}') (480, 960, 1600 px, original)"
}

vs_hugo() { # N [JAVA_OPTS...]: Hugo and this project on the same N posts, each build into an empty output folder
  # (leaves hugo_wall, two_wall, two_rss, one_wall for the targets)
  local n=$1 dir="$scratch/hugo" run; shift
  command -v hugo > /dev/null || { echo "vs-hugo needs hugo (Debian package: hugo)" >&2; exit 2; }
  mkdir -p "$dir/content/news" "$dir/layouts/_default"
  write_posts "$dir" "$n"
  # The same bodies; Hugo reads dates with seconds.
  sed -i -E 's/^(date: [0-9-]+ [0-9]{2}:[0-9]{2})$/\1:00/' "$dir"/content/news/*.md
  printf 'baseURL = "https://bench.example.org/"\ntitle = "Benchmark"\n' > "$dir/hugo.toml"
  cat > "$dir/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
  printf '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ end }}\n' \
    > "$dir/layouts/_default/single.html"
  printf '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n' \
    > "$dir/layouts/_default/list.html"
  copy_site "$scratch/two"
  write_posts "$scratch/two" "$n"
  # In one language: a site just made by init in English (the dg.o data has Chinese fields, which a
  # site in one language refuses), with the same posts.
  java -jar "$jar" init "$scratch/one" --name "One language" --start 2024-06-11 --end 2024-06-14 --time-zone Asia/Taipei \
    --city Taipei --country Taiwan --languages en --base-url https://bench.example.net/ > /dev/null 2>&1
  sed -i 's|^output: .*|output: out|' "$scratch/one/site.yaml"
  write_posts "$scratch/one" "$n"
  sync
  # The three builds take turns (Hugo, two languages, one language; four rounds, the first a
  # warm-up), so that a change in the machine's speed during the run falls on all three alike.
  for run in 0 1 2 3; do
    rm -rf "$dir/public"
    /usr/bin/time -v hugo --quiet --source "$dir" > "$scratch/out-hugo-$n-$run.log" 2> "$scratch/time-hugo-$n-$run.log" \
      || { echo "hugo: build failed, see below" >&2; cat "$scratch/out-hugo-$n-$run.log" "$scratch/time-hugo-$n-$run.log" >&2; exit 1; }
    FRESH=1 build_once "two-languages-$n" "$scratch/two" "$run" "$@"
    FRESH=1 build_once "one-language-$n" "$scratch/one" "$run" "$@"
  done
  report "hugo-$n" "$(hugo version | awk '{print $1, $2}'), $(find "$dir/public" -name '*.html' | wc -l) pages"
  hugo_wall=$last_wall
  report "two-languages-$n" "$(pages_built "two-languages-$n")"
  two_wall=$last_wall two_rss=$last_rss
  printf '%-17s %s\n' "" "$(awk -v a="$last_wall" -v b="$hugo_wall" 'BEGIN {printf "%.2fx Hugo", a / b}')"
  report "one-language-$n" "$(pages_built "one-language-$n")"
  one_wall=$last_wall
  printf '%-17s %s\n' "" "$(awk -v a="$last_wall" -v b="$hugo_wall" 'BEGIN {printf "%.2fx Hugo", a / b}')"
  rm -rf "$dir" "$scratch/two" "$scratch/one"
}

preview() { # seconds from saving a post to its page rewritten: five saves, 5 s apart, after the preview is up
  local dir="$scratch/preview" port=$(( 20000 + RANDOM % 20000 )) times=() i j page start
  copy_site "$dir"
  write_posts "$dir" 1000
  java -jar "$jar" serve --source "$dir" --port "$port" > "$scratch/serve.log" 2>&1 &
  local pid=$!
  for ((i = 0; i < 1200; i++)); do
    grep -q "^Serving" "$scratch/serve.log" 2>/dev/null && break
    sleep 0.1
  done
  page="$dir/out-preview/news/bench-7.html"
  for i in 1 2 3 4 5; do
    sleep 5
    start=$(date +%s.%N)
    sed -i "s/closing paragraph for post 7\(.*\)\$/closing paragraph for post 7, edit $i./" "$dir/content/news/bench-7.md"
    for ((j = 0; j < 6000; j++)); do
      if grep -q "edit $i\." "$page" 2>/dev/null; then break; fi
      sleep 0.005
    done
    times+=("$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {printf "%.2f", a - b}')")
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  preview_wall=$(printf '%s\n' "${times[@]}" | median)
  printf '%-17s %6s s after the save (five saves, 5 s apart: %s)\n' preview "$preview_wall" "${times[*]}"
}

suite() { # the README's test command's Maven run, timed once (needs what scripts/test.sh installs)
  local start end
  start=$(date +%s.%N)
  (cd "$project" && mvn -B -q verify > "$scratch/suite.log" 2>&1) \
    || { echo "suite: mvn -B verify failed, see below" >&2; tail -50 "$scratch/suite.log" >&2; exit 1; }
  end=$(date +%s.%N)
  suite_wall=$(awk -v a="$end" -v b="$start" 'BEGIN {printf "%.0f", a - b}')
  printf '%-17s %6s s   (mvn -B verify, every test)\n' suite "$suite_wall"
}

target() { # WHAT FIGURE LIMIT: one row of the targets' table, with whether the figure is within its limit
  printf '%-64s %10s %10s   %s\n' "$1" "$2" "$3" \
    "$(awk -v f="${2%%[ x]*}" -v l="${3%%[ x]*}" 'BEGIN {print (f + 0 <= l + 0) ? "met" : "NOT met"}')"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }

targets() { # issue 19's targets, each measured here and printed with its limit (SUITE=0 leaves out the test suite)
  local h4 t4 r4 o4 h20 t20 syn_wall syn_rss
  vs_hugo 4000
  h4=$hugo_wall t4=$two_wall r4=$two_rss o4=$one_wall
  vs_hugo 20000 -Xmx1g
  h20=$hugo_wall t20=$two_wall
  bash "$project/scripts/synthetic-programme.sh" "$scratch/synthetic" > /dev/null
  measure synthetic "$scratch/synthetic"
  syn_wall=$last_wall syn_rss=$last_rss
  rm -rf "$scratch/synthetic"
  preview
  [ "${SUITE:-1}" = 0 ] || suite
  echo
  printf '%-64s %10s %10s\n' target figure limit
  target "4,000 posts, two languages: wall, as a multiple of Hugo's" "$(ratio "$t4" "$h4")" "1.5x"
  target "4,000 posts, two languages: peak RSS" "$r4 MB" "512 MB"
  target "4,000 posts, one language: wall, as a multiple of Hugo's" "$(ratio "$o4" "$h4")" "1.2x"
  target "20,000 posts, two languages, -Xmx1g: wall, multiple of Hugo's" "$(ratio "$t20" "$h20")" "1.5x"
  target "synthetic programme: peak RSS" "$syn_rss MB" "768 MB"
  target "synthetic programme: wall (10.2 s before issue 19)" "$syn_wall s" "10.2 s"
  target "preview: one post of 1,000 edited, page rewritten after the save" "$preview_wall s" "0.3 s"
  [ "${SUITE:-1}" = 0 ] || target "mvn -B verify, every test" "$suite_wall s" "120 s"
}

echo "$(date -u +%Y-%m-%d) $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | sed -n 1p)"
printf '%-17s %8s %9s %9s\n' case wall cpu "peak RSS"
for c in "${cases[@]}"; do
  case $c in
    posts-*-fresh)
      n=${c#posts-}; n=${n%-fresh}
      copy_site "$scratch/$c"
      write_posts "$scratch/$c" "$n"
      FRESH=1 measure "$c" "$scratch/$c"
      rm -rf "$scratch/$c" ;;
    posts-*)
      n=${c#posts-}
      copy_site "$scratch/$c"
      write_posts "$scratch/$c" "$n"
      if [ "$n" -ge 20000 ]; then measure "$c" "$scratch/$c" -Xmx1g; else measure "$c" "$scratch/$c"; fi
      rm -rf "$scratch/$c" ;;
    dgo) copy_site "$scratch/dgo"; measure dgo "$scratch/dgo" ;;
    synthetic) bash "$project/scripts/synthetic-programme.sh" "$scratch/synthetic" > /dev/null; measure synthetic "$scratch/synthetic" ;;
    preview) preview ;;
    import-2000) import_2000 ;;
    photos-100) photos_100 ;;
    vs-hugo-*) vs_hugo "${c#vs-hugo-}" ;;
    targets) targets ;;
    suite) suite ;;
    *) echo "unknown case: $c" >&2; exit 2 ;;
  esac
done
