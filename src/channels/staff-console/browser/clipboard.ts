/**
 * Copies text for the hotline operator: navigator.clipboard where the page may use it, else a
 * selected, off-screen textarea and the legacy copy command. Resolves to whether it worked.
 */

/** The legacy path: select the text in a temporary textarea and ask the browser to copy it. */
export function copyWithTextarea(text: string, doc: Document = document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.tabIndex = -1;
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  area.style.opacity = "0";
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.append(area);
  area.select();
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus(); // keep the operator where they were (the 复制答复 button)
  return copied;
}

export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied or not focused: fall through to the textarea.
    }
  }
  return copyWithTextarea(text);
}

/** The ready-to-read answer for one search result: the passage, then where it comes from. */
export function readyAnswer(result: { snippet: string; sourceLine: string }): string {
  return `${result.snippet}\n${result.sourceLine}`;
}
