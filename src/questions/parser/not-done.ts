/**
 * What Relances does not do, asked with a word of its domain (issue 16, fifth round): a forecast
 * (« forecast de trésorerie du T1 », « prévisionnel d’encaissements »), a budget, or an accounting
 * entry (« passer l’écriture de provision pour créances douteuses », « comptabiliser la
 * provision »), or the turnover (« le CA prévu pour l’an prochain »). Relances reads the ledger as it stands and as it stood; it neither predicts nor
 * posts entries — such a question is not understood (what was understood and close examples),
 * never a figure of another kind. Eighteenth round: orders the ladder takes on its own (a reminder
 * sent, stopped or scheduled by hand, a channel it does not use — SMS, telephone), an invoice sent or
 * printed, late penalties and interest, a write-off ordered, the future (« quel sera le DSO »), the
 * turnover invoiced (« combien on a facturé ? »), the law's costs and procedures started from the chat.
 */
import type { Token } from './tokens';

const RULES: readonly RegExp[] = [
  // Credit limits and holds (« qui dépasse son encours autorisé ? », « l'encours maximum », « les
  // clients bloqués »): Relances keeps no limit and blocks no order — the balances would answer
  // another question (leftover of the twenty-seventh round).
  /\bencours (?:\S+ )?(?:autorises?|maxi\w*|max|plafond|limites?|accordes?)\b|\b(?:plafonds?|limites?) (?:d )?(?:encours|de credit|credit)\b|\bdepass\w* (?:\S+ ){0,2}(?:encours|plafonds?|(?<!date )limites? (?!de paiement))\b|\b(?:clients?|comptes?) bloques?\b|\bbloques? (?:en |les )?(?:commandes?|livraisons?)\b/,
  // A forecast or a budget; factoring (« si on affacture le poste clients », « coût d’un factor »):
  // a financing decision, no figure of the ledger.
  /\b(?:affactur\w*|factoring|factor|affactureur|affactureurs|mobiliser|mobilisation)\b/,
  // A forecast or a budget.
  /\b(?:forecast|forecasts|previsionnel|previsionnels|prevision|previsions|projection|projections|budget|budgets|budgetaire)\b/,
  // An accounting entry: « passer / comptabiliser / enregistrer l’écriture (de provision) », « provisionner ».
  /\b(?:passer|passe|passez|comptabiliser|comptabilise|comptabilisez|saisir|saisis|saisissez)\b(?: \S+){0,3} (?:ecriture|ecritures|provision|provisions|od)\b/,
  /\bprovisionner\b|\bprovisionnez\b|\bdotation\b|\bdotations\b/,
  // … a loss to post (« comptabiliser la perte de X », English « book a write-off for X »: ./american.ts).
  /\b(?:comptabiliser|comptabilisez)\b(?: \S+){0,3} (?:pertes?|irrecouvrables?)\b/,
  // The turnover (« le CA prévu », « notre chiffre d’affaires »): sales, not receivables (« ça » is
  // typed « ca » too: « ça va mieux », « ça donne quoi » keep their meaning).
  // Making an invoice, a credit note or a quote (issue 16, ninth round: « cré une factur pour
  // dupont », « établis un avoir », « create an invoice »): invoicing is the ERP's work, Relances
  // only chases what is invoiced.
  /\b(?:cree|creer|creez|crees|fais|faire|faites|emets|emettre|emettez|etablis|etablir|etablissez|genere|generer|generez|redige|rediger|redigez|create)\b(?: \S+)? (?:une|un|des|nouvelle|nouveau|an|a|new) (?:\S+ )?(?:facture|factures|avoir|avoirs|devis|invoice|invoices|quote|quotes)\b/,
  /\b(?:create|creates|raise|generate|draft)\b(?: \S+){0,2} (?:invoice|invoices|facture|factures|credit note|quote)\b/,
  /\bchiffres? d affaires\b|\b(?:le|du|notre|votre|son|leur|mon|au) ca\b(?! (?:va|marche|donne|fait|sert|s|en|change|fonctionne))/,
  // Issue 16, eighteenth round — orders Relances does not take from the chat, asked with the ladder's
  // words: a reminder sent, stopped or scheduled by hand (« envoie une mise en demeure à X », « annule
  // / suspends / mets en pause les relances de X », « programme une relance pour lundi »); the ladder
  // runs itself (the day's card sends what is due).
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous|pourrais tu|il faut|faut) )?(?:envoie|envoies|envoyer|envoyez|renvoie|renvoyer|renvoyez|adresse|adresser|adressez|expedie|expedier|expediez|fais partir|faire partir|faites partir)(?: lui| leur)? (?:un|une|nouvelle|nouveau) (?:\S+ ){0,2}(?:relances?|rappels?|mises? en demeure|lrar|lettres?|courriers?|recommandes?|prevenances?|sms|textos?)\b/,
  // … or said short, with no article or a definite one, to a customer (« envoie MED à C005 auj »,
  // « expédie la LRAR à Dupont », « balance un recommandé à la SGH demain »): « envoie-moi les
  // impayés » asks figures, and names no letter sent to a customer.
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous|pourrais tu|il faut|faut) )?(?:envoie|envoies|envoyer|envoyez|renvoie|renvoyer|renvoyez|adresse|adresser|adressez|expedie|expedier|expediez|fais partir|faire partir|faites partir|balance(?! agee)|balancer|balancez|declenche|declencher|declenchez)(?: lui| leur)? (?:(?:la|le|les|l|sa|ses|leur|leurs|cette|ce|un|une|des|1) )?(?:(?:\S+ ){0,2}?)(?:relances?|rappels?|mises? en demeure|lrar|lettres? recommandees?|lettres? de relance|courriers?|recommandes?|prevenances?|med|lr) (?:(?:\S+ ){0,3}?)(?:a|au|aux|pour|chez) (?!moi\b|nous\b|me\b)\S/,
  /\b(?:stop|stoppe|stopper|stoppez|suspends|suspend|suspendre|suspendez|arrete|arreter|arretez|annule|annuler|annulez|bloque|bloquer|bloquez|desactive|desactiver|desactivez|met en pause|mets en pause|mettre en pause|mettez en pause)\b (?:\S+ ){0,3}(?:relances?|rappels?|mises? en demeure|lettres?|courriers?|envois?|prevenances?|transmissions?|lrar)\b/,
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:programme|programmer|programmez|planifie|planifier|planifiez|cale|caler|calez|prevois|prevoir|prevoyez|ajoute|ajouter|ajoutez)(?: moi| nous)? (?:un|une|des|nouvelle|nouveau) (?:\S+ ){0,2}(?:relances?|rappels?|mises? en demeure|lettres?|courriers?|mails?|envois?)\b/,
  // … a customer's orders or deliveries held (« bloquer les commandes de l'hôtel en attendant qu'ils
  // paient »): a credit hold, which Relances neither keeps nor sets (thirty-seventh round).
  /\b(?:bloque|bloquer|bloquez|suspends|suspendre|suspendez|stoppe|stopper|stoppez|arrete|arreter|arretez|gele|geler|gelez|coupe|couper|coupez)\b (?:\S+ ){0,3}(?:commandes?|livraisons?|expeditions?)\b/,
  // … a channel the ladder does not use (« relance X par SMS », « par téléphone »).
  /\b(?:sms|texto|textos|whatsapp)\b|\brelanc\w* (?:\S+ ){0,8}?par (?:telephone|tel|phone|appel|fax)\b/,
  // … an invoice sent, printed or made a PDF of (« envoie la facture F… en PDF à X »): the ERP's.
  // « envoie-moi les factures impayées » is the list, to the asker (thirty-sixth round); to the
  // customer (« envoie-lui les factures impayées ») it is copies still.
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:envoie|envoyer|envoyez|renvoie|renvoyer|renvoyez|imprime|imprimer|imprimez|transmets|transmettre|transmettez|exporte|exporter)(?:(?: lui| leur) (?:la|une|les|cette|ces|le) (?:copie |duplicata |pdf )?(?:de |des |du )?(?:la |les )?(?:factures?|avoirs?|duplicatas?|pdf)\b|(?: moi)? (?:la|une|les|cette|ces|le) (?:copie |duplicata |pdf )?(?:de |des |du )?(?:la |les )?(?:factures?|avoirs?|duplicatas?|pdf)\b(?! (?:impayees?|non (?:reglees?|payees?|soldees?)|en retard|echues?|en souffrance|en litige|contestees?|ouvertes?|en attente|qui trainent|de plus de|en cours|restant dues?)\b))/,
  // … a judgment of a level stated (« je pense que le DSO est trop haut, c'est normal ? », « le taux
  // est de 12 %, c'est grave ? »): advice on what the asker already knows, no figure (forty-sixth round).
  /^(?!.*\b(?:quel|quelle|quels|quelles|combien|donne|montre|affiche)\b).*\b(?:est|sont|reste|restent|a|ont|parait|semble)\b(?: \S+){1,8} (?:c est|est ce|c|ca) (?:normal|grave|inquietant|preoccupant|acceptable|raisonnable|bien|mal|bon signe|mauvais signe|dans la norme|dans les clous)(?: ou (?:pas|non))? $/,
  // … a plan set up in English (« set Julien Bernard up on a 6 month payment plan », « put Dupont on a
  // payment plan »: an English imperative, then the plan; forty-eighth round).
  /^ (?:set|put|move|place) (?:\S+ ){1,8}?(?:echeanciers?|plans? de paiement)\b/,
  // … the law's delays (« le délai de prescription d'une créance commerciale »): a lawyer's question,
  // no figure (forty-eighth round; the files under an « injonction de payer » are the firm's list).
  /\b(?:prescription|prescrite?s?|forclusion|forclose?s?)\b/,
  // … late penalties, interest and the recovery fee computed or applied: no figure of the chat.
  /\bpenalites?\b|\b(?:penalty|penalties|interest)\b|\binterets? (?:de retard|moratoires?|legaux)\b|\bindemnites? (?:forfaitaires?|de recouvrement)\b/,
  // … a write-off ordered (« passe la SGH en irrécouvrable »).
  // « passé en irrécouvrable en 2025 ? » is what was written off (the participle, « en » right after);
  // « mets-la en perte », « on abandonne la créance de X » order one (thirty-eighth round).
  // « passe-moi les pertes de 2025 » gives them to the asker: they are listed.
  /^ (?:passe|passez|mets|mettez|classe|classez)(?: (?!en\b|moi\b|nous\b)\S+)(?: \S+){0,5} (?:en |comme )?(?:irrecouvrables?|creances? douteuses?|pertes?)\b/,
  // « mets-la en perte » (its pronoun dropped as « là »), « mets en perte la F2026-1042 »: an
  // imperative no participle spells alike (« passé en irrécouvrable » is what was; fortieth round).
  /^ (?:mets|mettez|passez|classez) (?:en|comme) (?:pertes?|irrecouvrables?)\b/,
  /\b(?:mets|mettez|mettre|passe|passez|passer) (?:la|le|les|l|moi) (?:en|comme) (?:pertes?|irrecouvrables?)\b|\b(?:on|nous|j|je) (?:abandonne|abandonnons|abandonnerai|abandonnera) (?:la|les|cette|ces|sa|leur|leurs) (?:creances?|dettes?|factures?)\b/,
  // … the future: a forecast of a figure (« quel sera le DSO en décembre ? », « combien va-t-on
  // encaisser », « estimation des encaissements », « prévoir les encaissements de décembre »).
  /\b(?:quel|quelle|quels|quelles) (?:sera|seront)\b|\b(?:aurons|aurez|auront) (?:nous|vous|ils)\b|\bcombien (?:va t on|allons nous|vont ils|va t il|vont|va) (?:\S+ )?(?:encaisser|rentrer|recuperer|recouvrer|toucher|avoir)\b/,
  /\b(?:estimation|estimations|estime|estimer|estimez|anticipe|anticiper|anticipation|prevoir|prevois|prevoyez)\b (?:\S+ ){0,3}(?:encaissements?|rentrees?|paiements?|reglements?|dso|impayes?|recouvrements?|retards?)\b/,
  // Issue 16, twentieth round — a figure said in the future (« est-ce que le DSO sera meilleur en
  // mars prochain ? », « notre taux de retard va-t-il baisser ? », « ça sera mieux l'an prochain ? »):
  // a measure of the ledger, then a future of being or of moving. The work to come keeps its meaning
  // (« quelles relances seront envoyées jeudi ? »: no measure is their subject).
  /\b(?:dso|taux|delai|delais|ratio|encours|balance|tresorerie|situation|recouvrement|encaissements)\b (?:\S+ ){0,4}?(?:sera|seront|s ameliorera|s amelioreront|baissera|baisseront|augmentera|augmenteront|diminuera|diminueront|remontera|remonteront|descendra|se degradera|evoluera|evolueront|(?:va|vont)(?: t il| t elle| ils| elles)? (?:s ameliorer|baisser|augmenter|diminuer|remonter|descendre|se degrader|evoluer|bouger|changer|etre|passer))\b/,
  /\b(?:ca|cela) (?:sera|ira|va etre) (?:\S+ )?(?:mieux|meilleur|meilleure|meilleurs|pire|pires|plus|moins)\b/,
  // Issue 16, twenty-third round — the near future asked of a figure (« quel va être notre DSO en
  // janvier ? », « quels vont être nos encaissements en décembre ? », « on va finir l'année à combien
  // de DSO ? »): a forecast, as « quel sera ». The work to come keeps its meaning (« quelles relances
  // vont être envoyées demain ? »: its subject is before the verb).
  /\b(?:quel|quelle|quels|quelles) (?:va|vont)(?: t il| t elle| ils| elles)? (?:etre|devenir|donner) (?:notre|nos|le|la|les|l|son|sa|ses|leur|leurs|votre|vos|mon|ma|mes|ce|cette|ces)\b/,
  /\b(?:on|nous) (?:va|vas|allons|risque|risquons) (?:finir|terminer|boucler|cloturer|atterrir|arriver|etre)\b (?:\S+ ){0,5}?a combien\b|\b(?:on|nous) (?:finira|finirons|terminera|terminerons|bouclera|boucleront|cloturera|atterrira|arrivera|sera|serons)\b (?:\S+ ){0,5}?a combien\b|\ba combien (?:est ce qu )?(?:on|nous) (?:va|allons|risque) (?:finir|terminer|boucler|cloturer|atterrir|arriver|etre)\b/,
  // … the law's costs and delays, or a procedure started from the chat (« le prix d'un huissier »,
  // « combien de temps pour une injonction de payer ? », « lance une injonction contre X »): the law
  // firm's work, not a figure of the files at the firm.
  /\b(?:prix|cout|coute|coutent|couter|tarifs?|honoraires?|frais)\b (?:\S+ ){0,4}?(?:huissiers?|avocats?|recommandes?|lrar|injonctions?|procedures?|mises? en demeure|assignations?)\b/,
  /\bcombien de (?:temps|jours|mois|semaines) (?:\S+ ){0,4}?(?:injonctions?|procedures?|assignations?|jugements?)\b/,
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:fais|faire|faites|lance|lancer|lancez|engage|engager|engagez|depose|deposer|deposez|saisis|saisir|saisissez)(?: moi| nous)? (?:une?|le|la|l) ?(?:injonctions?|procedures?|assignations?|tribunal|juge|refere|requetes?)\b/,
  // … a letter rewritten or translated, a plan or a gesture granted (« réécris la relance de X plus
  // poliment », « traduis la relance », « accorde un échéancier à X »): the user's decision, not a figure.
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:reecris|reecrire|reecrivez|reformule|reformuler|reformulez|traduis|traduire|traduisez|corrige|corriger|corrigez|personnalise|personnaliser|personnalisez)(?: moi)? (?:\S+ ){0,3}?(?:relances?|rappels?|mises? en demeure|lettres?|courriers?|mails?|modeles?|textes?)\b/,
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:accorde|accorder|accordez|propose|proposer|proposez|negocie|negocier|negociez|consens|consentir|octroie|octroyer)(?: lui| leur)? (?:un|une|des) (?:\S+ )?(?:echeanciers?|plans? de paiement|etalements?|delais?|remises?|gestes?|reductions?|avoirs?)\b/,
  // Issue 16, twenty-third round — a customer put on a plan from the chat (« mets la SGH sous
  // échéancier », « crée un échéancier pour X », « mettez en place un plan d'apurement pour X », « set
  // up an installment plan for X »): Relances creates no plan, it lists those recorded. « qui est sous
  // échéancier ? », « les clients mis sous échéancier ce mois » keep their meaning (no order first).
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous|pourrais tu|il faut|faut|on peut|on pourrait|je veux|je voudrais|peut on) )?(?:mets|mettre|mettez|place|placer|placez|passe|passer|passez|bascule|basculer|basculez)(?: moi)? (?:\S+ ){1,6}?(?:sous|en) (?:\S+ )?(?:echeanciers?|plans? de paiement|plans? d apurement|etalements?)\b/,
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous|pourrais tu|il faut|faut|on peut|on pourrait|je veux|je voudrais|peut on) )?(?:cree|creer|creez|fais|faire|faites|mets en place|mettre en place|mettez en place|monte|monter|montez|etablis|etablir|etablissez|ouvre|ouvrir|ouvrez|enregistre|enregistrer|enregistrez|ajoute|ajouter|ajoutez|set up|setup|create|put|open|add|arrange|offer|grant)(?: moi| lui| leur)? (?:un|une|des|nouvel|nouveau|an|a|new) (?:\S+ )?(?:echeanciers?|plans? de paiement|plans? d apurement|etalements?)\b/,
  // … in English, its article left out by the translation (« set up echeancier pour X », « put X sur echeancier »).
  /^ (?:(?:please|pls|can you|could you|peux tu|pouvez vous|pourriez vous|merci de) )?(?:set up|setup|create|arrange|open|add|offer|grant|start|put in place)(?: \S+)? (?:echeanciers?|plans? de paiement|plans? d apurement)\b/,
  /^ (?:(?:please|pls|can you|could you|peux tu|pouvez vous|pourriez vous|merci de) )?(?:put|place|move|switch)\b (?:\S+ ){1,6}?(?:on|sur|onto|into|en|sous) (?:an? |the |un |une )?(?:echeanciers?|plans? de paiement)\b/,
  // … money to come (« combien on va encaisser en décembre ? », « qu'est-ce qu'on va toucher le mois
  // prochain », English « how much will we collect »): a forecast.
  /\b(?:on va|nous allons|allons nous|va t on|vont ils|vont elles|va t il|devrait on|devrions nous|on devrait|nous devrions|vais je|je vais) (?:\S+ ){0,2}?(?:encaisser|rentrer|recuperer|recouvrer|toucher|recevoir|percevoir|cash in|cashin|encaissements|encaisse)\b(?! (?:(?:une|la|les|des|sa|leur|un|le|notre|nos) )?(?:relances?|lettres?|mails?|e mails?|courriers?|rappels?|mises? en demeure|lrar|recommandees?))/,
  // … a payment told, nothing asked (« la boulangerie Martin m'a filé un chèque ce matin », « Dupont
  // nous a remis un virement »): news for the bank statements, not a question (twenty-seventh round).
  /^(?!.*\b(?:qui|combien|quel|quels|quelle|quelles|est ce|ou|quand|comment|si)\b).*\b(?:m a|nous a|m ont|nous ont|ma) (?:file|donne|remis|envoye|depose|poste|apporte|passe|fait) (?:un|une|le|son|leur|des|ses) (?:cheques?|virements?|paiements?|reglements?|especes|liquide|acomptes?)\b/,
  // … money expected (« encaissements attendus en décembre », « le cash-in prévu », « ce qui doit
  // rentrer ce mois »): a forecast too — what was received is read as it stood, never expected.
  // Promises awaited keep their meaning (« promesses de paiement attendues », no « encaissements »).
  /\b(?:encaissements?|rentrees?(?: d argent)?|cash in|cashin)\b (?:\S+ ){0,1}?(?:attendus?|attendues?|prevus?|prevues?|a venir|escomptes?|esperes?)\b|\b(?:doit|doivent|devrait|devraient|va|vont) (?:nous )?(?:encore )?rentrer\b|\bprevus? (?:comme|en) (?:encaissements?|rentrees?)\b/,
  // … advice and the law (« le meilleur moment pour relancer », « combien de relances pour être
  // payé ? » — « combien de jours pour être payé » is the DSO —, « que dit la loi sur les délais de paiement ? »).
  // (« c'est quoi le bon timing pour relancer un client sans le braquer ? »: thirty-eighth round.)
  /\b(?:meilleur|meilleure|meilleurs|meilleures) (?:moment|moments|jour|jours|heure|heures|facon|maniere|moyen|strategie|pratique|pratiques|astuce|astuces)\b|\b(?:bon|bonne|bons|bonnes) (?:timing|moment|facon|maniere|methode|strategie|approche|pratiques?|astuces?|tons?) (?:pour|de) (?:relancer|recouvrer|reclamer|aborder|appeler|ecrire|parler)\b|\bsans (?:le |la |les |l |se )?(?:braquer|facher|vexer|froisser|brusquer|perdre)\b|\b(?:relances?|faut il|faire|comment) (?:\S+ ){0,4}?pour (?:etre|se faire) (?:paye|payes|payee|payees|regle|reglee|rembourse)\b/,
  // « comment comptabilise-t-on une créance devenue irrécouvrable selon le PCG ? »: how to book it,
  // the accountant's work (fortieth round).
  /\bcomment\b(?: \S+){0,3} (?:comptabilis\w*|provisionn\w*|deprecie\w*|deprecier|lettre|lettrer|contrepasse\w*)\b|\bselon (?:le pcg|les normes|les ifrs|ifrs)\b/,
  // « quand faut-il lever un litige ? », « quand doit-on relancer un client ? »: when to act in
  // general, advice (the ladder's days are in the help and the settings; fortieth round).
  /\bquand (?:faut il|il faut|dois je|doit on|on doit|devons nous|faudrait il|est ce qu (?:il faut|on doit)) (?:\S+ ){0,1}?(?:lever|ouvrir|relancer|envoyer|passer|transmettre|escalader|saisir|appeler|accorder|declarer|mettre) (?:un|une|des) \S/,
  // « le délai global de paiement réglementaire pour un établissement public ? », « le délai légal
  // de paiement »: the rule, not a figure of the ledger (fortieth round).
  /\b(?:delais?|duree|durees|plafond|plafonds) (?:\S+ ){0,5}?(?:reglementaires?|legaux|legal|legale|legales|maximum legal|maximal legal)\b/,
  /\b(?:la|une|les|quelle) (?:loi|lois|legislation|reglementation)\b|\bcode (?:de commerce|civil)\b|\blme\b/,
  // … a figure said wrong (« pourquoi le DSO est faux ? », « les impayés affichés sont erronés »): a
  // complaint to answer, not the figure again; who does the work (« qui s'occupe des relances ? »).
  /\b(?:faux|fausse|fausses|errone|erronee|erronees|errones|incoherent\w*|buggue\w*|ma faute|notre faute)\b/,
  /^ qui (?:s occupe|gere|est responsable|a cree|a valide|a signe|a redige)\b/,
  // … a payment to record (« enregistre un paiement de 500 € pour X »): read from the bank statements.
  /^ (?:(?:merci de|peux tu|tu peux|pouvez vous|pourriez vous) )?(?:enregistre|enregistrer|enregistrez|saisis|saisir|saisissez|note|noter|notez|pointe|pointer|pointez|lettre|lettrer)(?: moi)? (?:un|une|le|la|ce|cet|cette) (?:\S+ )?(?:paiements?|reglements?|encaissements?|virements?|cheques?|versements?|acomptes?)\b/,
  // … what we owe a customer (« combien on doit à la SGH ? »), others' figures (« le DSO de nos
  // concurrents »).
  /\bcombien (?:est ce qu )?on (?:leur |lui )?doit\b|\bcombien (?:est ce que )?nous (?:leur |lui )?devons\b|\bon (?:leur |lui )?doit combien\b|\bnous (?:leur |lui )?devons combien\b|\bce qu on (?:leur |lui )?doit (?:a|au|aux)\b/,
  /\bconcurren(?:ts?|tes?|ce)\b/,
  // … the turnover invoiced (« combien on a facturé en octobre ? », « le montant facturé ce mois »):
  // read on the accents (./facture is also the noun), with no word of what is unpaid.
];

