// Packs the WordPress plugin: copies the built widgets (dist/bildung-widgets.js and the files
// that belong to it, such as bildung-widgets.en.js with the English strings, from
// `npm run build`) into wordpress/bildung-widgets/assets/ and writes
// wordpress/dist/bildung-widgets-<version>.zip, ready for Plugins → Upload in WordPress.
//   node wordpress/build-plugin.mjs
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const plugin = join(here, 'bildung-widgets');
const bundle = join(root, 'dist', 'bildung-widgets.js');
if (!existsSync(bundle)) {
  console.error('dist/bildung-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
// The bundle loads these from its own folder when it needs them (import('./bildung-widgets.en.js')).
const belonging = readdirSync(join(root, 'dist')).filter((name) => /^bildung-widgets\.[\w-]+\.js$/.test(name));
for (const name of ['bildung-widgets.js', ...belonging]) copyFileSync(join(root, 'dist', name), join(plugin, 'assets', name));

const version = /Version:\s*([\d.]+)/.exec(readFileSync(join(plugin, 'bildung-widgets.php'), 'utf8'))[1];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.gitignore') return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// A plain ZIP (deflate), as WordPress's uploader reads it: local headers, central directory, end record.
const locals = [];
const centrals = [];
let offset = 0;
for (const path of files(plugin).sort()) {
  const name = Buffer.from(`bildung-widgets/${relative(plugin, path).split('\\').join('/')}`);
  const data = readFileSync(path);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(0x0800, 6); // UTF-8 names
  head.writeUInt16LE(8, 8); // deflate
  head.writeUInt32LE(0, 10); // time and date: 1980-01-01, for reproducible archives
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(packed.length, 18);
  head.writeUInt32LE(data.length, 22);
  head.writeUInt16LE(name.length, 26);
  locals.push(head, name, packed);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  centrals.push(central, name);
  offset += head.length + name.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(centrals.length / 2, 8);
end.writeUInt16LE(centrals.length / 2, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
mkdirSync(join(here, 'dist'), { recursive: true });
const zip = join(here, 'dist', `bildung-widgets-${version}.zip`);
writeFileSync(zip, Buffer.concat([...locals, directory, end]));
console.log(`${relative(root, zip)} (${centrals.length / 2} files)`);
