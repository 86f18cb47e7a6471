<?php
// Installs Debian's WordPress for the end-to-end test (scripts/wordpress-e2e.sh): site, admin,
// an Editor, the plugin activated, the feed address set. Prints one JSON line.
//   php tests/cms/wp-setup.php 127.0.0.1:8089 <admin password> <editor password>
[, $host, $adminPass, $editorPass] = $argv;
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = explode(':', $host)[0];
$_SERVER['SERVER_PORT'] = explode(':', $host)[1] ?? '80';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// No mail server here: WordPress's "your new site" mail is not sent.
add_filter('pre_wp_mail', '__return_false');
if (!is_blog_installed()) {
    wp_install('Landkreis Musterstadt', 'admin', 'admin@example.org', false, '', wp_slash($adminPass), 'de_DE');
}
update_option('WPLANG', 'de_DE');
update_option('permalink_structure', '');
update_option('bildung_widgets_feed', '/wp-content/uploads/bildung/feed.json');

$result = activate_plugin('bildung-widgets/bildung-widgets.php');
if (is_wp_error($result)) {
    fwrite(STDERR, 'activate_plugin: ' . $result->get_error_message() . "\n");
    exit(1);
}

$editor = get_user_by('login', 'redaktion');
$data = ['user_login' => 'redaktion', 'user_pass' => $editorPass, 'user_email' => 'redaktion@example.org', 'display_name' => 'Redaktion', 'role' => 'editor'];
if ($editor) {
    $data['ID'] = $editor->ID;
}
$id = $editor ? wp_update_user($data) : wp_insert_user($data);
if (is_wp_error($id)) {
    fwrite(STDERR, 'user: ' . $id->get_error_message() . "\n");
    exit(1);
}

echo json_encode([
    'wordpress' => get_bloginfo('version'),
    'theme' => wp_get_theme()->get_stylesheet(),
    'language' => get_option('WPLANG'),
    'plugin_active' => is_plugin_active('bildung-widgets/bildung-widgets.php'),
    'disallow_unfiltered_html' => defined('DISALLOW_UNFILTERED_HTML') && DISALLOW_UNFILTERED_HTML,
    'editor_unfiltered_html' => user_can($id, 'unfiltered_html'),
    'editor_publish_pages' => user_can($id, 'publish_pages'),
]) . "\n";
