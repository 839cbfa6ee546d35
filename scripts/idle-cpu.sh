#!/usr/bin/env bash
# Measures the CPU time the interactive dashboard uses per minute at 1x with the default scenario,
# next to htop at its 1-second refresh, both in a real terminal (tmux) of 120x36.
# Usage: scripts/idle-cpu.sh [seconds]   (needs tmux, htop, and a release build: swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
binary=.build/release/ecstop
[ -x "$binary" ] || { echo "build first: swift build -c release" >&2; exit 1; }
command -v htop >/dev/null || { echo "htop is not installed (apt-get install htop)" >&2; exit 1; }
ticks=$(getconf CLK_TCK)

measure() { # name command...
    local name=$1; shift
    local socket="idle-cpu-$$-$name"
    tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 36 "exec env TERM=xterm-256color LANG=C.UTF-8 $*"
    sleep 3  # start-up is not what we measure
    local pid
    pid=$(tmux -L "$socket" display-message -p '#{pane_pid}')
    local before after
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep "$seconds"
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    tmux -L "$socket" kill-server
    awk -v n="$name" -v d=$((after - before)) -v t="$ticks" -v s="$seconds" \
        'BEGIN { printf "%-28s %6.2f s CPU per minute (%.2f%% of one core)\n", n, d / t * 60 / s, d / t / s * 100 }'
}

measure ecstop "$binary --seed 42"
measure htop "htop -d 10"
