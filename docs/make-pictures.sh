#!/usr/bin/env bash
# Remakes the README's pictures from the bundled SCP report, as a user would:
#
#   docs/make-pictures.sh [OUTDIR]    (default: docs/)
#
# CAUSALKG names the binary (default: build/causalkg, built by ./run.sh).
# Each picture is one statement drawn AS DOT and rendered by Graphviz, with
# each relation's verb beside its sign.
set -euo pipefail
cd "$(dirname "$0")/.."
causalkg=${CAUSALKG:-build/causalkg}
out=${1:-docs}
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT

draw() {  # draw STATEMENT FILE: says "wrote FILE" on stderr
  "$causalkg" --db "$db/report" --dot-verbs query "$1 AS DOT TO '$out/$2'"
}
draw "PATHS FROM digitalisation TO social_cohesion" scp-chains.svg
draw "BLINDSPOTS FOR digital_inequality" scp-blindspots.svg
