import type { Messages } from './i18n/i18n.js';
import { formatFileInfo } from './format.js';

/** File types worth naming when a feed gives a download without `type`. */
const KNOWN_TYPES = new Set(['pdf', 'docx', 'doc', 'odt', 'xlsx', 'xls', 'ods', 'csv', 'pptx', 'ppt', 'odp', 'zip', 'txt', 'rtf', 'epub', 'mp3', 'mp4']);

/**
 * The file type of a download: the feed's `type`, else the extension of the URL's path when it
 * is a common document type (`…/bericht.pdf` → `pdf`), else `undefined`.
 */
export function downloadType(url: string, type?: string): string | undefined {
  if (type?.trim()) return type.trim();
  try {
    const ext = /\.([a-z0-9]{2,4})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    return ext && KNOWN_TYPES.has(ext) ? ext : undefined;
  } catch {
    return undefined;
  }
}

/** "PDF, 2,3 MB" for a download (type from the URL when the feed names none), or `undefined`. */
export function downloadInfo(m: Messages, file: { url: string; type?: string; size?: number }): string | undefined {
  return formatFileInfo(m, downloadType(file.url, file.type), file.size);
}
