#!/usr/bin/env bash
# Writes a large illustrative programme into a copy of the dg.o site, to measure builds at the
# size of a big conference: 2,000 sessions (4 days, 20 rooms, 25 half-hour slots), 4,000 people
# and 1,000 papers (three authors each, one per second session). Usage:
#   scripts/synthetic-programme.sh DIR    # DIR is created; then: java -jar target/confsite.jar build --source DIR
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/synthetic-programme.sh DIR}
[ -e "$dir" ] && { echo "$dir exists; give a new folder" >&2; exit 2; }
mkdir -p "$dir"
cp -a "$project/site.yaml" "$project/content" "$project/data" "$project/templates" "$project/assets" "$dir/"
sed -i 's|^output: .*|output: out|' "$dir/site.yaml"
data="$dir/data"
{
  echo "rooms:"
  for r in $(seq 0 19); do printf '  - id: r%d\n    name: Room %d\n    sample: true\n' "$r" "$r"; done
} > "$data/rooms.yaml"
{
  echo "speakers:"
  for i in $(seq 0 3999); do
    printf '  - id: p%d\n    name: Person %d\n    affiliation: University %d\n    sample: true\n' "$i" "$i" $((i % 50))
  done
} > "$data/speakers.yaml"
{
  echo "papers:"
  for i in $(seq 0 999); do
    printf '  - id: paper%d\n    title: Paper %d\n    authors: [p%d, p%d, p%d]\n    sample: true\n' \
      "$i" "$i" $(((i * 3) % 4000)) $(((i * 3 + 1) % 4000)) $(((i * 3 + 2) % 4000))
  done
} > "$data/papers.yaml"
{
  echo "sessions:"
  n=0
  paper=0
  for day in 2024-06-11 2024-06-12 2024-06-13 2024-06-14; do
    for r in $(seq 0 19); do
      for k in $(seq 0 24); do
        start=$((8 * 60 + k * 30))
        end=$((start + 25))
        printf '  - id: s%d\n    kind: paper\n    title: Session %d\n    date: %s\n    start: "%02d:%02d"\n    end: "%02d:%02d"\n' \
          "$n" "$n" "$day" $((start / 60)) $((start % 60)) $((end / 60)) $((end % 60))
        printf '    room: r%d\n    track: research\n    speakers: [p%d, p%d]\n    sample: true\n' \
          "$r" $(((n * 2) % 4000)) $(((n * 2 + 1) % 4000))
        if [ $((n % 2)) -eq 0 ] && [ "$paper" -lt 1000 ]; then
          printf '    papers: [paper%d]\n' "$paper"
          paper=$((paper + 1))
        fi
        n=$((n + 1))
      done
    done
  done
} > "$data/sessions.yaml"
echo "wrote $dir: 2000 sessions, 4000 people, 1000 papers, 20 rooms"
