/** A comma-list attribute (`area="schule, kita"`) as trimmed, non-empty values. */
export function commaList(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
