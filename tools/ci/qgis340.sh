#!/usr/bin/env bash
# QGIS 3.40 test tier: Debian 13 (trixie) in a chroot built with debootstrap from Debian's packages.
# With LSM_TIER=344 (tools/ci/qgis344.sh) the same for QGIS 3.44 LTR: Debian 13 with QGIS from trixie-backports
# (the rest of Debian 13 as in the 3.40 tier, so the two tiers differ in QGIS alone), in its own chroot.
#
#   tools/ci/qgis340.sh build          build the chroot when missing (kept in $LSM_CHROOT, reused)
#   tools/ci/qgis340.sh test           copy the tree in, run the unit, qgis and smoke tests (venv with pip extras)
#   tools/ci/qgis340.sh test-apt       same tree, Debian's packages only (no pip): the apt route users take
#   tools/ci/qgis340.sh compare        the demo chain and lsm:pipeline through qgis_process on the host's QGIS and
#                                      here, outputs compared within 1e-9 (tools/ci/compare_qgis.py); folders in
#                                      build/compare/; the host side runs in a venv with the chroot's
#                                      scikit-learn & co (build/compare-venv), so only QGIS differs;
#                                      LSM_HOST_PY=.venv/bin/python compares across library versions too
#
# The chroot lives outside the clone (default /var/cache/lsm-chroots/trixie) so every clone and CI run reuses
# it; it is rebuilt when its stamp is missing or names another package set. Needs root (debootstrap, mounts).
set -euo pipefail

TIER=${LSM_TIER:-340}
case $TIER in
    340) chroot_name=trixie BACKPORTS= ;;
    344) chroot_name=trixie-qgis344 BACKPORTS=trixie-backports ;;
    *) echo "LSM_TIER must be 340 or 344" >&2; exit 2 ;;
esac
CHROOT=${LSM_CHROOT:-/var/cache/lsm-chroots/$chroot_name}
SUITE=${LSM_SUITE:-trixie}
MIRROR=${LSM_MIRROR:-http://deb.debian.org/debian}
REPO=$(cd "$(dirname "$0")/../.." && pwd)

# Debian's packages: QGIS 3.40, the plugin's dependencies, test tools that Debian has.
APT_PACKAGES="qgis python3-qgis qgis-providers python3-sklearn python3-imblearn python3-torch python3-matplotlib
 python3-pytest python3-hypothesis python3-distributed python3-venv python3-pip xvfb xauth make ca-certificates
 locales"
# What Debian lacks, pip-installed into a venv that sees Debian's packages (--system-site-packages).
PIP_PACKAGES="pytest-qgis>=2 jenkspy>=0.4 mapclassify>=2.6 skops>=0.11 shap>=0.42 lightgbm>=4 statsmodels>=0.13"
# the chroot is rebuilt when the apt stamp names another package set; the venv alone when the pip one does
APT_STAMP_TEXT="lsm-chroot v3 $SUITE${BACKPORTS:+ + $BACKPORTS} | $(echo $APT_PACKAGES)"
PIP_STAMP_TEXT="lsm-venv v3 | $PIP_PACKAGES"
STAMP=$CHROOT/.lsm-apt-ready
PIP_STAMP=$CHROOT/.lsm-pip-ready
VENV=/opt/lsm-venv
# deprecations raised from the plugin's own code (modules landslide_susceptibility.*, attributed by the
# warning's stack level, so QGIS's sip warnings and matplotlib's count) fail the tier: pytest's ini
# filterwarnings take a module regex (-W would match one module exactly); one filter a line
STRICT_WARNINGS='error::DeprecationWarning:landslide_susceptibility\b
error::PendingDeprecationWarning:landslide_susceptibility\b'

log() { printf '[qgis%s %(%H:%M:%S)T] %s\n' "$TIER" -1 "$*"; }

host_ca_bundle() {
    # the CA bundle pip uses on the host (a proxy's CA may be in it), passed into the chroot
    local ca=${PIP_CERT:-${REQUESTS_CA_BUNDLE:-}}
    [ -n "$ca" ] || ca=$(python3 -m pip config get global.cert 2>/dev/null || true)
    [ -n "$ca" ] || ca=/etc/ssl/certs/ca-certificates.crt
    [ -f "$ca" ] && echo "$ca"
}

MOUNTED=()
mount_all() {
    local root=$1 d
    for d in proc sys dev dev/pts; do
        mkdir -p "$root/$d"
        case $d in
            proc) mount -t proc proc "$root/proc" ;;
            sys) mount --rbind /sys "$root/sys"; mount --make-rslave "$root/sys" ;;
            dev) mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev" ;;
            dev/pts) continue ;;  # comes with the recursive bind of /dev
        esac
        MOUNTED=("$root/$d" "${MOUNTED[@]}")
    done
}
umount_all() {
    local m
    for m in "${MOUNTED[@]}"; do
        mountpoint -q "$m" && { umount -R "$m" 2>/dev/null || umount -R -l "$m" || true; }
    done
    MOUNTED=()
}
trap umount_all EXIT
trap 'echo "qgis$TIER: command failed (line $LINENO): $BASH_COMMAND" >&2' ERR
trap 'exit 130' INT TERM

