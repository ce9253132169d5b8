#!/usr/bin/env bash
# The cost of checking one QR token: the JDK's Ed25519, Bouncy Castle's, and signing again (what the application does).
#   bench/ed25519.sh
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
"${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" -cp "$classpath" bench/Ed25519Verify.java
