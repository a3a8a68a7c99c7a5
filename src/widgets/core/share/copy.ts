/**
 * Copying a text the reader can also see, in a field: the Clipboard API first; where that is
 * refused (an iframe whose page did not grant `clipboard-write`, a page over plain http), the
 * field's text is selected and the browser's own copy command is tried; where that fails too, the
 * text stays selected for the reader's Ctrl+C.
 */
export type CopyOutcome = 'copied' | 'selected';

/** Whether this document may use the Clipboard API, where the browser says (Chromium does). */
function clipboardAllowed(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy;
  return policy?.allowsFeature('clipboard-write') !== false;
}

export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<CopyOutcome> {
  // A frame without clipboard-write is not asked (the browser would log the refusal as an error).
  if (clipboardAllowed())
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // refused, or no Clipboard API here: fall through to the selection
    }
  field.focus();
  field.select();
  field.setSelectionRange(0, field.value.length);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // no copy command either
  }
  return 'selected';
}

/** What the dialog says after a copy of `what` ("the link"). */
export function copyMessage(outcome: CopyOutcome, what: string): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  return outcome === 'copied'
    ? `Copied ${what}.`
    : `This page does not let the figure copy: ${what} is selected, press ${mac ? '⌘C' : 'Ctrl+C'} to copy it.`;
}
