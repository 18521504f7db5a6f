#!/usr/bin/env bash
# Creates the platform's databases in the official postgres image, from the same list
# infra/local uses (mounted at /mesh/versions.env), so both stacks stay identical.
set -euo pipefail
source /mesh/versions.env
for db in $MESH_DATABASES; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -c "CREATE DATABASE $db OWNER $POSTGRES_USER"
done
