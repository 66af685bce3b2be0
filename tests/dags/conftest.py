"""A throw-away Airflow for the DAG tests: AIRFLOW_HOME in a temporary directory (SQLite), the repo's
dags/ as DAGS folder, no examples. Set before anything imports airflow, which reads them at import."""

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DAGS = REPO / "dags"

_home = tempfile.mkdtemp(prefix="socialbench-airflow-dagtests-")
atexit.register(shutil.rmtree, _home, True)
os.environ["AIRFLOW_HOME"] = _home
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_home}/airflow.db"


@pytest.fixture(scope="session")
def airflow_db():
    """The metadata database, migrated once per session (dag.test() runs against it)."""
    subprocess.run(
        [sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True, env=os.environ.copy()
    )
    return Path(_home)
