#!/usr/bin/env bash
# The cost of checking one QR token: the JDK's Ed25519, Bouncy Castle's, signing again, and CodeTokens.verify as the
# platform (the seal) and a device (the signature) check a whole token. Needs a build (target/classes).
#   bench/ed25519.sh
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
"${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" -cp "target/classes:$classpath" bench/Ed25519Verify.java
