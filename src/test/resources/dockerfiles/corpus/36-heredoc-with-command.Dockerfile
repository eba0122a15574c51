# syntax=docker/dockerfile:1
FROM python:3.12-slim
RUN python3 <<EOF
import sys
print("python", sys.version)
EOF
RUN <<EOF bash -ex
echo from bash
EOF
