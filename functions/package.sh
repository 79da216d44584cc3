#!/usr/bin/env bash
# Writes a folder ready to zip-deploy to the Function App:
#   OUT/host.json                 the repository's host.json (customHandler, extension bundle)
#   OUT/<function>/function.json  one per function, generated from the trigger catalogue
#   OUT/app/                      the published app, self-contained for linux-x64, compiled ahead of time
#                                 as one composite ReadyToRun image with the framework (generic code shared
#                                 between the app and the framework is then precompiled too: about a fifth
#                                 of a cold start, see docs/benchmarks.md)
# Usage: functions/package.sh [OUT]   (default .artifacts/functionapp)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/.artifacts/functionapp}")"
rm -rf "$out" && mkdir -p "$out"
dotnet publish "$root/functions/Congress.Functions.csproj" -c Release -r linux-x64 --self-contained \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -nologo -v quiet -o "$out/app"
cp "$root/host.json" "$out/host.json"
# An empty folder: the generator must not pick up a developer's local.settings.json.
(cd "$(mktemp -d)" && "$out/app/Congress.Functions" package "$out")
echo "Package ready in $out; zip its content and deploy it (see infra/README.md)."
