# Shared helpers for the end-to-end tests: each test drives the built knooppunt binary in its own tmux
# server (a private socket, no user configuration) with a private data directory, reads the screen with
# capture-pane, and checks the JSON files afterwards. Sourced by Tests/e2e/*.sh; run them with run.sh.
#
# The shell inside the pane is dash (sh) on purpose: bash's readline switches bracketed paste on and
# off around every prompt, which would hide a mode knooppunt forgot to switch off.

set -euo pipefail

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KNOOPPUNT_BIN="${KNOOPPUNT_BIN:-$E2E_ROOT/.build/debug/knooppunt}"
case "$KNOOPPUNT_BIN" in /*) ;; *) KNOOPPUNT_BIN="$E2E_ROOT/$KNOOPPUNT_BIN" ;; esac
E2E_SOCKET="knooppunt-e2e-$$-$RANDOM"
E2E_TARGET="e2e:0.0"
E2E_PROMPT="e2e-prompt$ "
DATA="$(mktemp -d "${TMPDIR:-/tmp}/knooppunt-e2e.XXXXXX")"
export KNOOPPUNT_DATA_DIR="$DATA"

E2E_SOCKET_PATH=""

e2e_cleanup() {
    tmux -L "$E2E_SOCKET" kill-server 2>/dev/null || true
    # tmux leaves the socket file behind; it is ours alone (the name has our process id).
    if [[ -n "$E2E_SOCKET_PATH" && "$E2E_SOCKET_PATH" == *"/$E2E_SOCKET" ]]; then rm -f "$E2E_SOCKET_PATH"; fi
    rm -rf "$DATA"
}
trap e2e_cleanup EXIT

tm() { tmux -L "$E2E_SOCKET" "$@"; }

fail() {
    echo "FAIL: $*" >&2
    if tm has-session -t e2e 2>/dev/null; then
        echo "---- screen ($(tm display -p -t "$E2E_TARGET" '#{pane_width}x#{pane_height}')) ----" >&2
        tm capture-pane -p -t "$E2E_TARGET" >&2 || true
        echo "--------------------------------" >&2
    fi
    exit 1
}

# start_session WIDTH HEIGHT [VAR=value ...]: a pane of exactly WIDTH x HEIGHT running sh with a known
# prompt, the private data directory and a UTF-8 locale (Dutch names); extra variables (NO_COLOR=1, LANG)
# go into the pane's environment.
start_session() {
    local width="$1" height="$2"
    shift 2
    local locale="C.UTF-8"
    tm -f /dev/null start-server \; set -g status off \; set -g escape-time 0 \
        \; set -g default-terminal tmux-256color \; set -g history-limit 0 \
        \; new-session -d -s e2e -x "$width" -y "$height" \
        env -i PATH="$PATH" HOME="$DATA" TERM=tmux-256color LANG="$locale" LC_ALL="$locale" \
        KNOOPPUNT_DATA_DIR="$DATA" PS1="$E2E_PROMPT" "$@" sh
    tm resize-window -t e2e -x "$width" -y "$height"
    E2E_SOCKET_PATH="$(tm display -p '#{socket_path}')"
    wait_for "${E2E_PROMPT% }" 5
}

# run_in_pane COMMAND: types a command at the shell prompt.
run_in_pane() {
    tm send-keys -t "$E2E_TARGET" -l -- "$1"
    tm send-keys -t "$E2E_TARGET" Enter
}

# start_knooppunt [ARGS...]: starts the interface; after it ends, the shell prints EXIT:<status>.
start_knooppunt() {
    local args=""
    local a
    for a in "$@"; do args="$args '$a'"; done
    run_in_pane "'$KNOOPPUNT_BIN'$args; echo EXIT:\$?"
}

screen() { tm capture-pane -p -t "$E2E_TARGET"; }

# screen_with_styles: the screen with escape sequences for attributes (to check reverse video).
screen_with_styles() { tm capture-pane -p -e -t "$E2E_TARGET"; }

# keys KEY...: tmux key names (Enter, Escape, Right, C-r) or literal text; one send per key, with a
# short pause, so an Escape is never glued to the next key.
keys() {
    local k
    for k in "$@"; do
        tm send-keys -t "$E2E_TARGET" -- "$k"
        sleep 0.05
    done
}

# type_text TEXT: types TEXT literally (UTF-8), as a user would, one character at a time.
type_text() {
    tm send-keys -t "$E2E_TARGET" -l -- "$1"
    sleep 0.05
}

# paste_text TEXT: pastes TEXT as a terminal does (bracketed when the program asked for it).
paste_text() {
    tm set-buffer -b e2e -- "$1"
    tm paste-buffer -p -b e2e -t "$E2E_TARGET"
    sleep 0.05
}

# wait_for TEXT [SECONDS]: until the screen contains TEXT (fixed string); fails with the screen shown.
wait_for() {
    local text="$1" seconds="${2:-8}"
    local deadline=$((SECONDS + seconds))
    while ((SECONDS <= deadline)); do
        if screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    fail "screen did not show \"$text\" within ${seconds}s"
}

# wait_for_regex REGEX [SECONDS]
wait_for_regex() {
    local re="$1" seconds="${2:-8}"
    local deadline=$((SECONDS + seconds))
    while ((SECONDS <= deadline)); do
        if screen | grep -qE -- "$re"; then return 0; fi
        sleep 0.1
    done
    fail "screen did not match /$re/ within ${seconds}s"
}

# wait_gone TEXT [SECONDS]: until the screen no longer contains TEXT.
wait_gone() {
    local text="$1" seconds="${2:-8}"
    local deadline=$((SECONDS + seconds))
    while ((SECONDS <= deadline)); do
        if ! screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    fail "screen still shows \"$text\" after ${seconds}s"
}

expect_screen_has() { screen | grep -qF -- "$1" || fail "screen does not show \"$1\""; }
expect_screen_lacks() { ! screen | grep -qF -- "$1" || fail "screen shows \"$1\" but should not"; }

# resize WIDTH HEIGHT
resize() {
    tm resize-window -t e2e -x "$1" -y "$2"
    sleep 0.2
}

pane_flag() { tm display -p -t "$E2E_TARGET" "#{$1}"; }

# knooppunt_pid: the process id of the running interface (the pane's shell's child).
knooppunt_pid() {
    local shell_pid
    shell_pid="$(pane_flag pane_pid)"
    pgrep -P "$shell_pid" -f "$KNOOPPUNT_BIN" | head -n 1
}

# wait_exit STATUS [SECONDS]: until the shell printed EXIT:STATUS (the interface has ended).
wait_exit() {
    wait_for "EXIT:$1" "${2:-10}"
}

# expect_terminal_clean: after the interface ended, the pane is the shell's again: normal screen, no
# mouse or paste reporting, cursor visible, echo and line editing on, the prompt at the bottom, and
# nothing of the interface left on it.
expect_terminal_clean() {
    local leftover="${1:-}"
    [[ "$(pane_flag alternate_on)" == 0 ]] || fail "the alternate screen is still on"
    local flag
    for flag in mouse_any_flag mouse_standard_flag mouse_button_flag mouse_all_flag mouse_sgr_flag; do
        [[ "$(pane_flag "$flag")" == 0 ]] || fail "mouse reporting ($flag) is still on"
    done
    [[ "$(pane_flag cursor_flag)" == 1 ]] || fail "the cursor is still hidden"
    [[ "$(pane_flag keypad_cursor_flag)" == 0 ]] || fail "application cursor keys are still on"
    if [[ -n "$leftover" ]]; then expect_screen_lacks "$leftover"; fi
    # Line editing and echo: stty reports them, and a command typed now runs.
    # The marker is typed as 'MO''DES' so that the echoed command line itself never matches.
    run_in_pane "echo 'MO''DES:' \$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl)') ':END'"
    wait_for "MODES: "
    local modes
    modes="$(screen | grep -oE 'MODES: .*' | tail -n 1 || true)"
    for flag in icanon echo isig icrnl; do
        [[ " $modes " == *" $flag "* ]] || fail "terminal mode $flag is off after exit (stty: $modes)"
    done
    # Bracketed paste: with it still on, cat -v would show the ESC [200~ markers around pasted text.
    run_in_pane "cat -v"
    sleep 0.2
    paste_text "pasted-after-exit"
    keys Enter C-d
    wait_for "${E2E_PROMPT% }"
    sleep 0.2
    if screen | grep -qF "200~"; then fail "bracketed paste is still on after exit"; fi
    screen | grep -qF "pasted-after-exit" || fail "pasting into the shell after exit did not work"
}

# json_check FILE PYTHON-EXPRESSION: the file parses as JSON and the expression (over `d`) is true.
json_check() {
    local file="$1" expr="$2"
    python3 - "$file" "$expr" <<'PY' || fail "JSON check failed on $1: $2"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
ok = eval(sys.argv[2], {"d": d})
if not ok:
    print("expression was false: " + sys.argv[2], file=sys.stderr)
    sys.exit(1)
PY
}

# json_eventually FILE EXPR: FILE satisfies EXPR within a few seconds (a save is written after the key
# that made it); afterwards json_check says what was false.
json_eventually() {
    local file="$1" expr="$2" deadline=$((SECONDS + 5))
    while ((SECONDS <= deadline)); do
        if python3 -c "import json, sys; d = json.load(open(sys.argv[1], encoding='utf-8')); sys.exit(0 if ($expr) else 1)" "$file" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    json_check "$file" "$expr"
}

# section_file: the only section file in the data directory.
section_file() {
    local files=("$DATA"/*.json)
    [[ ${#files[@]} -eq 1 && -f "${files[0]}" ]] || fail "expected one section file in $DATA, found: ${files[*]}"
    echo "${files[0]}"
}

# make_demo: the demo section (Sectie Engels) in the private data directory.
make_demo() {
    "$KNOOPPUNT_BIN" demo --data-dir "$DATA" >/dev/null || fail "knooppunt demo failed"
}

pass() { echo "PASS: $(basename "$0")"; }

# edit_selected_title: from the board, opens the editor on the selected initiative and starts editing
# its title (the first field): `e` opens the editor, Enter starts editing when `e` did not already.
edit_selected_title() {
    keys e
    wait_for "Titel"
    sleep 0.2
    if ! screen | grep -qF "klaar"; then keys Enter; fi
    wait_for "klaar"
}
