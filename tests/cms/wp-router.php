<?php
// Router for `php -S` serving Debian's WordPress (scripts/wordpress-e2e.sh): Debian keeps
// /wp-content/ in /var/lib/wordpress/wp-content (themes are symlinks into /usr/share/wordpress),
// which Apache maps with an Alias; here this router does. Everything else is WordPress as usual.
$path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wp-content/') === 0) {
    $file = realpath('/var/lib/wordpress' . $path);
    $allowed = $file !== false && is_file($file)
        && (strpos($file, '/var/lib/wordpress/wp-content/') === 0 || strpos($file, '/usr/share/wordpress/wp-content/') === 0)
        && !preg_match('/\.(php|phtml|phar)$/i', $file);
    if (!$allowed) {
        http_response_code(404);
        echo 'Not found';
        return true;
    }
    $types = [
        'js' => 'text/javascript; charset=utf-8', 'mjs' => 'text/javascript; charset=utf-8', 'css' => 'text/css; charset=utf-8',
        'json' => 'application/json; charset=utf-8', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg',
        'woff2' => 'font/woff2', 'woff' => 'font/woff', 'map' => 'application/json', 'txt' => 'text/plain; charset=utf-8',
    ];
    $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}
return false;
