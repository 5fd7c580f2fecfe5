/**
 * The day of a visit said before the question (issue 16, twenty-seventh round): « Je dois revoir M.
 * Dubois la semaine prochaine. Un plan d’apurement est-il en place pour Martin Dubois ? », « Je vois
 * vendredi le directeur de l’Hôtel du Parc. Pourriez-vous m’indiquer le DSO de ce client ? ». The
 * sentence says when the asker meets someone; its day is the meeting's, never the question's period —
 * while the customer it names may be the one the question means (« ce client »), so only its dates
 * are blanked (spaces, every other word in its place), not the sentence.
 *
 * The sign: a sentence opening on the asker (« je », « j’ », « on », « nous ») with a verb of meeting
 * or calling someone (« vois », « revoir », « rencontre », « passe voir », « rends visite »,
 * « déjeune avec », « rendez-vous », « appelle »), asking nothing (no « ? »), followed by another
 * sentence (or clause: « je vois Dupont demain, ses impayés ? »). Pure.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { extractDates } from './dates';
import { TokenSet } from './patterns';
import { readableTokens } from './phrasings';
import { tokenize } from './tokens';

const VISIT =
  /^\s*(?:je|j['’]|on|nous)\s*(?:(?:dois|vais|devrais|compte|pense|veux|voudrais|dois\s+aller|vais\s+aller|devons|allons|passe|passerai)\s+)?(?:vois|voir|revois|revoir|verrai|rencontre|rencontrer|rencontrerai|passe\s+voir|passer\s+voir|rends\s+visite|rendre\s+visite|d[ée]jeune|d[ée]jeuner|d[ée]jeunerai|ai\s+(?:un\s+)?(?:rendez[\s-]vous|rdv)|ai\s+rendez[\s-]vous|appelle|appeler|rappelle|rappeler|visite|visiter|suis\s+(?:chez|avec))(?![\p{L}])(?!\s*(?:que|qu['’\s]|bien|pas|rien|mal|comment|si|pourquoi|où|ou\b))/iu;

/** The text with the dates of a visit's sentence blanked (same length). */
export function withoutVisitDates(text: string, today: CalendarDate): string {
  if (
    !/\b(?:vois|voir|revoir|verrai|rencontr|visite|d[ée]jeun|rendez|rdv|appel|rappel|chez|avec)/iu.test(text)
  )
    return text;
  let out = text;
  // Sentences and clauses, « M. Dubois » not cut at its dot.
  for (const m of text.matchAll(
    /(?:[^.!?\n,;]|(?<=(?:^|[\s(])(?:M|Mr|Mme|Mlle|Dr|Me|St|Ste))\.)+[.!\n,;]+(?=\s*\S)/gu,
  )) {
    const sentence = m[0];
    if (!VISIT.test(sentence)) continue;
    const tokens = new TokenSet(readableTokens(tokenize(sentence)));
    extractDates(tokens, today);
    for (let i = 0; i < tokens.list.length; i++) {
      if (tokens.isFree(i)) continue;
      const t = tokens.list[i]!;
      const from = m.index + t.start;
      const to = m.index + t.end;
      if (to <= from || to > out.length) continue;
      out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
    }
  }
  return out;
}
