#!/usr/bin/env bash
# Builds tug (Release, via ./tug) and the load generator, then runs every benchmark end to end against a
# fresh `tug server --disable-agent` on 127.0.0.1 and prints a markdown block (also written to bench/last-run.md).
# Extra arguments go to the load generator, e.g. `bench/run.sh --quick` or `bench/run.sh --shared-connection`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "bench: building tug (Release)" >&2
./tug --help >/dev/null
echo "bench: building the load generator (Release)" >&2
dotnet build bench/Tugboat.Bench/Tugboat.Bench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >&2

echo "bench: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exec dotnet bench/Tugboat.Bench/bin/Release/net10.0/tug-bench.dll \
  --tug "$root/out/tug.dll" --out "$root/bench/last-run.md" --command "bench/run.sh $*" "$@"
