#!/usr/bin/env bash
# Install test of the two Debian packages (ADR 0020, issue 15): in a fresh Debian 12 root made by debootstrap, install
# huzhu-kiosk and huzhu-server with dpkg -i + apt-get -f install, run the installed server and the installed kiosk
# (kiosk mode, under Xvfb, screenshot), enrol and sync the kiosk with the server, check that removing a kiosk with
# unsynced transactions is refused, upgrade both to a newer build and show the journal and configuration survived,
# remove both and show the data stayed, purge and show it went. Prints each step; exits non-zero on any failure.
#
# Usage: installer/src/test/sh/install-test.sh        (as root: debootstrap, chroot and mount need it)
#   Takes installer/target/huzhu-{kiosk,server}_*_amd64.deb if present, else builds them (./mvnw -Pinstaller package).
#   The Debian root is cached as a tarball under ~/.cache/huzhu (a second run skips debootstrap), and so are the
#   packages apt downloads. Results (screenshot, logs): installer/target/install-test/.
# Environment: HUZHU_TEST_DISPLAY (default :73), HUZHU_TEST_PORT (default 18473), HUZHU_DEBIAN_MIRROR (default: the
#   mirror this machine's apt uses).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
target="$repo/installer/target"
results="$target/install-test"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/huzhu"
tarball="$cache/bookworm-minbase.tar.gz"
display="${HUZHU_TEST_DISPLAY:-:73}"
port="${HUZHU_TEST_PORT:-18473}"
started=$SECONDS

