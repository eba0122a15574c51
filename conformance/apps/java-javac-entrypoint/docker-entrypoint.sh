#!/bin/bash
# Creates the audit directory on the volume, then starts the JVM with the heap the container allows.
set -euo pipefail
mkdir -p "${AUDIT_DIR}"
if [ "${1:-}" = "serve" ]; then
  exec java -XX:MaxRAMPercentage=75 -cp /opt/audit/classes com.acme.audit.AuditLog
fi
exec "$@"
