<?php
/**
 * Plugin Name:       Bildungs-Widgets
 * Description:       Bildungsangebote, Termine, Bildungsberichte und Kennzahlen aus dem Bildungs-Feed des Kreises auf WordPress-Seiten zeigen: per Shortcode oder mit einem HTML-Baustein. Lädt nur Dateien vom eigenen Server.
 * Version:           0.1.0
 * Requires at least: 5.0
 * Requires PHP:      7.4
 * Author:            bildung-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       bildung-widgets
 *
 * What it does:
 * - Shortcodes [bildung_angebote], [bildung_termine], [bildung_berichte], [bildung_indikator] and
 *   the enclosing [bildung_quelle]…[/bildung_quelle] write the widgets' tags
 *   (<bildung-angebote src="…">): a shortcode's output is not filtered, so the tag survives for
 *   editors without the unfiltered_html capability too, and the page needs no second file.
 *   Editors may write the data-attribute form (<div data-bildung-widget="angebote" data-src="…">)
 *   themselves in a "Custom HTML" block, as WordPress's HTML filter strips unknown tags there;
 *   the module then fetches assets/bildung-widgets.mount.js, which turns it into the widget.
 * - It loads assets/bildung-widgets.js (the widgets, copied in by wordpress/build-plugin.mjs) as
 *   a JavaScript module, from this site, only on pages that show a widget; on an English page the
 *   module fetches assets/bildung-widgets.en.js (copied in with it) next to itself. No request
 *   goes to any other server: no CDN, no fonts, no tracking.
 * - Settings → Bildungs-Widgets: the address of the feed, so editors need not write it.
 */

defined( 'ABSPATH' ) || exit;

define( 'BILDUNG_WIDGETS_VERSION', '0.1.0' );
define( 'BILDUNG_WIDGETS_HANDLE', 'bildung-widgets' );

/**
 * The attributes each widget documents (README "API reference"), by shortcode. Nothing else is
 * passed on: a shortcode attribute never becomes an event handler or a style.
 */
function bildung_widgets_definitions() {
	$common = array( 'src', 'lang', 'debug', 'id' );
	return array(
		'angebote'  => array_merge( $common, array( 'page-size', 'filters', 'area', 'audience', 'municipality', 'url-state' ) ),
		'termine'   => array_merge( $common, array( 'category', 'limit', 'more-href' ) ),
		'berichte'  => array_merge( $common, array( 'area' ) ),
		'indikator' => array_merge( $common, array( 'indicator', 'region', 'compare', 'view', 'heading-level' ) ),
		'quelle'    => array( 'src', 'lang' ),
	);
}

/** URL of the bundled module, served by this site. */
function bildung_widgets_script_url() {
	return plugins_url( 'assets/bildung-widgets.js', __FILE__ );
}

/** Registers the module; it is enqueued only where a widget is shown. */
function bildung_widgets_register() {
	if ( function_exists( 'wp_register_script_module' ) ) {
		// WordPress 6.5 and later know JavaScript modules.
		wp_register_script_module( BILDUNG_WIDGETS_HANDLE, bildung_widgets_script_url(), array(), BILDUNG_WIDGETS_VERSION );
	} else {
		wp_register_script( BILDUNG_WIDGETS_HANDLE, bildung_widgets_script_url(), array(), BILDUNG_WIDGETS_VERSION, true );
	}
}
add_action( 'wp_enqueue_scripts', 'bildung_widgets_register' );

/** Loads the widgets on this page (from a shortcode, or from content that holds the data-attribute form). */
function bildung_widgets_enqueue() {
	if ( ! did_action( 'wp_enqueue_scripts' ) && ! doing_action( 'wp_enqueue_scripts' ) ) {
		bildung_widgets_register();
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( BILDUNG_WIDGETS_HANDLE );
	} else {
		wp_enqueue_script( BILDUNG_WIDGETS_HANDLE );
	}
}

/** Before WordPress 6.5: the registered classic script is printed as a module. */
function bildung_widgets_module_tag( $tag, $handle, $src ) {
	if ( BILDUNG_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
}
add_filter( 'script_loader_tag', 'bildung_widgets_module_tag', 10, 3 );

/** Content that carries the data-attribute form (written by an editor in an HTML block) also loads the widgets. */
function bildung_widgets_detect( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, 'data-bildung-widget' ) ) {
		bildung_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'bildung_widgets_detect', 100 );
add_filter( 'widget_text_content', 'bildung_widgets_detect', 100 );
add_filter( 'widget_block_content', 'bildung_widgets_detect', 100 );

