/**
 * Generated documents: the names of the letters' files, the e-mail that sends the dossier to the
 * law firm, and the « procédure » and « lettre au cabinet » commands.
 */
import { lawyerSalutation, toTheFirm } from '../law-firm';
import { frenchTypography } from '../typography';

export const letters = {
  letterFile: 'Relance',
  noticeFile: 'Mise en demeure',
  transferFile: 'Transmission au cabinet',
  dossierFile: 'Dossier de recouvrement',
  transferSubject: (customer: string, invoices: string) =>
    `Transmission d’un dossier de recouvrement — ${customer} — ${invoices}`,
  /** `contact`: as configured (« Maître Anne Lambert »); the salutation follows usage (« Bonjour Maître, »). */
  transferBody: (contact: string, customer: string, controller: string) =>
    frenchTypography(
      `${lawyerSalutation(contact, 'email')}\n\nVeuillez trouver ci-joint la lettre de transmission et le dossier de recouvrement de ${customer}, conformément à notre convention. Les relances internes sont restées sans effet.\n\nJe reste à votre disposition pour toute pièce complémentaire.\n\nBien cordialement,\n${controller}`,
    ),
} as const;

export const documentsCommand = {
  procedureReady:
    'Voici la procédure de relance, générée à partir du calendrier et de l’organisation en vigueur :',
  mandateReady: (firm: string) =>
    `Voici le courrier officiel confiant ${toTheFirm(firm)} le recouvrement contentieux\u00a0:`,
  notAllowed: 'Ces documents sont réservés au service crédit client et à la direction.',
  open: (name: string) => `Ouvrir « ${name} »`,
  procedureFile: (company: string) => `Procédure de relance — ${company}.docx`,
  mandateFile: (firm: string) => `Lettre de mission — ${firm}.docx`,
} as const;