step() { printf '\n[install-test %3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { printf '[install-test] FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot and mount need it)"
mkdir -p "$results" "$cache/apt-archives"
rm -f "$results"/*.png "$results"/*.log

root=""
xvfb_pid=""
server_pid=""
kiosk_pid=""
cleanup() {
    set +e
    for pid in $kiosk_pid $server_pid; do
        stop_group "$pid"
    done
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    if [ -n "$root" ]; then
        for mount in tmp/.X11-unix var/cache/apt/archives dev/pts dev sys proc; do
            mountpoint -q "$root/$mount" && umount -l "$root/$mount"
        done
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

# Server and kiosk run in process groups of their own (setsid), so that stopping one stops the java under runuser.
stop_group() {
    [ -n "$1" ] || return 0
    kill -TERM -- "-$1" 2>/dev/null || return 0
    local i
    for i in $(seq 1 20); do
        kill -0 -- "-$1" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL -- "-$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# Runs a command inside the root as the huzhu user, with the service's environment file read as the unit reads it,
# replacing the calling (sub)shell by a process group of its own: `exec_as_huzhu … &` makes $! that group (stop_group).
exec_as_huzhu() {
    local envfile="$1"
    shift
    exec setsid -w chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        /usr/sbin/runuser -u huzhu -- /bin/sh -c 'set -a; . "$0"; set +a; exec "$@"' "$envfile" "$@"
}
as_huzhu() { (exec_as_huzhu "$@"); }
kiosk_cli() { as_huzhu /etc/huzhu/kiosk.env /opt/huzhu-kiosk/bin/huzhu-kiosk "$@"; }
server_cli() { as_huzhu /etc/huzhu/server.env /opt/huzhu-server/bin/huzhu-server "$@"; }
kiosk_db=/var/lib/huzhu-kiosk/kiosk.db
server_db=/var/lib/huzhu-server/server.db

# --- the packages --------------------------------------------------------------------------------------------------
step "packages"
kiosk_deb="$(ls "$target"/huzhu-kiosk_*_amd64.deb 2>/dev/null | sort -V | head -n 1 || true)"
if [ -z "$kiosk_deb" ]; then
    (cd "$repo" && ./mvnw -q -Pinstaller -pl installer -am package -DskipTests -Djacoco.skip) \
        || fail "building the packages"
    kiosk_deb="$(ls "$target"/huzhu-kiosk_*_amd64.deb | sort -V | head -n 1)"
fi
version="$(dpkg-deb -f "$kiosk_deb" Version)"
server_deb="$target/huzhu-server_${version}_amd64.deb"
[ -f "$server_deb" ] || fail "$server_deb is missing (build both with ./mvnw -Pinstaller package)"
newer="$version.1"
ls -l "$kiosk_deb" "$server_deb"

# --- a fresh Debian 12 root ----------------------------------------------------------------------------------------
step "fresh Debian 12 root"
if [ ! -f "$tarball" ]; then
    command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
    mirror="${HUZHU_DEBIAN_MIRROR:-$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
        | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n 1 | tr -d ' ')}"
    mirror="${mirror:-http://deb.debian.org/debian}"
    build="$(mktemp -d /var/tmp/huzhu-debootstrap.XXXXXX)"
    echo "debootstrap --variant=minbase bookworm $build $mirror (cached in $tarball afterwards)"
    debootstrap --variant=minbase bookworm "$build" "$mirror" > "$results/debootstrap.log" 2>&1 \
        || fail "debootstrap (see $results/debootstrap.log)"
    tar -C "$build" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$build"
fi
root="$(mktemp -d /var/tmp/huzhu-install-test.XXXXXX)"
tar -C "$root" -xzf "$tarball"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A chroot is not a booted system: no package may start its daemon here (pcscd, ...).
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
echo "root $root: $(cat "$root/etc/debian_version"), $(grep -h '^deb ' "$root/etc/apt/sources.list")"

# --- install -------------------------------------------------------------------------------------------------------
install_debs() {
    mkdir -p "$root/tmp/debs"
    rm -f "$root"/tmp/debs/*.deb
    cp "$@" "$root/tmp/debs/"
    chroot "$root" sh -c 'dpkg -i /tmp/debs/*.deb' > "$results/dpkg-i.log" 2>&1 \
        || echo "dpkg -i left dependencies to apt (expected on a fresh root)"
    chroot "$root" apt-get -o DPkg::Lock::Timeout=300 -f install -y --no-install-recommends \
        > "$results/apt-get.log" 2>&1 || fail "apt-get -f install (see $results/apt-get.log)"
    local pkg
    for pkg in huzhu-kiosk huzhu-server; do
        chroot "$root" dpkg-query -W -f '${Package} ${Version} ${Status}\n' "$pkg" | tee /dev/stderr \
            | grep -q ' install ok installed$' || fail "$pkg is not installed"
    done
}
step "dpkg -i + apt-get -f install, version $version"
chroot "$root" apt-get -o DPkg::Lock::Timeout=300 update > "$results/apt-update.log" 2>&1 \
    || fail "apt-get update in the root (see $results/apt-update.log)"
install_debs "$kiosk_deb" "$server_deb"
chroot "$root" dpkg-query -W -f '${Depends}\n' huzhu-kiosk
# (stat inside the root: the user names are the root's, not this machine's)
chroot "$root" stat -c '%A %U:%G %n' /var/lib/huzhu-kiosk /var/lib/huzhu-server /etc/huzhu /etc/huzhu/kiosk.env \
    /etc/huzhu/server.env
[ "$(chroot "$root" stat -c '%a %U' /var/lib/huzhu-kiosk)" = "700 huzhu" ] || fail "/var/lib/huzhu-kiosk is not 0700 huzhu"
[ "$(chroot "$root" stat -c '%a %U:%G' /etc/huzhu/kiosk.env)" = "640 root:huzhu" ] || fail "kiosk.env is not 0640 root:huzhu"
enabled="$(find "$root/etc/systemd/system" -name 'huzhu-*' 2>/dev/null)"
[ -z "$enabled" ] || fail "a service was enabled inside a chroot: $enabled"
echo "no huzhu service enabled inside the chroot (no systemd running there)"
grep -E '^(Type|WatchdogSec|Restart|User|PAMName|TTYPath|ExecStart)=' "$root/lib/systemd/system/huzhu-kiosk.service"
startup_cache=/var/cache/huzhu-kiosk/kiosk.aot
check_startup_cache() {
    [ "$(chroot "$root" stat -c '%a %U' "$startup_cache" 2>/dev/null)" = "644 root" ] \
        || { cat "$results/dpkg-i.log" "$results/apt-get.log"; fail "postinst made no start-up cache $startup_cache"; }
    [ "$root$startup_cache" -nt "$root/opt/huzhu-kiosk/lib/app/huzhu-kiosk.jar" ] \
        || fail "the start-up cache is older than the jars it is for"
    cat "$results/dpkg-i.log" "$results/apt-get.log" | grep 'make-startup-cache:'
}
check_startup_cache

# Configuration an IT person would set (docs/install.md): the deployment's card secret and the server's port.
sed -i "s|^HUZHU_CARD_SECRET=.*|HUZHU_CARD_SECRET=$(head -c 32 /dev/urandom | base64)|" "$root/etc/huzhu/kiosk.env"
sed -i "s|^HUZHU_SERVER_PORT=.*|HUZHU_SERVER_PORT=$port|" "$root/etc/huzhu/server.env"

# --- the installed server ------------------------------------------------------------------------------------------
start_server() {
    exec_as_huzhu /etc/huzhu/server.env /bin/sh -c \
        'exec /opt/huzhu-server/bin/huzhu-server serve --host "$HUZHU_SERVER_HOST" --port "$HUZHU_SERVER_PORT" --db '"$server_db" \
        >> "$results/server.log" 2>&1 &
    server_pid=$!
    local i
    for i in $(seq 1 60); do
        grep -q "listening on" "$results/server.log" && { grep "listening on" "$results/server.log" | tail -n 1; return; }
        kill -0 "$server_pid" 2>/dev/null || fail "the installed server exited (see $results/server.log)"
        sleep 1
    done
    fail "the installed server did not listen within 60 s"
}
stop_server() {
    stop_group "$server_pid"
    server_pid=""
}
step "run the installed server (port $port)"
start_server

# --- the installed kiosk, kiosk mode, under Xvfb -------------------------------------------------------------------
step "run the installed kiosk in kiosk mode under Xvfb $display"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$results/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
# The unit's own environment (memory flags, javafx.cachedir, GDK_BACKEND) and command, without cage: cage needs a
# seat or a GPU, Xvfb has neither, and cage is only the frame around exactly this command.
unit="$root/lib/systemd/system/huzhu-kiosk.service"
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$unit" | sed 's/^"\(.*\)"$/\1/')
kiosk_command="$(sed -n 's/^ExecStart=.* -- //p' "$unit")"
echo "environment: ${unit_env[*]}"
echo "command: $kiosk_command"
# sh expands $HUZHU_KIOSK_JVM into one word per flag, as systemd does for an unbraced $VAR in ExecStart.
# -Xlog:aot=info (through JDK_JAVA_OPTIONS) says whether this start took its classes from the start-up cache.
exec_as_huzhu /etc/huzhu/kiosk.env /usr/bin/env "${unit_env[@]}" DISPLAY="$display" JDK_JAVA_OPTIONS=-Xlog:aot=info \
    /bin/sh -c "exec $kiosk_command" \
    > "$results/kiosk.log" 2>&1 &
kiosk_pid=$!
export DISPLAY="$display"
shown=""
for i in $(seq 1 90); do
    kill -0 "$kiosk_pid" 2>/dev/null || { cat "$results/kiosk.log"; fail "the installed kiosk exited"; }
    if xdotool search --onlyvisible --name . >/dev/null 2>&1; then
        echo "window after ${i} s: $(xdotool search --onlyvisible --name . getwindowname | head -n 1)"
        xdotool search --onlyvisible --name . getwindowgeometry | head -n 3
        shown=yes
        break
    fi
    sleep 1
done
[ -n "$shown" ] || { cat "$results/kiosk.log"; fail "no kiosk window on $display within 90 s"; }
sleep 6
import -window root "$results/kiosk-installed.png"
spread="$(convert "$results/kiosk-installed.png" -format '%[fx:standard_deviation]' info:)"
echo "screenshot $results/kiosk-installed.png (pixel spread $spread)"
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "the screenshot is blank"
ls "$root/var/lib/huzhu-kiosk/javafx-cache" >/dev/null || fail "javafx.cachedir is not under the data folder"
grep -m 1 'Using AOT-linked classes: true' "$results/kiosk.log" || fail "the kiosk started without its start-up cache"
stop_group "$kiosk_pid"
kiosk_pid=""
sed 's/^/  kiosk: /' "$results/kiosk.log" | head -n 5

# --- enrol and sync ------------------------------------------------------------------------------------------------
step "enrol the installed kiosk with the installed server, then sync"
code="$(server_cli enrol-code --db "$server_db" 2>/dev/null | tail -n 1)"
[ -n "$code" ] || fail "no enrolment code from the server"
kiosk_cli enrol --db "$kiosk_db" --server "http://127.0.0.1:$port" --code "$code" 2>/dev/null \
    || fail "enrolling the kiosk"
kiosk_cli journal demo --db "$kiosk_db" --count 12 2>/dev/null || fail "writing transactions to the kiosk's journal"
unsynced="$(kiosk_cli journal unsynced --db "$kiosk_db" 2>/dev/null)"
echo "unsynced before sync: $unsynced"
[ "$unsynced" -gt 0 ] || fail "expected unsynced transactions"

step "dpkg -r huzhu-kiosk while $unsynced transactions are unsynced: must be refused"
if chroot "$root" dpkg -r huzhu-kiosk > "$results/refused-remove.log" 2>&1; then
    cat "$results/refused-remove.log"; fail "the kiosk was removed with unsynced transactions"
fi
grep -E 'NOT removed|HUZHU_KIOSK_REMOVE' "$results/refused-remove.log"
# dpkg keeps the wish ("deinstall") but the package stays fully installed: "deinstall ok installed".
status="$(chroot "$root" dpkg-query -W -f '${Status}' huzhu-kiosk)"
echo "status after the refused remove: $status"
[[ "$status" == *" ok installed" ]] && [ -x "$root/opt/huzhu-kiosk/bin/huzhu-kiosk" ] \
    || fail "the refused remove left huzhu-kiosk half-installed"

kiosk_cli sync --db "$kiosk_db" --server "http://127.0.0.1:$port" 2>/dev/null || fail "sync"
[ "$(kiosk_cli journal unsynced --db "$kiosk_db" 2>/dev/null)" = 0 ] || fail "transactions left unsynced after sync"
journal_before="$(kiosk_cli journal verify --db "$kiosk_db" 2>/dev/null)" || fail "journal verify"
echo "$journal_before"
server_cli stats --db "$server_db" 2>/dev/null | head -n 3 || true
config_before="$(cd "$root" && sha256sum etc/huzhu/kiosk.env etc/huzhu/server.env var/lib/huzhu-kiosk/kiosk.properties)"

# --- upgrade -------------------------------------------------------------------------------------------------------
step "build version $newer and upgrade both packages"
if [ ! -f "$target/huzhu-kiosk_${newer}_amd64.deb" ] || [ ! -f "$target/huzhu-server_${newer}_amd64.deb" ]; then
    # What `./mvnw -Pinstaller package -Dinstaller.version=$newer` runs, from the jars already built; gzip, not xz:
    # this package is only installed here, and xz would take four of the test's minutes.
    bash "$repo/installer/src/main/sh/build-debs.sh" "$newer" "$repo" "$target" gzip \
        > "$results/build-newer.log" 2>&1 || fail "building version $newer (see $results/build-newer.log)"
fi
stop_server
install_debs "$target/huzhu-kiosk_${newer}_amd64.deb" "$target/huzhu-server_${newer}_amd64.deb"
start_server
check_startup_cache
journal_after="$(kiosk_cli journal verify --db "$kiosk_db" 2>/dev/null)" || fail "journal verify after the upgrade"
config_after="$(cd "$root" && sha256sum etc/huzhu/kiosk.env etc/huzhu/server.env var/lib/huzhu-kiosk/kiosk.properties)"
echo "journal after upgrade: $journal_after"
[ "$journal_before" = "$journal_after" ] || fail "the journal changed in the upgrade"
[ "$config_before" = "$config_after" ] || fail "configuration changed in the upgrade: $config_after"
echo "configuration unchanged:"; echo "$config_after"
kiosk_cli journal demo --db "$kiosk_db" --count 2 >/dev/null 2>&1
kiosk_cli sync --db "$kiosk_db" --server "http://127.0.0.1:$port" 2>/dev/null \
    || fail "sync with the upgraded server"
stop_server

# --- remove, then purge --------------------------------------------------------------------------------------------
step "dpkg -r both: data and configuration stay"
chroot "$root" dpkg -r huzhu-kiosk huzhu-server > "$results/remove.log" 2>&1 || { cat "$results/remove.log"; fail "dpkg -r"; }
chroot "$root" dpkg-query -W -f '${Package} ${Status}\n' huzhu-kiosk huzhu-server
[ ! -e "$root/opt/huzhu-kiosk" ] || fail "/opt/huzhu-kiosk is still there after remove"
ls -l "$root$kiosk_db" "$root$server_db" "$root/etc/huzhu/kiosk.env" "$root/etc/huzhu/server.env" \
    "$root/var/lib/huzhu-kiosk/kiosk.properties" || fail "data or configuration went with dpkg -r"
[ ! -e "$root/var/cache/huzhu-kiosk" ] || fail "the start-up cache stayed after remove"

step "dpkg -P both: only purge deletes"
chroot "$root" dpkg -P huzhu-kiosk huzhu-server > "$results/purge.log" 2>&1 || { cat "$results/purge.log"; fail "dpkg -P"; }
for gone in /var/lib/huzhu-kiosk /var/lib/huzhu-server /etc/huzhu; do
    [ ! -e "$root$gone" ] || fail "$gone is still there after purge"
done
echo "purged: /var/lib/huzhu-kiosk, /var/lib/huzhu-server and /etc/huzhu are gone"

step "PASSED in $((SECONDS - started)) s; screenshot $results/kiosk-installed.png"
