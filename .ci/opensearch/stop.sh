#!/usr/bin/env bash
# Stop the OpenSearch started by .ci/opensearch/start.sh (by its PID file), wait for it to exit,
# and delete the temporary data folder it used. Safe to run when nothing is running.
#
# Environment: the same OPENSEARCH_PORT / OPENSEARCH_RUN_DIR as given to start.sh, and
#   OPENSEARCH_STOP_TIMEOUT  seconds to wait after SIGTERM before SIGKILL (default 60)
#   OPENSEARCH_KEEP_DATA=1   keep the data folder (e.g. to look at it after a failure)
set -euo pipefail

port="${OPENSEARCH_PORT:-9200}"
run_dir="${OPENSEARCH_RUN_DIR:-${TMPDIR:-/tmp}/thousand-landscapes-opensearch-$port}"
stop_timeout="${OPENSEARCH_STOP_TIMEOUT:-60}"
pid_file="$run_dir/opensearch.pid"
main_class="org.codelibs.opensearch.runner.OpenSearchRunner"

say() { printf '[opensearch] %s\n' "$*"; }

is_our_node() { # PID -> true if it is a live OpenSearchRunner JVM (not some other process that reused the PID)
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q "$main_class"
}

alive() { # a zombie (exited, not yet reaped by its parent) counts as gone
    kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

remove_data() {
    [ "${OPENSEARCH_KEEP_DATA:-0}" = 1 ] && return 0
    [ -f "$run_dir/base_path" ] || return 0
    local base_path
    base_path="$(cat "$run_dir/base_path")"
    # Only ever delete a folder start.sh made with mktemp.
    case "$base_path" in
        */thousand-landscapes-opensearch-data.*) [ -d "$base_path" ] && rm -rf "$base_path" ;;
    esac
    rm -f "$run_dir/base_path"
}

if [ ! -f "$pid_file" ]; then
    say "not running (no PID file at $pid_file)"
    remove_data
    exit 0
fi

pid="$(cat "$pid_file" 2>/dev/null || true)"
if ! is_our_node "$pid"; then
    say "PID ${pid:-?} from $pid_file is not running; removing the stale PID file"
    rm -f "$pid_file" "$run_dir/url"
    remove_data
    exit 0
fi

t0=$SECONDS
say "stopping PID $pid"
kill -TERM "$pid" 2>/dev/null || true
while alive "$pid" && [ $((SECONDS - t0)) -lt "$stop_timeout" ]; do
    sleep 0.5
done
if alive "$pid"; then
    say "PID $pid still running after ${stop_timeout}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while alive "$pid"; do sleep 0.2; done
fi
rm -f "$pid_file" "$run_dir/url"
remove_data
say "stopped PID $pid after $((SECONDS - t0))s"
