# Shared set-up for scripts/run and scripts/test. Source it; do not run it.
#
# Every step checks first and only installs or starts what is missing, and says what it does.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# One cargo target directory shared by every clone on this machine: dependencies compile once.
# A machine without it builds from scratch and works the same.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/chairside/target}"
# Node tools (wasm-opt from the npm `binaryen` package) live in a git-ignored folder.
TOOLS_DIR="$ROOT/tools"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"

BINARYEN_VERSION="132"
# The REST API's contract test (scripts/test): schemathesis from PyPI, in a virtual environment
# shared by every clone on this machine, like the target directory.
SCHEMATHESIS_VERSION="4.32.5"
SCHEMATHESIS_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/chairside/schemathesis-$SCHEMATHESIS_VERSION"
# moto's S3-compatible server (PyPI), for the tests of the document store in a bucket.
MOTO_VERSION="5.2.5"
MOTO_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/chairside/moto-$MOTO_VERSION"

step() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  is_root || die "please install the Debian packages: $* (or run as root to let this script do it)"
  if [ -z "${APT_UPDATED:-}" ]; then
    step "Refreshing the Debian package index"
    apt-get update -q
    APT_UPDATED=1
  fi
  step "Installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# The wasm-bindgen version pinned in Cargo.lock. build-site generates the wasm's bindings with
# the library of that exact version (build-site/Cargo.toml pins it).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust_toolchain() {
  command -v rustup >/dev/null || die "rustup is missing; install Rust from https://rustup.rs"
  # rust-toolchain.toml names the toolchain and the wasm target; rustup installs both on use.
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# build-site (its own package in build-site/) builds the browser half of the site: the wasm, its
# bindings, the stylesheet and the static files, named by content. It is compiled once per
# machine into the shared target directory (a few minutes the first time, then nothing).
SITE_BUILDER="$CARGO_TARGET_DIR/release/build-site"

