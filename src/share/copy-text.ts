/** Copy through the async clipboard; where it is refused (no permission, plain http), select the field instead. */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}
