/**
 * Copies text for the user: the Clipboard API first, and without clipboard permission or focus
 * (an extension page that has just lost it) a selected, temporary text area and the copy command.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    doc.body.append(area);
    area.select();
    doc.execCommand('copy');
    area.remove();
  }
}
