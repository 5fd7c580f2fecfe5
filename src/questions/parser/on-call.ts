/**
 * A rep typing during a call (issue 16, fifteenth round): « jsuis avec la SGH là, il dit qu'il a
 * payé la F2026-1042, tu vois qqch ? ». The customer claims an invoice is paid and the rep wants to
 * check: what was done and received on that invoice is its history — never the money received by
 * everyone, which says nothing of that invoice. Read when a payment already made (« qu'il a payé /
 * réglé / viré / versé », « avoir payé », « c'est payé », « la F… est réglée ? »), claimed or asked,
 * goes with an invoice's number; a payment to come (« il dit qu'il paiera lundi ») stays a promise,
 * and another command said with it (« …, lève le litige ») is that command.
 */
import { AP, B, S, W } from './regex-fragments';

/** A payment already made: « qu'il a payé », « avoir réglé », « c'est payé », « ils ont viré ». */
const PAID = new RegExp(
  `${W}(?:(?:a|ai|avons|avez|ont|aurait|auraient|avoir)${S}(?:d${'[eé]'}j${'[aà]'}${S}|bien${S})?(?:${'[eé]'}t${'[eé]'}${S})?(?:pay${'[eé]'}e?|r${'[eé]'}gl${'[eé]'}e?|vir${'[eé]'}e?|vers${'[eé]'}e?|sold${'[eé]'}e?)|(?:est|c${AP}est|serait)${S}(?:d${'[eé]'}j${'[aà]'}${S})?(?:pay${'[eé]'}e|r${'[eé]'}gl${'[eé]'}e|sold${'[eé]'}e|pay${'[eé]'}|r${'[eé]'}gl${'[eé]'}|sold${'[eé]'}))${B}`,
  'iu',
);

/** An invoice's number (« F2026-1042 », as the autocorrect joined it). */
const INVOICE = /(?<![\p{L}\p{N}])(\p{L}{1,3}\d{4}-\d{2,})(?![\p{L}\p{N}])/u;

/** Another command said with the claim (« il dit qu'il a payé la F…, lève le litige »): that one. */
const OTHER_COMMAND =
  /litige|contest|promet|promis|promesse|paiera|payera|r[eè]glera|va\s+(?:payer|r[eé]gler)|alias|fiche/iu;

/** The history of the invoice whose payment is claimed, or the text as it was. */
export function withPaymentClaimChecked(text: string): string {
  const invoice = INVOICE.exec(text);
  if (!invoice) return text;
  if (!PAID.test(text) || OTHER_COMMAND.test(text)) return text;
  return `historique ${invoice[1]!.toUpperCase()}`;
}
