#!/usr/bin/env bash
# QGIS 3.44 LTR test tier: Debian 13 with QGIS from trixie-backports, in a chroot of its own
# (/var/cache/lsm-chroots/trixie-qgis344). The subcommands of qgis340.sh (build, test, test-apt, compare),
# which does the work with LSM_TIER=344.
LSM_TIER=344 exec bash "$(dirname "$0")/qgis340.sh" "$@"
