#!/usr/bin/env bash
# WordPress end to end: the plugin in wordpress/bildung-widgets, in Debian's WordPress, used by an
# Editor who may not post unfiltered HTML (DISALLOW_UNFILTERED_HTML), checked in Chromium.
#
#   sudo scripts/wordpress-e2e.sh
#
# Root, because it installs Debian's packages wordpress, wordpress-l10n, wordpress-theme-twentytwentythree,
# mariadb-server, php, php-cli and php-mysql (a few minutes the first time). It starts its own
# MariaDB (Unix socket only, data in $BW_WP_STATE) and `php -S` on 127.0.0.1 only, writes
# /etc/wordpress/config-127.0.0.1.php, and removes all of that again when it ends (the packages
# stay). Nothing is downloaded but Debian's packages; WordPress itself is told to make no
# outgoing requests. Steps:
#   1. packages  2. bundle and plugin (npm run build, wordpress/build-plugin.mjs)  3. database
#   4. WordPress config, plugin, feed  5. install, Editor, plugin activation (tests/cms/wp-setup.php)
#   6. php -S  7. Chromium: the Editor publishes a page, a visitor sees the widgets (tests/cms/wordpress-e2e.mjs)
#
# Environment: BW_WP_PORT (8089), BW_WP_STATE (/tmp/bildung-wordpress-e2e), BW_WP_KEEP=1 leaves
# WordPress running at http://127.0.0.1:$BW_WP_PORT/ (stop it by the PIDs it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${BW_WP_PORT:-8089}
STATE=${BW_WP_STATE:-/tmp/bildung-wordpress-e2e}
HOST=127.0.0.1
CONFIG=/etc/wordpress/config-$HOST.php
CONTENT=/var/lib/wordpress/wp-content
MARKER='Written by bildung-widgets scripts/wordpress-e2e.sh'

