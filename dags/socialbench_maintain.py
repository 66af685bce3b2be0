"""socialbench maintain: weekly table maintenance of the warehouse the nightly DAG writes.

One task, one `spark-submit` of the socialbench jar running `maintain`: it compacts the small files of
the tables written since the last maintenance and removes superseded files older than the retention,
never a file of the version readers are pinned to (docs/operations.md, "Table maintenance"). It runs in
the nightly DAG's pool, `socialbench` (one slot), so it never runs at the same time as a step of a night,
and on Sunday at 06:00 UTC, when the night of Saturday (started at 00:00, deadline 4 hours) is over; the
warehouse's writer lock refuses it anyway while a night holds the warehouse, and a retry follows.
The run is recorded in ops.runs under the day it runs (the end of its weekly data interval).

Airflow Variables, read only when the task runs (defaults as in the nightly DAG, see docs/airflow.md):
  socialbench_spark_submit, socialbench_spark_master, socialbench_deploy_mode, socialbench_driver_memory,
  socialbench_jar, socialbench_warehouse, and
  socialbench_retain_days    days superseded files are kept (default: 7)
The file does no I/O and imports only the Airflow task SDK and the standard provider's BashOperator.
"""

from __future__ import annotations

import importlib.util
import os
from datetime import timedelta

import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, CronDataIntervalTimetable

DAG_ID = "socialbench_maintain"
POOL = "socialbench"

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _pyspark_spark_submit() -> str:
    """spark-submit inside the pyspark package (it finds its own SPARK_HOME); located without importing it."""
    spec = importlib.util.find_spec("pyspark")
    if spec is None or spec.origin is None:
        return "spark-submit"
    return os.path.join(os.path.dirname(spec.origin), "bin", "spark-submit")


# Rendered per task instance and passed as environment variables, so no value is split by the shell.
MAINTAIN_ENV = {
    "SB_SPARK_SUBMIT": "{{ var.value.get('socialbench_spark_submit', '" + _pyspark_spark_submit() + "') }}",
    "SB_MASTER": "{{ var.value.get('socialbench_spark_master', 'local[*]') }}",
    "SB_DEPLOY_MODE": "{{ var.value.get('socialbench_deploy_mode', 'client') }}",
    "SB_DRIVER_MEMORY": "{{ var.value.get('socialbench_driver_memory', '4g') }}",
    "SB_JAR": "{{ var.value.get('socialbench_jar', '" + os.path.join(_REPO, "target", "socialbench.jar") + "') }}",
    "SB_WAREHOUSE": "{{ var.value.get('socialbench_warehouse', '" + os.path.join(_REPO, "warehouse") + "') }}",
    "SB_RETAIN_DAYS": "{{ var.value.get('socialbench_retain_days', '7') }}",
}

MAINTAIN_COMMAND = (
    '"$SB_SPARK_SUBMIT" --master "$SB_MASTER" --deploy-mode "$SB_DEPLOY_MODE"'
    ' --driver-memory "$SB_DRIVER_MEMORY"'
    " --name socialbench-maintain-{{ data_interval_end | ds }}"
    ' --class socialbench.cli.Main "$SB_JAR"'
    " maintain --date {{ data_interval_end | ds }}"
    ' --retain-days "$SB_RETAIN_DAYS" --warehouse "$SB_WAREHOUSE"'
)

with DAG(
    dag_id=DAG_ID,
    description="socialbench weekly table maintenance: compaction and removal of superseded files",
    schedule=CronDataIntervalTimetable("0 6 * * 0", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,  # one maintenance covers every week missed before it
    max_active_runs=1,
    default_args={
        "pool": POOL,
        "retries": 3,
        "retry_delay": timedelta(minutes=10),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(hours=1),
        "execution_timeout": timedelta(hours=3),
    },
    tags=["socialbench"],
    doc_md=__doc__,
) as dag:
    BashOperator(
        task_id="maintain",
        bash_command=MAINTAIN_COMMAND,
        env=MAINTAIN_ENV,
        append_env=True,  # keep PATH, JAVA_HOME and SOCIALBENCH_* of the worker
    )
