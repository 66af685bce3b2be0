"""socialbench nightly: land -> model -> bench -> check for the night of the run's data interval.

Each step is one `spark-submit` of the socialbench jar (`--class socialbench.cli.Main`) for the logical
date D = the start of the run's daily data interval (docs/design.md §1, §9). The `check` step publishes the
checked tables, so its success emits the asset events of the published `dw` and `bench` tables.

Everything site-specific comes from Airflow Variables, read only when a task runs (never at parse time),
and defaults to the embedded local mode next to this file's repository (see docs/airflow.md):
  socialbench_spark_submit   spark-submit to call      (default: pyspark's, installed with Airflow)
  socialbench_spark_master   Spark master              (default: local[*])
  socialbench_deploy_mode    client | cluster          (default: client)
  socialbench_driver_memory  driver heap               (default: 4g)
  socialbench_jar            the socialbench jar       (default: <repo>/target/socialbench.jar)
  socialbench_warehouse      warehouse dir or URI      (default: <repo>/warehouse)
  socialbench_inbox          inbox of raw exports      (default: <repo>/inbox)
  socialbench_conf           settings file (HOCON) on the driver's machine, passed as --conf FILE
                             to every step (default: none, conf/socialbench.conf alone)
  socialbench_hash_salt_secret  salt for CRM record ids (default: the worker's SOCIALBENCH_HASH_SALT;
                             land refuses to run without one; "secret" in the name makes Airflow mask it)
The file does no I/O and imports only the Airflow task SDK and the standard provider's BashOperator.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from datetime import timedelta

import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import (
    DAG,
    Asset,
    CronDataIntervalTimetable,
    DeadlineAlert,
    DeadlineReference,
    SyncCallback,
    chain,
)

DAG_ID = "socialbench_nightly"
POOL = "socialbench"
STEPS = ("land", "model", "bench", "check")

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _pyspark_spark_submit() -> str:
    """spark-submit inside the pyspark package (it finds its own SPARK_HOME); located without importing it."""
    spec = importlib.util.find_spec("pyspark")
    if spec is None or spec.origin is None:
        return "spark-submit"
    return os.path.join(os.path.dirname(spec.origin), "bin", "spark-submit")


_DEFAULT_SPARK_SUBMIT = _pyspark_spark_submit()

# The published tables (docs/design.md §5): the star schema and the benchmarks. `check` publishes both.
DW_ASSET = Asset(name="socialbench_dw", uri="socialbench://warehouse/dw", group="socialbench")
BENCH_ASSET = Asset(name="socialbench_bench", uri="socialbench://warehouse/bench", group="socialbench")

# Rendered per task instance; the values reach the command as environment variables, so a master such
# as local[*] or a path with spaces is never split or globbed by the shell.
STEP_ENV = {
    "SB_SPARK_SUBMIT": "{{ var.value.get('socialbench_spark_submit', '" + _DEFAULT_SPARK_SUBMIT + "') }}",
    "SB_MASTER": "{{ var.value.get('socialbench_spark_master', 'local[*]') }}",
    "SB_DEPLOY_MODE": "{{ var.value.get('socialbench_deploy_mode', 'client') }}",
    "SB_DRIVER_MEMORY": "{{ var.value.get('socialbench_driver_memory', '4g') }}",
    "SB_JAR": "{{ var.value.get('socialbench_jar', '" + os.path.join(_REPO, "target", "socialbench.jar") + "') }}",
    "SB_WAREHOUSE": "{{ var.value.get('socialbench_warehouse', '" + os.path.join(_REPO, "warehouse") + "') }}",
    "SB_INBOX": "{{ var.value.get('socialbench_inbox', '" + os.path.join(_REPO, "inbox") + "') }}",
    "SB_CONF": "{{ var.value.get('socialbench_conf', '') }}",
    "SB_HASH_SALT": "{{ var.value.get('socialbench_hash_salt_secret', '') }}",
}


def step_command(step: str) -> str:
    """The spark-submit command of one step for the run's logical date (the data interval's start)."""
    return (
        'SOCIALBENCH_HASH_SALT="${SB_HASH_SALT:-${SOCIALBENCH_HASH_SALT:-}}" '
        '"$SB_SPARK_SUBMIT" --master "$SB_MASTER" --deploy-mode "$SB_DEPLOY_MODE"'
        ' --driver-memory "$SB_DRIVER_MEMORY"'
        " --name socialbench-" + step + "-{{ data_interval_start | ds }}"
        ' --class socialbench.cli.Main "$SB_JAR"'
        " " + step + " --date {{ data_interval_start | ds }}"
        ' --warehouse "$SB_WAREHOUSE" --inbox "$SB_INBOX"'
        ' ${SB_CONF:+--conf "$SB_CONF"}'
    )


def missed_deadline(context=None, **kwargs) -> None:
    """Deadline callback: one error line in the executor's log (hook a pager in here)."""
    logging.getLogger("socialbench").error(
        "socialbench nightly %s has not finished %s after it was queued", kwargs.get("run"), kwargs.get("within")
    )


with DAG(
    dag_id=DAG_ID,
    description="socialbench nightly run: land, model, bench, check/publish for the data interval's day",
    # Daily, with an explicit data interval [D 00:00 UTC, D+1 00:00 UTC): the run for D starts after D ends.
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,  # history is loaded on purpose, with `socialbench airflow backfill`
    max_active_runs=1,  # nights are applied in order; two nights never write the warehouse at once
    default_args={
        "pool": POOL,
        "retries": 3,
        "retry_delay": timedelta(minutes=2),
        "retry_exponential_backoff": True,  # 2, 4, 8 minutes (jittered), at most max_retry_delay
        "max_retry_delay": timedelta(minutes=30),
        "execution_timeout": timedelta(hours=2),
    },
    deadline=DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=timedelta(hours=4),
        callback=SyncCallback(
            "socialbench_nightly.missed_deadline", kwargs={"run": DAG_ID, "within": "4 hours"}
        ),
    ),
    tags=["socialbench"],
    doc_md=__doc__,
) as dag:
    tasks = [
        BashOperator(
            task_id=step,
            bash_command=step_command(step),
            env=STEP_ENV,
            append_env=True,  # keep PATH, JAVA_HOME and SOCIALBENCH_* of the worker
            outlets=[DW_ASSET, BENCH_ASSET] if step == "check" else [],
        )
        for step in STEPS
    ]
    chain(*tasks)
