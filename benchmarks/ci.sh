#!/usr/bin/env bash
# The benchmarks at small sizes, run by .ci/run after the tests: they must keep running; the
# figures are printed for the log, not asserted (speed targets are measured by hand at full size).
set -euo pipefail
cd "$(dirname "$0")/.."
datasets="../shared/datasets"
echo "== team_stress (small)"
python benchmarks/team_stress.py --processes 4 --rounds 10 --claims 6
if [ -d "$datasets" ]; then
  echo "== extract_quality (small)"
  python benchmarks/extract_quality.py --mb 0.5
  echo "== match_quality (small)"
  python benchmarks/match_quality.py --small
  echo "== stance_quality (small)"
  python benchmarks/stance_quality.py --small
else
  echo "skipping dataset benchmarks: $datasets not found"
fi
echo "== match_speed (small)"
python benchmarks/match_speed.py --small
echo "== tui_speed (small)"
python benchmarks/tui_speed.py --passages 2000 --marks 5 --starts 1 --claims 20
