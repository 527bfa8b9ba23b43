/**
 * Reads the card-company boxes (`data-company-box`) out of rendered HTML, for tests that check what a
 * visitor reads in them. A box is a <div>; its end is found by counting <div> and </div>.
 */
export function companyBoxes(html: string): string[] {
  const boxes: string[] = [];
  const marker = /<div[^>]*\bdata-company-box=""[^>]*>/g;
  for (let m = marker.exec(html); m; m = marker.exec(html)) {
    const tag = /<\/?div\b[^>]*>/g;
    tag.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[0].startsWith("</") ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    boxes.push(html.slice(m.index, end));
  }
  return boxes;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };

/**
 * The sentences a visitor reads in a box: text between tags, split after 。！？. Citations (the small
 * 「出典：…」 notes) are left out: they name the sources of the facts, and two facts may share one.
 */
export function boxSentences(box: string): string[] {
  // A link's domain label (「（www.jcb.co.jp）」) repeats rightly when two links lead to the same site.
  const withoutNotes = box.replace(/<small class="source-note">.*?<\/small>/gs, "").replace(/<span class="url-host">.*?<\/span>/gs, "");
  return withoutNotes
    .split(/<[^>]+>/)
    .map((t) => t.replace(/&[#a-z0-9]+;/gi, (e) => ENTITIES[e] ?? e))
    .flatMap((t) => t.split(/(?<=[。！？])/))
    .map((s) => s.replace(/\s+/g, " ").trim())
    // Labels and brackets alone (「：」「（www.…）」 pieces) are not sentences.
    .filter((s) => s.length >= 6);
}

/** Sentences said more than once inside one box. */
export function repeatedInBox(box: string): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const s of boxSentences(box)) {
    if (seen.has(s)) repeats.push(s);
    seen.add(s);
  }
  return repeats;
}
