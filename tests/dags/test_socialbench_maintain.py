"""Integrity of dags/socialbench_maintain.py under the pinned Airflow, and one real run of it."""

from datetime import timedelta

import pendulum
import pytest
from airflow.dag_processing.dagbag import DagBag
from airflow.sdk import CronDataIntervalTimetable

from conftest import DAGS

DAG_ID = "socialbench_maintain"


@pytest.fixture(scope="module")
def dagbag():
    return DagBag(dag_folder=str(DAGS))


@pytest.fixture(scope="module")
def dag(dagbag):
    return dagbag.dags[DAG_ID]


def test_the_maintain_dag_imports_without_errors_next_to_the_nightly_dag(dagbag):
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dags) == [DAG_ID, "socialbench_nightly"]


def test_it_runs_weekly_on_sunday_at_six_utc_after_the_night_of_saturday(dag):
    assert isinstance(dag.timetable, CronDataIntervalTimetable)
    assert dag.timetable.expression == "0 6 * * 0"
    assert str(dag.timetable.timezone) == "UTC"
    assert dag.catchup is False
    assert dag.max_active_runs == 1


def test_its_one_task_shares_the_nightly_pool_so_it_never_runs_with_a_step_of_a_night(dag, dagbag):
    assert dag.task_ids == ["maintain"]
    task = dag.get_task("maintain")
    nightly_pools = {t.pool for t in dagbag.dags["socialbench_nightly"].tasks}
    assert nightly_pools == {"socialbench"}
    assert task.pool == "socialbench"
    assert task.retries == 3
    assert task.retry_delay == timedelta(minutes=10)
    assert task.outlets == []


def test_a_real_run_submits_maintain_for_the_day_it_runs_with_the_retention_variable(airflow_db, tmp_path, monkeypatch):
    recorder = tmp_path / "spark-submit"
    calls = tmp_path / "calls.txt"
    recorder.write_text(
        "#!/usr/bin/env bash\n"
        "# Stands in for spark-submit: writes its command line, one argument a line.\n"
        f'printf "%s\\n" "$@" > "{calls}"\n'
    )
    recorder.chmod(0o755)
    monkeypatch.setenv("AIRFLOW_VAR_SOCIALBENCH_SPARK_SUBMIT", str(recorder))
    monkeypatch.setenv("AIRFLOW_VAR_SOCIALBENCH_JAR", "/opt/socialbench/socialbench.jar")
    monkeypatch.setenv("AIRFLOW_VAR_SOCIALBENCH_WAREHOUSE", "/data/warehouse")
    monkeypatch.setenv("AIRFLOW_VAR_SOCIALBENCH_RETAIN_DAYS", "3")

    dag = DagBag(dag_folder=str(DAGS)).dags[DAG_ID]
    # For a logical date alone dag.test() infers the last whole interval before it: the run at Sunday
    # 2024-03-10 06:00 covers the week [2024-03-03 06:00, 2024-03-10 06:00).
    run = dag.test(logical_date=pendulum.datetime(2024, 3, 10, 6, tz="UTC"))

    assert run.state == "success"
    assert (run.data_interval_start, run.data_interval_end) == (
        pendulum.datetime(2024, 3, 3, 6, tz="UTC"),
        pendulum.datetime(2024, 3, 10, 6, tz="UTC"),
    )
    assert calls.read_text().splitlines() == [
        "--master", "local[*]",
        "--deploy-mode", "client",
        "--driver-memory", "4g",
        "--name", "socialbench-maintain-2024-03-10",
        "--class", "socialbench.cli.Main",
        "/opt/socialbench/socialbench.jar",
        "maintain", "--date", "2024-03-10",
        "--retain-days", "3",
        "--warehouse", "/data/warehouse",
    ]  # fmt: skip
