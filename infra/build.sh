#!/usr/bin/env bash
# Checks infra/main.bicep with the Bicep CLI taken from NuGet (package Azure.Bicep.CommandLine.linux-x64),
# so that nothing but NuGet is needed. The first run restores the package; later runs work offline.
#
#   bash infra/build.sh          (from any directory)
#
# Fails on any Bicep error and on any linter warning (same policy as TreatWarningsAsErrors in the
# .NET projects): fix the cause, or suppress one line with `#disable-next-line <rule>` and say why.
set -euo pipefail

BICEP_VERSION=0.49.2
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGES_DIR="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
BICEP="$PACKAGES_DIR/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"
TEMPLATE="$INFRA_DIR/main.bicep"

if [[ ! -f "$BICEP" ]]; then
  if ! command -v dotnet > /dev/null 2>&1; then
    echo "build.sh: the .NET SDK (dotnet) is needed to fetch the Bicep CLI from NuGet" >&2
    exit 1
  fi
  echo "build.sh: restoring Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION from NuGet..."
  DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    dotnet restore "$INFRA_DIR/tools/bicep.proj" -p:BicepVersion="$BICEP_VERSION" --verbosity quiet
  if [[ ! -f "$BICEP" ]]; then
    echo "build.sh: restore finished but $BICEP is missing (is globalPackagesFolder set elsewhere? set NUGET_PACKAGES)" >&2
    exit 1
  fi
fi
[[ -x "$BICEP" ]] || chmod +x "$BICEP"

# The ARM JSON goes to /dev/null: nothing is written into the tree. Diagnostics arrive on stderr.
status=0
diagnostics="$("$BICEP" build "$TEMPLATE" --stdout 2>&1 > /dev/null)" || status=$?

if [[ -n "$diagnostics" ]]; then
  printf '%s\n' "$diagnostics" >&2
fi

if [[ $status -ne 0 ]] || grep -q ': Error ' <<< "$diagnostics"; then
  echo "build.sh: FAILED - Bicep reported errors (exit code $status)" >&2
  exit 1
fi

if grep -q ': Warning ' <<< "$diagnostics"; then
  warnings="$(grep -c ': Warning ' <<< "$diagnostics")"
  echo "build.sh: FAILED - $warnings Bicep warning(s); fix them or suppress with #disable-next-line and a reason" >&2
  exit 1
fi

echo "build.sh: OK - infra/main.bicep builds with Bicep $("$BICEP" --version | awk '{print $4}'), no errors, no warnings"