safe_rm() {
    # rm -rf that never follows a bind mount into the host: a run killed before its trap (SIGKILL) can
    # leave /dev or /sys mounted in the chroot, so unmount whatever is under the path first
    local path=$1 m
    [ -e "$path" ] || return 0
    for m in $(awk -v p="$(realpath "$path")" '$2 == p || index($2, p "/") == 1 {print $2}' /proc/mounts | sort -r); do
        umount -R "$m" 2>/dev/null || umount -R -l "$m" || true
    done
    rm -rf --one-file-system "$path"
}

in_chroot() {
    # run a command inside the chroot, with the host's CA bundle and a clean environment
    local root=$1; shift
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/lsm-host-ca.crt REQUESTS_CA_BUNDLE=/etc/ssl/lsm-host-ca.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR=/tmp/runtime-root CI="${CI:-}" \
        chroot "$root" /bin/bash -c "$*"
}

stamp_is() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

build_base() {
    # debootstrap + Debian's packages into $CHROOT.building, moved into place only when complete
    command -v debootstrap >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
    local tmp=$CHROOT.building ca
    safe_rm "$tmp"
    mkdir -p "$(dirname "$CHROOT")"
    log "debootstrap $SUITE into $tmp"
    debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$tmp" "$MIRROR" >"$tmp.log" 2>&1 \
        || { tail -30 "$tmp.log"; return 1; }
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    mount_all "$tmp"
    local target=""
    if [ -n "$BACKPORTS" ]; then
        # QGIS (and whatever else is backported) from backports, as `apt install -t trixie-backports qgis` does
        echo "deb $MIRROR $BACKPORTS main" >"$tmp/etc/apt/sources.list.d/$BACKPORTS.list"
        target="-t $BACKPORTS"
    fi
    log "apt-get install $target (QGIS and the plugin's Debian packages)"
    in_chroot "$tmp" "apt-get update -q && apt-get install -y -q --no-install-recommends $target $(echo $APT_PACKAGES) && apt-get clean" \
        >>"$tmp.log" 2>&1 || { tail -30 "$tmp.log"; return 1; }
    umount_all
    echo "$APT_STAMP_TEXT" >"$tmp/.lsm-apt-ready"
    safe_rm "$CHROOT"
    mv "$tmp" "$CHROOT"
    mv "$tmp.log" "$CHROOT.build.log"
}

build_venv() {
    # a venv that sees Debian's packages, with Debian's versions as constraints: pip adds only what Debian
    # lacks and never replaces a Debian package (scikit-learn, numpy, torch stay the versions under test)
    log "venv $VENV (--system-site-packages) + pip: $PIP_PACKAGES"
    mount_all "$CHROOT"
    in_chroot "$CHROOT" "rm -rf $VENV && python3 -m pip list --format=freeze 2>/dev/null \
        | grep -E '^[A-Za-z0-9_.-]+==' > /opt/debian-constraints.txt \
        && python3 -m venv --system-site-packages $VENV \
        && $VENV/bin/python -m pip install -q -c /opt/debian-constraints.txt $(printf '"%s" ' $PIP_PACKAGES) \
        && $VENV/bin/python -m pip list --format=freeze > /opt/lsm-venv.freeze" >>"$CHROOT.build.log" 2>&1 \
        || { tail -30 "$CHROOT.build.log"; return 1; }
    umount_all
    echo "$PIP_STAMP_TEXT" >"$PIP_STAMP"
}

build() {
    local ca
    stamp_is "$STAMP" "$APT_STAMP_TEXT" || { rm -f "$PIP_STAMP"; build_base; }
    # the host's CA bundle, fresh on every run (a proxy's CA may change)
    ca=$(host_ca_bundle || true)
    cp "${ca:-$CHROOT/etc/ssl/certs/ca-certificates.crt}" "$CHROOT/etc/ssl/lsm-host-ca.crt"
    stamp_is "$PIP_STAMP" "$PIP_STAMP_TEXT" || build_venv
    log "chroot ready: $CHROOT ($(du -sh --exclude=work "$CHROOT" 2>/dev/null | cut -f1))"
}

copy_tree() {
    # the tracked and untracked-but-not-ignored files of the clone, nothing built (.venv, build/, dist/)
    local dest=$CHROOT/work/plugin
    safe_rm "$CHROOT/work"
    mkdir -p "$dest"
    (cd "$REPO" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done \
        | tar --null -T - -cf -) | tar -xf - -C "$dest"
}

