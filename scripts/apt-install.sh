# shellcheck shell=bash
# Sourced by scripts/ensure-*.sh: apt_install PACKAGE WHY [APT OPTIONS...] installs a Debian package as
# root, or through sudo (GitHub's runners, a developer's laptop), or says what to run.
apt_install() {
  local package=$1 why=$2 run=()
  shift 2
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      run=(sudo -n "--preserve-env=DEBIAN_FRONTEND")
    else
      echo "$why: run 'sudo apt-get install $package'." >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null; then
    echo "$why: install the '$package' package." >&2
    return 1
  fi
  echo "Installing Debian's $package..."
  export DEBIAN_FRONTEND=noninteractive
  "${run[@]}" apt-get update -qq
  "${run[@]}" apt-get install -y -qq "$@" "$package" >/dev/null
}
