/**
 * An invoice number corrected by another (issue 16, left by the eleventh round): « historique
 * F2026-1042 enfin F2026-1043 », « la F2026-1042, non F2026-1043 », « mettre F2026-1048 en litige,
 * non plutôt F2026-1049 », « F2026-1042 euh pardon la 1043 » — the invoice finally meant replaces
 * the last one said before it, with or without a comma, after « enfin », « non », « pardon »,
 * « plutôt », « je veux dire »; the correction itself goes. Digits alone closing the correction
 * replace the number's last digits (« F2026-1042, enfin 1043 »). Read before the other
 * self-corrections (./self-corrections.ts), for which « enfin » followed by no word said again is a
 * rewording. Linear: one pass of the text for the corrections, one for the invoices before each.
 */

const INVOICE_SOURCE = String.raw`F\s?\d{4}[-\s]?\d{1,6}`;
const INVOICE = new RegExp(String.raw`(?<![\p{L}\p{N}])${INVOICE_SOURCE}(?![\p{N}])`, 'giu');

const OPENING = String.raw`(?:euh\s*,?\s*)?(?:non(?:\s*,?\s*(?:pardon|attends?|d[ée]sol[ée]e?))?(?:\s*,?\s*plut[ôo]t)?|pardon|enfin(?:\s*,?\s*je\s+veux\s+dire)?|je\s+veux\s+dire|ou\s+plut[ôo]t|plut[ôo]t)`;

/** The correction: its opening, then an invoice number or its last digits closing the clause. */
const CORRECTION = new RegExp(
  String.raw`(?<![\p{L}])${OPENING}\s*,?\s*(?:(?:la|le|l['’])\s*)?(?:facture\s+)?(?:(${INVOICE_SOURCE})(?![\p{L}\p{N}-])|(\d{3,6})(?=\s*(?:[?!.,;]|$)))`,
  'giu',
);

export function withInvoiceCorrections(text: string): string {
  if (!/\d/.test(text) || !/\bF\s?\d{4}/i.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(CORRECTION)) {
    // The comma and spaces before the correction go with it.
    let at = m.index;
    while (at > from && /[\s,]/.test(text[at - 1]!)) at--;
    const before = text.slice(from, at);
    const said = [...before.matchAll(INVOICE)].pop();
    if (!said) continue;
    const saidText = said[0];
    let meant = m[1];
    if (meant === undefined) {
      const digits = /\d+$/.exec(saidText)![0];
      if (m[2]!.length > digits.length) continue;
      meant = saidText.slice(0, saidText.length - m[2]!.length) + m[2]!;
    }
    out += before.slice(0, said.index) + meant + before.slice(said.index + saidText.length) + ' ';
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}
