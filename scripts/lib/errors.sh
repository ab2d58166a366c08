# shellcheck shell=bash
# Strict mode with a sentence: every script of scripts/ sources this first, then calls
#
#   yc_strict NAME           # set -Eeuo pipefail, and the traps below, under the name NAME
#   yc_step "STEP" "HINT"    # the step now running, and what to do if it fails
#   yc_die "WHAT" "HINT"     # stop with a sentence of one's own
#
# When a command fails, the script stops and prints, on standard error, the step, the command, the
# file and line, its exit status and what to do: a newcomer never meets a bare exit status. The
# ERR trap records where it failed (it is inherited by functions and subshells, set -E); the EXIT
# trap prints once, in the script's own shell, so a failing subshell is reported at the line that
# started it. Ctrl-C (status 130), a plain kill (143) and `exit 0` print nothing.

yc_strict() {
  YC_NAME="$1"
  YC_STEP="start"
  YC_HINT=""
  YC_FAILED_CMD=""
  YC_FAILED_AT=""
  YC_REPORTED=""
  YC_RUNNING=""
  set -Eeuo pipefail
  trap 'yc_record_error "$?" "${BASH_SOURCE[0]:-?}" "$LINENO" "$BASH_COMMAND"' ERR
  trap 'yc_report_exit "$?"' EXIT
}

yc_step() {
  YC_STEP="$1"
  YC_HINT="${2:-}"
}

yc_record_error() {
  # The first failure is the cause; the frames that unwind after it fail with it.
  [ -n "$YC_FAILED_CMD" ] && return 0
  YC_FAILED_CMD="$4"
  # A helper that runs its arguments ("$@") names them in YC_RUNNING.
  case "$4" in *'"$@"'*) YC_FAILED_CMD="${YC_RUNNING:-$4}" ;; esac
  YC_FAILED_AT="$2 line $3 (exit status $1)"
}

yc_report_exit() {
  local rc="$1"
  [ "$rc" -eq 0 ] || [ "$rc" -eq 130 ] || [ "$rc" -eq 143 ] || [ -n "$YC_REPORTED" ] || {
    {
      printf '\n%s: FAILED at step "%s"\n' "$YC_NAME" "$YC_STEP"
      if [ -n "$YC_FAILED_CMD" ]; then
        printf '%s:   command: %s\n' "$YC_NAME" "$YC_FAILED_CMD"
        printf '%s:   where:   %s\n' "$YC_NAME" "$YC_FAILED_AT"
      else
        printf '%s:   exit status %s\n' "$YC_NAME" "$rc"
      fi
      printf '%s:   what to do: %s\n' "$YC_NAME" \
        "${YC_HINT:-read the lines just above, which come from the command that failed; then run the same command again}"
    } >&2
  }
}

yc_die() {
  printf '\n%s: FAILED at step "%s": %s\n' "$YC_NAME" "$YC_STEP" "$1" >&2
  [ -z "${2:-}" ] || printf '%s:   what to do: %s\n' "$YC_NAME" "$2" >&2
  YC_REPORTED=1
  exit 1
}
