#!/usr/bin/env bash
# Place the two development sets under bench/extract/data/ from git copies of
# their repositories (bare or not), at the commits SOURCE.md names:
#
#   bench/extract/get_data.sh CAUSAL_NEWS_CORPUS_GIT BECAUSE_GIT
#
# Only the files the project may use are taken: the Causal News Corpus V2
# training set of subtask 2 and BECAUSE's MASC folder, each with its licence.
# Every other file of those repositories is held out for the final measurement
# and is never read here. The data is not part of the repository.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: bench/extract/get_data.sh CAUSAL_NEWS_CORPUS_GIT BECAUSE_GIT" >&2
  exit 2
fi
cnc_git=$1 because_git=$2
cnc_commit=4796c7e89d9b346f8e1280dac441dacde2be6b86
because_commit=1cd73afb1da0d075e8d967c26c9c1053aed766f6
data=$(cd "$(dirname "$0")" && pwd)/data

need_commit() {
  if ! git -C "$1" cat-file -e "$2^{commit}" 2>/dev/null; then
    echo "get_data: $1 has no commit $2 (is it a copy of the right repository?)" >&2
    exit 1
  fi
}
need_commit "$cnc_git" "$cnc_commit"
need_commit "$because_git" "$because_commit"

mkdir -p "$data/cnc" "$data/because-masc"
git -C "$cnc_git" show "$cnc_commit:data/V2/train_subtask2.csv" >"$data/cnc/train_subtask2.csv"
git -C "$cnc_git" show "$cnc_commit:LICENSE" >"$data/cnc/LICENSE"

rm -f "$data"/because-masc/*.txt "$data"/because-masc/*.ann
git -C "$because_git" archive "$because_commit" MASC | tar -x -C "$data/because-masc" --strip-components=1
git -C "$because_git" show "$because_commit:LICENSE" >"$data/because-masc/LICENSE"

echo "get_data: $(wc -c <"$data/cnc/train_subtask2.csv") bytes of the Causal News Corpus," \
  "$(ls "$data"/because-masc/*.txt | wc -l) BECAUSE MASC documents in $data" >&2
