#!/usr/bin/env bash
# Installs headless Chromium (Debian's `chromium` package) and a CJK font for the results-page
# rendering test (examples: ReportRenderingTest), when they are missing. Idempotent.
set -euo pipefail

need=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  need+=(chromium)
fi
# The page is Chinese first: without a CJK font the screenshot shows empty boxes.
fonts="$(fc-list 2>/dev/null || true)"
if ! grep -qiE 'wqy|noto sans cjk|noto serif cjk|source han' <<<"$fonts"; then
  need+=(fonts-wqy-zenhei)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "chromium and a CJK font are installed: $(chromium --version 2>/dev/null || chromium-browser --version)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "installing: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig
chromium --version 2>/dev/null || chromium-browser --version
