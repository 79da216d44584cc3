# Shared by ./run, ./test and ./bench (source it): installs what is missing and starts the local
# stand-ins for Azure (Azurite for Storage, MailDev for SMTP) and the app, and stops them all.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_BIN="$ROOT/infra/local/node_modules/.bin"
STARTED_PIDS=()

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

require_tools() {
  local missing=()
  for tool in dotnet node npm; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing: ${missing[*]}. Install the .NET 10 SDK and Node.js 20.19 or later first." >&2
    exit 1
  fi
  # Vite 8 and vitest 4 need Node 20.19+; older versions fail later with obscure errors.
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "Node.js $(node --version) is too old: the front end needs 20.19 or later." >&2
    exit 1
  fi
}

# npm ci in a folder when its node_modules is missing or older than its lock file.
npm_install() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian packages the tests need (Chromium for end-to-end tests, poppler and zbar to read PDFs and QR codes).
apt_install() {
  local wanted=("$@") missing=()
  for pkg in "${wanted[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
           --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "Could not install ${missing[*]} with apt-get (run as root or with sudo): the tests need them." >&2
    return 1
  fi
}

# Fails when something already listens on the port (an old Azurite, another app...).
ensure_port_free() {
  local port="$1" name="$2"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port ($name) is already in use: stop what listens there first." >&2
    return 1
  fi
}

free_port() {
  node -e 'const s=require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

wait_for_port() {
  local port="$1" name="$2" pid="$3"
  for _ in $(seq 1 600); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited before listening on $port" >&2; return 1; fi
    sleep 0.1
  done
  echo "$name did not listen on $port within 60 s" >&2
  return 1
}

# start_azurite BLOB QUEUE TABLE [DATA_DIR]: in memory when no data folder is given.
start_azurite() {
  local blob="$1" queue="$2" table="$3" data="${4:-}"
  local storage=(--inMemoryPersistence)
  [ -n "$data" ] && { mkdir -p "$data"; storage=(--location "$data"); }
  "$LOCAL_BIN/azurite" --silent --skipApiVersionCheck --disableProductStyleUrl "${storage[@]}" \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >/dev/null 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  wait_for_port "$blob" azurite "$pid" && wait_for_port "$queue" azurite "$pid" && wait_for_port "$table" azurite "$pid"
  AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  export AZURITE_CONNECTION
}

# start_maildev SMTP WEB
start_maildev() {
  local smtp="$1" web="$2"
  "$LOCAL_BIN/maildev" --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 >/dev/null 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  wait_for_port "$smtp" maildev "$pid" && wait_for_port "$web" maildev "$pid"
}

# start_app URL [extra env assignments...]: the built app in standalone mode, in the background.
# It runs in APP_WORKDIR (default: the repository root, where ./run keeps local.settings.json).
start_app() {
  local url="$1"; shift
  (cd "${APP_WORKDIR:-$ROOT}" && exec env "$@" App__ListenUrl="$url" dotnet "$ROOT/functions/bin/Release/net10.0/Congress.Functions.dll") &
  local pid=$!
  STARTED_PIDS+=("$pid")
  APP_PID=$pid
  local port="${url##*:}"
  wait_for_port "$port" app "$pid"
}

# Azurite can ignore TERM once used: TERM, wait, then KILL by PID.
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    local alive=0
    for pid in "${STARTED_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.1
  done
  for pid in "${STARTED_PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  # Reap them here so that the shell does not report each one as "Killed".
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  STARTED_PIDS=()
}