ensure_site_builder() {
  local wanted pinned
  wanted="$(wasm_bindgen_version)"
  pinned="$(sed -nE 's/^wasm-bindgen-cli-support = "=([^"]+)"$/\1/p' build-site/Cargo.toml)"
  if [ "$wanted" != "$pinned" ]; then
    die "Cargo.lock has wasm-bindgen $wanted but build-site/Cargo.toml pins wasm-bindgen-cli-support $pinned: make them the same"
  fi
  step "Building the site builder (build-site/; only what changed)"
  cargo build --release --locked --manifest-path build-site/Cargo.toml
}

# Builds the site: `build_site` (debug, into target/site-debug, the tests' server's) or
# `build_site --release` (into target/site, ./scripts/run's; wasm-opt and precompressed
# twins), so a running server keeps its files while the tests run. The hashes go beside the
# server binary of the same profile.
build_site() {
  "$SITE_BUILDER" "$@"
}

# Every build of the application, server and wasm, debug and release, compiles its views
# type-erased (`--cfg erase_components`): the release wasm is a sixth smaller and the builds
# faster, and the release build is the configuration the tests test (a wasm and a server built
# differently do not hydrate). The server renders 5-12% fewer pages a second for it
# (BENCHMARKS.md). Passed per command, not exported: build-site and load/ are built without.
LEPTOS_RUSTFLAGS="--cfg erase_components"

# The release server and site, as ./scripts/run serves them (only what changed is rebuilt).
build_release() {
  ensure_wasm_opt
  export LEPTOS_OUTPUT_NAME=chairside
  step "Building the release server (the first build takes several minutes)"
  RUSTFLAGS="$LEPTOS_RUSTFLAGS" cargo build --release --no-default-features --features ssr --bin chairside
  step "Building the release site (wasm, bindings, stylesheet, static files)"
  RUSTFLAGS="$LEPTOS_RUSTFLAGS" build_site --release
}

ensure_node() {
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
}

# wasm-opt for release builds. Debian's binaryen is too old (its output fails to hydrate).
ensure_wasm_opt() {
  ensure_node
  if ! "$TOOLS_DIR/node_modules/.bin/wasm-opt" --version >/dev/null 2>&1; then
    step "Installing wasm-opt (npm package binaryen@$BINARYEN_VERSION) into tools/"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_schemathesis() {
  if ! "$SCHEMATHESIS_VENV/bin/schemathesis" --version >/dev/null 2>&1; then
    if ! python3 -m venv --help >/dev/null 2>&1; then
      apt_install python3 python3-venv
    fi
    step "Installing schemathesis $SCHEMATHESIS_VERSION (PyPI) into $SCHEMATHESIS_VENV"
    rm -rf "$SCHEMATHESIS_VENV"
    python3 -m venv "$SCHEMATHESIS_VENV"
    "$SCHEMATHESIS_VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}

# Installs moto's S3 server and names it in MOTO_SERVER, which the Rust tests of the S3
# document store start on a port of their own.
ensure_moto() {
  if [ ! -x "$MOTO_VENV/bin/moto_server" ]; then
    if ! python3 -m venv --help >/dev/null 2>&1; then
      apt_install python3 python3-venv
    fi
    step "Installing moto[server] $MOTO_VERSION (PyPI) into $MOTO_VENV"
    rm -rf "$MOTO_VENV"
    python3 -m venv "$MOTO_VENV"
    "$MOTO_VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  fi
  export MOTO_SERVER="$MOTO_VENV/bin/moto_server"
}

ensure_build_tools() {
  ensure_rust_toolchain
  ensure_site_builder
}

# ---- PostgreSQL ----------------------------------------------------------------------------
#
# With DATABASE_URL set, it is used as is. Without it, a private cluster lives in .data/postgres
# (git-ignored): created with the system's initdb, started with pg_ctl, reachable only through a
# unix socket in a folder only its owner can enter, and stopped when the script exits.

PG_DATA_ROOT="$ROOT/.data"
PG_SOCKET_PORT=5432  # only names the socket file: the cluster listens on no TCP port
PG_STARTED_HERE=""

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres_installed() {
  if [ -z "$(pg_bin_dir)" ] || [ ! -x "$(pg_bin_dir)/initdb" ]; then
    apt_install postgresql postgresql-contrib
  fi
  command -v psql >/dev/null || apt_install postgresql-client
}

# Runs a PostgreSQL server command as the cluster's owner (initdb refuses to run as root).
as_pg_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The folder holding the cluster: .data in the checkout, unless the postgres user cannot reach
# it (a checkout under /root, say); then a private folder under /var/tmp.
pg_home() {
  if is_root && ! runuser -u postgres -- test -x "$ROOT"; then
    echo "/var/tmp/chairside-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  else
    echo "$PG_DATA_ROOT"
  fi
}

# Starts (creating it first) the private cluster $1 under pg_home: `postgres`, the one
# ./scripts/run keeps a practice's data in, with PostgreSQL's durable defaults; or
# `test-postgres`, the test suite's, which holds only throwaway databases and runs with fsync
# off (a power cut may corrupt it; nothing in it needs to survive one).
start_private_postgres() {
  ensure_postgres_installed
  local cluster="${1:-postgres}"
  local bin home data sockets durability=""
  bin="$(pg_bin_dir)"
  home="$(pg_home)"
  data="$home/$cluster"
  if [ "$cluster" = postgres ]; then
    sockets="$home/sockets"
  else
    sockets="$home/$cluster-sockets"
    durability="-c fsync=off"
  fi
  mkdir -p "$home"
  if [ ! -s "$data/PG_VERSION" ]; then
    step "Creating a private PostgreSQL cluster in $data"
    mkdir -p "$data" "$sockets"
    if is_root; then chown postgres: "$data" "$sockets"; fi
    chmod 700 "$data" "$sockets"
    as_pg_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_pg_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    step "Starting the private PostgreSQL cluster (socket in $sockets)"
    # pg_ctl detaches the server into its own session, so Ctrl-C reaches only the app, which
    # shuts down first; the exit trap stops the database afterwards.
    as_pg_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k '$sockets' -p $PG_SOCKET_PORT $durability -c max_connections=200" \
      start >/dev/null || { tail -n 20 "$data/server.log" >&2; die "the private PostgreSQL cluster did not start"; }
    PG_STARTED_HERE="$data"
    trap stop_private_postgres EXIT
  else
    note "the private PostgreSQL cluster is already running"
  fi
  PG_ADMIN_URL="postgres://postgres@localhost:$PG_SOCKET_PORT/postgres?host=$sockets"
}

stop_private_postgres() {
  if [ -n "$PG_STARTED_HERE" ]; then
    step "Stopping the private PostgreSQL cluster"
    as_pg_owner "$(pg_bin_dir)/pg_ctl" -D "$PG_STARTED_HERE" -m fast -w stop >/dev/null || true
    PG_STARTED_HERE=""
  fi
}

# Prints $1 (a postgres URL) with its database name replaced by $2.
url_with_database() {
  printf '%s' "$1" | sed -E "s|^(postgres(ql)?://[^/]*/)[^?]*|\1$2|"
}

# Sets DATABASE_URL: as given, or the database named $1 (created if missing) of the private
# cluster $2 (see start_private_postgres).
ensure_database() {
  local name="$1" cluster="$2"
  if [ -n "${DATABASE_URL:-}" ]; then
    note "using DATABASE_URL from the environment"
    command -v psql >/dev/null || apt_install postgresql-client
    return
  fi
  start_private_postgres "$cluster"
  if [ -z "$(psql "$PG_ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
    step "Creating database $name"
    psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$name\""
  fi
  export DATABASE_URL
  DATABASE_URL="$(url_with_database "$PG_ADMIN_URL" "$name")"
}
