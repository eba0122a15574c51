# Sourced by scripts: chooses the JDK. Temurin 25 where the machine has it, else JAVA_HOME as given,
# else the default java if it is 21 or newer (the code is built at the Java 21 language level).
if [ -z "${SLIMLINE_KEEP_JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ -z "${JAVA_HOME:-}" ]; then
  java_bin="$(command -v java || true)"
  [ -n "$java_bin" ] || { echo "slimline: no Java found: install a JDK 21 or newer, or set JAVA_HOME" >&2; exit 3; }
  export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
fi
