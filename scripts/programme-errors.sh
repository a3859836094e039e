#!/usr/bin/env bash
# Shows the programme checks at work: copies the dg.o site to a scratch folder, writes data files
# with one mistake of each kind, builds once, and prints what an editor would see. Nothing in the
# project is changed. Run from the project root after `mvn -B -q package -DskipTests`.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
jar="$project/target/confsite.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -a "$project/site.yaml" "$project/content" "$project/data" "$project/templates" "$project/assets" "$scratch/"

cat > "$scratch/data/rooms.yaml" <<'YAML'
rooms:
  - id: room-a
    name: Room A
    capacity: lots
  - id: Room-B
    name: Room B
  - id: room-a
    name: Room A again
  - id: regent-taipei
    name: The Regent Taipei
    florr: 1F
YAML
cat > "$scratch/data/tracks.yaml" <<'YAML'
tracks:
  - id: research
    name: Research programme
    colour: #5b4a9e
  - id: social
    name: Social programme
    colour: green
YAML
cat > "$scratch/data/papers.yaml" <<'YAML'
papers:
  - id: paper-one
    title: A paper
    authors: [helen-liu, helen-lu]
    doi: https://doi.org/10.1145/1
YAML
cat > "$scratch/data/sessions.yaml" <<'YAML'
sessions:
  - id: opening
    kind: keynot
    title: Opening
    date: 2024-06-11
    start: "09:00"
    end: "08:30"
    room: room-a
  - id: panel
    kind: panel
    title: Panel
    date: 2024-06-20
    room: room-x
  - id: forum
    kind: forum
    title: Forum
    date: 2024-06-12
    start: "10:00"
    end: "11:30"
    room: room-a
    speakers: [chiang-wan-an, chiang-wan-an]
    papers: [paper-two]
  - id: forum-2
    kind: forum
    title: Clashing forum
    date: 2024-06-12
    start: "11:00"
    end: "12:00"
    room: room-a
    track: smart-cty
    links:
      - {title: Slides, url: "javascript:alert(1)"}
  - id: late
    kind: social
    title: Late
    start: 2024-06-14T22:00
    end: 2024-06-15T01:00
  - id: half
    kind: break
    title: Half a time
    date: 2024-06-13
    start: "9.30"
YAML
printf 'speakers:\n  - id: chiang-wan-an\n\tname: tab\n' > "$scratch/data/speakers.yaml"

echo "\$ java -jar target/confsite.jar build --source <a copy of the site with broken data>"
set +e
java -jar "$jar" build --source "$scratch" --output "$scratch/out" 2>&1
echo "(exit code $?)"
