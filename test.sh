#!/usr/bin/env bash
# Builds tug, runs every test project, and ends with one line: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

./tug --help >/dev/null || { echo "build of tug failed"; echo "0 passed, 1 failed"; exit 1; }
dotnet build Tugboat.sln -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
log="$(mktemp)"
for project in tests/*/*.csproj; do
  echo "== $(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log" | grep -E "^\s*(Failed|Passed|Skipped) |error|Passed!|Failed!" | head -200
  line="$(grep -E "(Passed|Failed)!" "$log" | tail -1)"
  if [ -z "$line" ]; then
    echo "   no test summary from $project"; failed=$((failed + 1)); continue
  fi
  p="$(sed -E 's/.*Passed:[[:space:]]*([0-9]+).*/\1/' <<<"$line")"
  f="$(sed -E 's/.*Failed:[[:space:]]*([0-9]+).*/\1/' <<<"$line")"
  passed=$((passed + p)); failed=$((failed + f))
done
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
