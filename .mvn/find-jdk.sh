#!/usr/bin/env bash
# Prints the home of a JDK >= 21 (JAVA_HOME first, then `java` on the PATH, then the usual install folders,
# newest first) or explains on stderr what to install and returns 1. Sourced by ./mvnw and .ci/run.

ratecard_min_java=21

ratecard_java_major() { # $1 = JDK home; prints its feature version, or nothing
  local release="$1/release" line
  [[ -x "$1/bin/javac" ]] || return 0
  if [[ -f $release ]]; then
    line=$(grep -E '^JAVA_VERSION=' "$release" | head -n1 | tr -d '"')
    line=${line#JAVA_VERSION=}
  else
    line=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  fi
  line=${line#1.}
  echo "${line%%[.+-]*}"
}

ratecard_find_jdk() {
  local candidates=() home major best="" best_major=0
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    home=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.home/ {print $2; exit}')
    [[ -n $home ]] && candidates+=("$home")
  fi
  # The JAVA_HOME or PATH JDK wins when it is new enough; otherwise take the newest installed one.
  for home in "${candidates[@]}"; do
    major=$(ratecard_java_major "$home")
    if [[ -n $major && $major -ge $ratecard_min_java ]]; then echo "$home"; return 0; fi
  done
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d $home ]] || continue
    major=$(ratecard_java_major "$home")
    if [[ -n $major && $major -ge $ratecard_min_java && $major -gt $best_major ]]; then
      best=$home; best_major=$major
    fi
  done
  if [[ -n $best ]]; then echo "$best"; return 0; fi
  {
    echo "Ratecard needs a JDK $ratecard_min_java or newer, and none was found."
    echo "Looked at JAVA_HOME (${JAVA_HOME:-unset}), the java on the PATH and /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks."
    echo "Install one (for example Eclipse Temurin 21 from your package manager or adoptium.net),"
    echo "then set JAVA_HOME to its folder and run this command again."
  } >&2
  return 1
}
