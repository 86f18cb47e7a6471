/**
 * The only links a feed URL may become: absolute http(s), mailto and tel, written without tricks
 * (no blanks or control characters anywhere, so no " javascript:" or "java\tscript:"). The
 * scheme test alone decides safety; it is a plain pattern because it runs for every URL of a
 * feed of 100,000 offers.
 */
const SAFE_URL = /^(?:https?:\/\/[^\s\u0000-\u001f\u007f/?#][^\s\u0000-\u001f\u007f]*|(?:mailto|tel):[^\s\u0000-\u001f\u007f]+)$/i;

/** True for an absolute http(s), mailto or tel URL written without tricks. */
export function isSafeUrl(value: unknown): value is string {
  return typeof value === 'string' && SAFE_URL.test(value);
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
