#!/usr/bin/env bash
# Prints the launcher's JVM options (src/main/resources/launcher/jvm-options), one a line: what
# build-deb.sh hands to jpackage as --java-options and .ci/run finds again in the built launcher.
# One option a line, '#' to the end of a line a comment, blanks around stripped: the rule
# LauncherOptions.parse applies for the benchmarks (LauncherOptionsTest runs this script).
set -euo pipefail
while IFS= read -r line || [ -n "$line" ]; do
    line=${line%%#*}
    line=$(echo "$line" | xargs)
    [ -n "$line" ] && printf '%s\n' "$line"
done < "$1"
exit 0
