#!/usr/bin/env bash
# Creates .venv/ at the repository root from requirements/airflow.lock (Airflow 3.3, the Apache Spark
# provider, pyspark for spark-submit, pytest), installed by uv (requirements/installer.lock, itself installed
# into the venv by pip). Idempotent: does nothing when .venv was built from the same two lock files (their
# sha256 is recorded in .venv/.socialbench-lock.sha256, written only after a complete, checked install, so
# an interrupted install is redone on the next call).
#   SOCIALBENCH_PYTHON   interpreter to build the venv with (default: python3.11 on PATH)
set -euo pipefail
SB_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="$SB_HOME/requirements/airflow.lock"
INSTALLER="$SB_HOME/requirements/installer.lock"
VENV="$SB_HOME/.venv"
STAMP="$VENV/.socialbench-lock.sha256"
PYTHON="${SOCIALBENCH_PYTHON:-python3.11}"

want="$(cat "$LOCK" "$INSTALLER" | sha256sum | cut -d' ' -f1)"
if [[ -x "$VENV/bin/python" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
  echo "setup-python: .venv is up to date with requirements/airflow.lock"
  exit 0
fi

command -v "$PYTHON" >/dev/null || { echo "setup-python: $PYTHON not found (set SOCIALBENCH_PYTHON)" >&2; exit 1; }
version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[[ "$version" == "3.11" ]] || { echo "setup-python: the lock is for Python 3.11, $PYTHON is $version" >&2; exit 1; }

start=$SECONDS
echo "setup-python: building .venv from requirements/airflow.lock with $PYTHON…"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --no-deps --disable-pip-version-check -r "$INSTALLER"
# --no-deps: the lock already lists every package at an exact version, so nothing is resolved here.
# --compile-bytecode: byte-compiled here on both cores, not by the first Airflow processes that import them.
# (pip installs the same lock too: `pip install --no-deps -r requirements/airflow.lock`, more slowly.)
"$VENV/bin/uv" pip install --quiet --no-deps --compile-bytecode --python "$VENV/bin/python" -r "$LOCK"
"$VENV/bin/pip" check --disable-pip-version-check >/dev/null || {
  "$VENV/bin/pip" check >&2; echo "setup-python: the lock is inconsistent" >&2; exit 1; }
"$VENV/bin/airflow" version >/dev/null
[[ -x "$VENV/bin/spark-submit" ]] || { echo "setup-python: pyspark did not install spark-submit" >&2; exit 1; }
echo "$want" > "$STAMP"
echo "setup-python: .venv ready in $((SECONDS - start)) s (airflow $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("apache-airflow"))'))"
