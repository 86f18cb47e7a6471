import type { Messages } from './i18n/i18n.js';
import { formatFileInfo } from './format.js';

/** The extension of a file type worth naming when a feed gives a download without `type`. */
const KNOWN_TYPE = /\.(pdf|docx?|odt|xlsx?|ods|csv|pptx?|odp|zip|txt|rtf|epub|mp[34])$/i;

/**
 * The file type of a download: the feed's `type`, else the extension of the URL's path when it
 * is a common document type (`…/bericht.pdf` → `pdf`), else `undefined`.
 */
export function downloadType(url: string, type?: string): string | undefined {
  if (type?.trim()) return type.trim();
  try {
    return KNOWN_TYPE.exec(new URL(url).pathname)?.[1]!.toLowerCase();
  } catch {
    return undefined;
  }
}

/** "PDF, 2,3 MB" for a download (type from the URL when the feed names none), or `undefined`. */
export function downloadInfo(m: Messages, file: { url: string; type?: string; size?: number }): string | undefined {
  return formatFileInfo(m, downloadType(file.url, file.type), file.size);
}