step() { printf '\n== %s\n' "$*"; }
die() { echo "wordpress-e2e: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs Debian packages): sudo $0"
if [ -e "$CONFIG" ] && ! grep -q "$MARKER" "$CONFIG"; then die "$CONFIG exists and is not ours; not touching it"; fi

DB_PID=
PHP_PID=
CREATED_POLICY=
cleanup() {
  local code=$?
  if [ "${BW_WP_KEEP:-}" = 1 ] && [ $code = 0 ]; then
    echo "WordPress keeps running: http://$HOST:$PORT/ (stop it: kill -- -$PHP_PID; kill $DB_PID)"
  else
    # php -S runs with worker processes in its own process group: stop the whole group.
    [ -n "$PHP_PID" ] && kill -- "-$PHP_PID" 2>/dev/null || true
    [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
    [ -f "$CONFIG" ] && grep -q "$MARKER" "$CONFIG" && rm -f "$CONFIG"
    rm -rf "$CONTENT/plugins/bildung-widgets" "$CONTENT/uploads/bildung"
  fi
  [ -n "$CREATED_POLICY" ] && rm -f /usr/sbin/policy-rc.d
  exit $code
}
trap cleanup EXIT

rm -rf "$STATE"
mkdir -p "$STATE"

step "1. Debian packages"
# No service may start on its own (Apache comes with the php package): policy-rc.d says no.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  CREATED_POLICY=1
fi
PACKAGES="wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server php php-cli php-mysql"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends $PACKAGES >"$STATE/apt.log" 2>&1; then
  apt-get update >>"$STATE/apt.log" 2>&1
  apt-get install -y --no-install-recommends $PACKAGES >>"$STATE/apt.log" 2>&1 || { tail -20 "$STATE/apt.log"; die "apt-get install failed"; }
fi
dpkg-query -W -f='   ${Package} ${Version}\n' wordpress mariadb-server php8.2-cli php8.2-mysql

step "2. Bundle and plugin"
if [ ! -f dist/bildung-widgets.js ]; then npm run build --silent; fi
node wordpress/build-plugin.mjs

step "3. MariaDB (Unix socket only, data in $STATE/db)"
mariadb-install-db --user=root --datadir="$STATE/db" --skip-test-db --auth-root-authentication-method=socket >"$STATE/db-install.log" 2>&1 \
  || { tail -20 "$STATE/db-install.log"; die "mariadb-install-db failed"; }
mariadbd --user=root --datadir="$STATE/db" --socket="$STATE/db.sock" --pid-file="$STATE/db.pid" --skip-networking \
  --log-error="$STATE/db.log" &
DB_PID=$!
for _ in $(seq 120); do [ -S "$STATE/db.sock" ] && break; sleep 0.25; done
[ -S "$STATE/db.sock" ] || { tail -20 "$STATE/db.log"; die "MariaDB did not start"; }
DB_PASS=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
mariadb --socket="$STATE/db.sock" -uroot <<SQL
CREATE DATABASE bildung_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'bildung_wp'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL ON bildung_wp.* TO 'bildung_wp'@'localhost';
SQL
echo "   mariadbd PID $DB_PID"

step "4. WordPress config, plugin, feed"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$CONFIG" <<PHP
<?php
// $MARKER; removed when it ends.
define('DB_NAME', 'bildung_wp');
define('DB_USER', 'bildung_wp');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost:$STATE/db.sock');
define('WP_HOME', 'http://$HOST:$PORT');
define('WP_SITEURL', 'http://$HOST:$PORT');
// The point of the test: editors get WordPress's HTML filter (kses), as on most district sites.
define('DISALLOW_UNFILTERED_HTML', true);
// WordPress itself makes no request to other servers (updates, oEmbed, fonts, cron loopbacks).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$STATE/wp-debug.log');
define('AUTH_KEY', '$(salt)'); define('SECURE_AUTH_KEY', '$(salt)'); define('LOGGED_IN_KEY', '$(salt)'); define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)'); define('SECURE_AUTH_SALT', '$(salt)'); define('LOGGED_IN_SALT', '$(salt)'); define('NONCE_SALT', '$(salt)');
PHP
mkdir -p "$CONTENT/plugins" "$CONTENT/uploads/bildung"
rm -rf "$CONTENT/plugins/bildung-widgets"
cp -r wordpress/bildung-widgets "$CONTENT/plugins/bildung-widgets"
rm -f "$CONTENT/plugins/bildung-widgets/assets/.gitignore"
cp docs/example-feed.json "$CONTENT/uploads/bildung/feed.json"
chown -R www-data:www-data "$CONTENT/uploads" 2>/dev/null || true
echo "   $CONFIG, $CONTENT/plugins/bildung-widgets, $CONTENT/uploads/bildung/feed.json"

step "5. Install WordPress, an Editor, activate the plugin"
ADMIN_PASS=$(salt | head -c 20)
EDITOR_PASS=$(salt | head -c 20)
php tests/cms/wp-setup.php "$HOST:$PORT" "$ADMIN_PASS" "$EDITOR_PASS" | tee "$STATE/setup.json"
grep -q '"editor_unfiltered_html":false' "$STATE/setup.json" || die "the Editor may post unfiltered HTML: DISALLOW_UNFILTERED_HTML did not take"

step "6. php -S on $HOST:$PORT"
if curl -s -o /dev/null "http://$HOST:$PORT/"; then die "something already answers on $HOST:$PORT (set BW_WP_PORT)"; fi
PHP_CLI_SERVER_WORKERS=4 setsid php -S "$HOST:$PORT" -t /usr/share/wordpress tests/cms/wp-router.php >"$STATE/php.log" 2>&1 &
PHP_PID=$!
for _ in $(seq 60); do curl -sf -o /dev/null "http://$HOST:$PORT/wp-login.php" && break; sleep 0.25; done
curl -sf -o /dev/null "http://$HOST:$PORT/wp-login.php" || { tail -20 "$STATE/php.log"; die "php -S did not answer"; }
echo "   php -S PID $PHP_PID"

step "7. Chromium: an Editor publishes, a visitor looks"
node tests/cms/wordpress-e2e.mjs "http://$HOST:$PORT" redaktion "$EDITOR_PASS" "$STATE/page.png"
echo "   screenshot: $STATE/page.png"
# The plugin must not add a single PHP notice. (WordPress 6.1 on PHP 8.2 logs deprecations of its
# own, and warnings that WP_HTTP_BLOCK_EXTERNAL kept it from calling wordpress.org.)
if grep -i 'bildung' "$STATE/wp-debug.log" 2>/dev/null; then die "the plugin caused PHP notices (above)"; fi
echo "   PHP notices from the plugin: none ($(wc -l <"$STATE/wp-debug.log" 2>/dev/null || echo 0) lines of WordPress's own in $STATE/wp-debug.log)"
