#!/usr/bin/env bash
# Installs the Debian packages socialbench needs when they are missing: a Java 17 JDK, Maven and
# Chromium (the report's browser test opens the generated HTML in headless Chromium)
# (Python 3.11 for Airflow is expected on the machine; see scripts/setup-python.sh).
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ((${#need[@]})); then
  echo "installing: ${need[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi
