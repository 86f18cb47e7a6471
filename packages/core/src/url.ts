/** The only schemes a feed URL may become a link with. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** True for an absolute http(s), mailto or tel URL written without tricks (no leading blanks, no control characters). */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A link target for an untrusted URL, or `undefined` when it must not become a link. */
export function safeHref(value: unknown): string | undefined {
  return isSafeUrl(value) ? value : undefined;
}

/** `tel:` link for a phone number as written in a feed ("04621 555-120" → "tel:04621555120"). */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const digits = phone.replace(/[\s\-/().]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` link for a plain e-mail address, or `undefined` for anything else. */
export function mailHref(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.replace(/^mailto:/i, '').trim();
  return /^[^\s@<>"'(),;:\\]+@[^\s@<>"'(),;:\\]+\.[^\s@<>"'(),;:\\]+$/.test(address)
    ? `mailto:${address}`
    : undefined;
}