/** A feed or link address: a path on this site (/…) or an http(s) URL, else nothing. */
function bildung_widgets_clean_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || 0 === strpos( $value, '//' ) ) {
		return '';
	}
	return (string) esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * The tag of one widget (<bildung-angebote src="…">). Shortcode attributes may be written with
 * hyphens or underscores (page_size="5" or page-size="5"); `debug` is on unless written as false,
 * as in the data-attribute form.
 *
 * @param string $widget  angebote, termine, berichte, indikator or quelle.
 * @param array  $atts    Shortcode attributes.
 * @param string $content The enclosed content: the widget's fallback (shown until it has loaded).
 */
function bildung_widgets_render( $widget, $atts, $content ) {
	$definitions = bildung_widgets_definitions();
	$allowed     = $definitions[ $widget ];
	$values      = array();
	foreach ( (array) $atts as $name => $value ) {
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( in_array( $name, $allowed, true ) ) {
			$values[ $name ] = (string) $value;
		}
	}
	// Addresses only as a path on this site or http(s); an unusable src gives way to the site's feed.
	foreach ( array( 'src', 'more-href' ) as $name ) {
		if ( isset( $values[ $name ] ) ) {
			$values[ $name ] = bildung_widgets_clean_url( $values[ $name ] );
			if ( '' === $values[ $name ] ) {
				unset( $values[ $name ] );
			}
		}
	}
	// Inside [bildung_quelle src="…"] the widgets take that feed, not the site's.
	static $inside_quelle = 0;
	if ( ! isset( $values['src'] ) && 'quelle' !== $widget && 0 === $inside_quelle ) {
		$default = bildung_widgets_clean_url( get_option( 'bildung_widgets_feed', '' ) );
		if ( '' !== $default ) {
			$values['src'] = $default;
		}
	}
	$tag  = 'bildung-' . $widget;
	$html = '<' . $tag . ' class="bildung-widget bildung-widget-' . esc_attr( $widget ) . '"';
	foreach ( $values as $name => $value ) {
		if ( 'debug' === $name ) {
			// A boolean attribute: present means on, whatever its value.
			if ( ! in_array( strtolower( trim( $value ) ), array( 'false', '0', 'off', 'no', 'nein' ), true ) ) {
				$html .= ' debug';
			}
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$quelle_with_src = 'quelle' === $widget && isset( $values['src'] );
	$inside_quelle  += $quelle_with_src ? 1 : 0;
	$html           .= '>' . do_shortcode( (string) $content ) . '</' . $tag . '>';
	$inside_quelle  -= $quelle_with_src ? 1 : 0;
	bildung_widgets_enqueue();
	return $html;
}

foreach ( array_keys( bildung_widgets_definitions() ) as $bildung_widgets_name ) {
	add_shortcode(
		'bildung_' . $bildung_widgets_name,
		function ( $atts, $content = '' ) use ( $bildung_widgets_name ) {
			return bildung_widgets_render( $bildung_widgets_name, $atts, $content );
		}
	);
}
unset( $bildung_widgets_name );

// ---- Settings → Bildungs-Widgets: the feed address, once for every widget on the site.

function bildung_widgets_settings_init() {
	register_setting(
		'bildung_widgets',
		'bildung_widgets_feed',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'bildung_widgets_clean_url',
			'default'           => '',
		)
	);
}
add_action( 'admin_init', 'bildung_widgets_settings_init' );

function bildung_widgets_settings_menu() {
	add_options_page( 'Bildungs-Widgets', 'Bildungs-Widgets', 'manage_options', 'bildung-widgets', 'bildung_widgets_settings_page' );
}
add_action( 'admin_menu', 'bildung_widgets_settings_menu' );

function bildung_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1>Bildungs-Widgets</h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'bildung_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="bildung_widgets_feed">Adresse des Feeds</label></th>
					<td>
						<input name="bildung_widgets_feed" id="bildung_widgets_feed" type="text" class="regular-text code" value="<?php echo esc_attr( get_option( 'bildung_widgets_feed', '' ) ); ?>" placeholder="/wp-content/uploads/bildung/feed.json">
						<p class="description">Die JSON-Datei mit den Angeboten, Terminen, Berichten und Kennzahlen, am besten auf diesem Server. Shortcodes ohne <code>src</code> zeigen diesen Feed.</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2>So binden Redakteurinnen und Redakteure ein Widget ein</h2>
		<p><code>[bildung_angebote page_size="10"]&lt;a href="/angebote.pdf"&gt;Alle Angebote als PDF&lt;/a&gt;[/bildung_angebote]</code></p>
		<p><code>[bildung_termine limit="5"]</code> · <code>[bildung_berichte]</code> · <code>[bildung_indikator indicator="B1.1"]</code></p>
	</div>
	<?php
}