/** « facturé » (the participle, by its accent or after an auxiliary): invoiced. */
const INVOICED = /^factur[ée](?:e|s|es)?$/u;
const AUXILIARY = new Set(['a', 'ai', 'avons', 'avez', 'ont', 'on']);
/** Words of what is owed or unpaid: with them, « facturé en octobre » dates unpaid invoices. */
const UNPAID_WORDS =
  /\b(?:impaye\w*|pas|non|jamais|toujours|tjrs|encore|retards?|echu\w*|du|dus|due|dues|doivent|doit|encours|reste|restent|souffrance|attente|ouvert\w*|litiges?|souffrance)\b/;

/** « combien on a facturé ? », « montant facturé ce mois »: the turnover invoiced, asked alone. */
function asksTheInvoicedTurnover(tokens: readonly Token[], words: string): boolean {
  const said = tokens.filter((t) => t.kind === 'word');
  const invoiced = said.some(
    (t, i) =>
      INVOICED.test(t.raw.toLowerCase()) &&
      (/é/u.test(t.raw.toLowerCase().slice(6)) || AUXILIARY.has(said[i - 1]?.norm ?? '')),
  );
  return (
    invoiced && /\b(?:combien|montant|total|volume|ce qu|ce que)\b/.test(words) && !UNPAID_WORDS.test(words)
  );
}