run_tests() {
    local mode=$1 py pytest_args
    stamp_is "$PIP_STAMP" "$PIP_STAMP_TEXT" || { echo "no chroot at $CHROOT: run '$0 build' first" >&2; return 1; }
    copy_tree
    mount_all "$CHROOT"
    if [ "$mode" = apt ]; then
        # Debian's python3 only: tests that need a pip-only package skip with a reason
        py=/usr/bin/python3
        pytest_args="-p no:pytest_qgis tests/unit"
    else
        py=$VENV/bin/python
        pytest_args="tests/unit tests/qgis"
    fi
    log "versions"
    in_chroot "$CHROOT" "$py - <<'PY'
import importlib
from qgis.core import Qgis
print('QGIS', Qgis.version())
for m in ('numpy', 'sklearn', 'imblearn', 'torch', 'matplotlib', 'osgeo.gdal', 'pytest'):
    try:
        print(m, importlib.import_module(m).__version__)
    except Exception as e:
        print(m, 'MISSING', type(e).__name__)
PY"
    local rc=0
    in_chroot "$CHROOT" "set -e; cd /work/plugin && mkdir -p build/plugins \$XDG_RUNTIME_DIR \
        && ln -sfn /work/plugin build/plugins/landslide_susceptibility \
        && export QGIS_PLUGINPATH=/work/plugin/build/plugins \
        && $py -m pytest -q -rfEs -o \"filterwarnings=$STRICT_WARNINGS\" $pytest_args ${LSM_PYTEST_ARGS:-}" || rc=$?
    if [ "$mode" != apt ] && [ -z "${LSM_NO_SMOKE:-}" ]; then
        in_chroot "$CHROOT" "cd /work/plugin && export QGIS_PLUGINPATH=/work/plugin/build/plugins \
            && $py -m pytest -q tests/smoke" || rc=1
    fi
    return $rc
}

# the libraries whose version changes a forest (EasyEnsemble's AdaBoost is SAMME.R by default on scikit-learn
# 1.4.2, SAMME on 1.6+; a few BRF cells differ by one tree's vote): the host side of `compare` takes the chroot's versions of these, so that the comparison
# isolates QGIS (numpy stays 1.x there: Debian 12's GDAL is built on NumPy 1)
COMPARE_PINNED="scikit-learn imbalanced-learn scipy joblib threadpoolctl"
COMPARE_VENV=$REPO/build/compare-venv

compare_venv() {
    # a host venv (Debian 12's Python and QGIS, --system-site-packages) with the chroot's versions of
    # $COMPARE_PINNED; rebuilt when those change
    local pins p stamp=$COMPARE_VENV/.lsm-pins
    pins=$(for p in $COMPARE_PINNED; do grep -i "^$p==" "$CHROOT/opt/lsm-venv.freeze"; done | tr '\n' ' ')
    pins="$pins numpy<2 skops>=0.11,<0.12 matplotlib>=3.5"
    stamp_is "$stamp" "$pins" && return 0
    log "host venv $COMPARE_VENV: $pins"
    rm -rf "$COMPARE_VENV"
    /usr/bin/python3 -m venv --system-site-packages "$COMPARE_VENV"
    "$COMPARE_VENV/bin/python" -m pip install -q $pins || return 1
    "$COMPARE_VENV/bin/python" -c "import sklearn, imblearn, qgis.core, osgeo.gdal" || return 1
    echo "$pins" >"$stamp"
}

run_compare() {
    # the same chain, same seeds, on both QGIS versions; the comparison runs on the host
    local out=$REPO/build/compare${BACKPORTS:+-$TIER} host_py=${LSM_HOST_PY:-} rc=0
    stamp_is "$PIP_STAMP" "$PIP_STAMP_TEXT" || { echo "no chroot at $CHROOT: run '$0 build' first" >&2; return 1; }
    [ -e "$REPO/build/plugins/landslide_susceptibility" ] \
        || { echo "no plugin link in build/plugins: run 'make setup' first" >&2; return 1; }
    if [ -z "$host_py" ]; then compare_venv || return 1; host_py=$COMPARE_VENV/bin/python; fi
    mkdir -p "$out"
    log "host (QGIS $(dpkg-query -W -f '${Version}' qgis 2>/dev/null)): $host_py -> $out/host"
    "$host_py" "$REPO/tools/ci/compare_qgis.py" run "$out/host" || return 1
    copy_tree
    mount_all "$CHROOT"
    log "chroot: $VENV/bin/python -> $out/chroot"
    in_chroot "$CHROOT" "cd /work/plugin && mkdir -p build/plugins \$XDG_RUNTIME_DIR \
        && ln -sfn /work/plugin build/plugins/landslide_susceptibility \
        && $VENV/bin/python tools/ci/compare_qgis.py run /work/compare" || return 1
    umount_all
    rm -rf "$out/chroot" && cp -a "$CHROOT/work/compare" "$out/chroot"
    log "compare (tolerance 1e-9)"
    "$host_py" "$REPO/tools/ci/compare_qgis.py" compare "$out/host" "$out/chroot" --json "$out/comparison.json" || rc=$?
    return $rc
}

case ${1:-} in
    build) build ;;
    test) build && run_tests venv ;;
    test-apt) build && run_tests apt ;;
    compare) build && run_compare ;;
    *) echo "usage: $0 build|test|test-apt|compare" >&2; exit 2 ;;
esac
