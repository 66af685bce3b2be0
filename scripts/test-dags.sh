#!/usr/bin/env bash
# Runs the Airflow DAG tests (tests/dags, pytest) with the project's .venv. Exit 0 only when tests ran
# and all passed: pytest's exit 5 ("no tests collected") is turned into a failure.
# Needs .venv: run scripts/setup-python.sh first (it is idempotent and quick when .venv is current).
set -uo pipefail
SB_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$SB_HOME/.venv/bin/python"
if [[ ! -x "$PY" ]]; then
  echo "test-dags: $SB_HOME/.venv is missing; run scripts/setup-python.sh first" >&2
  exit 1
fi
cd "$SB_HOME/tests/dags"
"$PY" -m pytest -q -p no:cacheprovider "$@" .
code=$?
if [[ $code -eq 5 ]]; then
  echo "test-dags: pytest collected no tests in tests/dags; that is a failure" >&2
  exit 1
fi
exit $code