/**
 * « j'ai reçu un chèque de la SGH », « on a encaissé 2 000 € de X hier »: a payment told, not asked (no
 * question mark) — the bank statements record it; no figure of money received.
 */
function tellsAPayment(tokens: readonly Token[], words: string): boolean {
  if (tokens.some((t) => t.raw.includes('?'))) return false;
  return (
    /^ (?:(?:bon|alors|info|pour info|fyi) )?(?:j ai|on a|nous avons|je viens de|on vient de) (?:bien |enfin |deja )?(?:recu|encaisse|touche|recupere) (?!combien|quoi|quel|quelle|quels|quelles|qqch|quelque|ce |cette|cet |des |les )\S/.test(
      words,
    ) ||
    // « reçu un chèque Dupont ce matin »: the subject left out, a means of payment said (thirty-sixth round).
    /^ (?:(?:bon|alors|info|pour info|fyi) )?(?:bien )?recu (?:un|une|son|leur) (?:cheques?|virements?|paiements?|reglements?|acomptes?)\b/.test(
      words,
    )
  );
}

/**
 * « passe-la en irrécouvrable », « classe-les en pertes »: an imperative with its pronoun joined by a
 * hyphen orders a write-off. Read as typed: the pronoun is dropped as « là » before the rules see
 * the words, and « passe » alone is also the participle (« passé en irrécouvrable ? » asks).
 */
export function ordersAWriteOffByPronoun(typed: string): boolean {
  return /(?:^|[^\p{L}])(?:passe|passez|mets|mettez|classe|classez)[-‑](?:la|le|les|lui|leur)\b[^?]{0,40}?\b(?:en|comme)\s+(?:pertes?|irr[ée]couvrables?|cr[ée]ances?\s+douteuses?)\b/iu.test(
    typed,
  );
}

/** Whether the question asks for something Relances does not do (a forecast, an entry to post). */
export function asksWhatIsNotDone(tokens: readonly Token[]): boolean {
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  return (
    RULES.some((re) => re.test(words)) ||
    asksTheInvoicedTurnover(tokens, words) ||
    tellsAPayment(tokens, words)
  );
}
