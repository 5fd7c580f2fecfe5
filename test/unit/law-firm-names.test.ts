/**
 * The law firm and its lawyer named as French reads them, whatever the configured names:
 * « au cabinet Aptos Avocats », « à Aptos Avocats », « à la SCP Durand », « Maître Lambert ».
 */
import { fr } from '../../src/i18n/fr';
import {
  firmNickname,
  lawyerName,
  lawyerSalutation,
  ofTheFirm,
  theFirm,
  toTheFirm,
} from '../../src/i18n/law-firm';
import { nameFromEmail } from '../../src/i18n/person-name';

describe('the law firm’s name with its article', () => {
  it.each([
    [
      'Cabinet Aptos Avocats',
      'le cabinet Aptos Avocats',
      'au cabinet Aptos Avocats',
      'du cabinet Aptos Avocats',
    ],
    ['cabinet Durand', 'le cabinet Durand', 'au cabinet Durand', 'du cabinet Durand'],
    ['Aptos Avocats', 'Aptos Avocats', 'à Aptos Avocats', 'd’Aptos Avocats'],
    ['Durand & Associés', 'Durand & Associés', 'à Durand & Associés', 'de Durand & Associés'],
    [
      'SCP Durand et associés',
      'la SCP Durand et associés',
      'à la SCP Durand et associés',
      'de la SCP Durand et associés',
    ],
    ['SELARL Martin', 'la SELARL Martin', 'à la SELARL Martin', 'de la SELARL Martin'],
  ])('« %s »: « %s », « %s », « %s »', (name, the, to, of) => {
    expect(theFirm(name)).toBe(the);
    expect(toTheFirm(name)).toBe(to);
    expect(ofTheFirm(name)).toBe(of);
  });

  it('keeps a short name for buttons', () => {
    expect(firmNickname('Cabinet Aptos Avocats')).toBe('Aptos');
    expect(firmNickname('Durand & Associés')).toBe('Durand');
  });

  it('the texts that name the firm use it: never « à Cabinet … »', () => {
    for (const name of ['Cabinet Aptos Avocats', 'Aptos Avocats']) {
      const texts = [
        fr.sales.intros.formal_notice(name, '06/12/2026'),
        fr.sales.intros.pre_transfer(name, '06/12/2026'),
        fr.sales.intros.transferred(name),
        fr.confirmTransfer.title('Biocoop', name),
        fr.confirmTransfer.consequence(name),
        fr.documentsCommand.mandateReady(name),
      ];
      for (const text of texts) expect(text).not.toMatch(/à Cabinet|à le |de le /);
      expect(texts.join(' ')).toContain(toTheFirm(name));
    }
    expect(fr.sales.intros.transferred('Cabinet Aptos Avocats')).toBe(
      'Le dossier a été transmis aujourd’hui au cabinet Aptos Avocats, qui se charge désormais du recouvrement.',
    );
    expect(fr.confirmTransfer.title('Biocoop', 'Aptos Avocats')).toBe(
      'Transmettre le dossier Biocoop à Aptos Avocats\u00a0?',
    );
  });
});

describe('the lawyer', () => {
  it('is named by title and surname, without the first name', () => {
    expect(lawyerName('Maître Anne Lambert')).toBe('Maître Lambert');
    expect(lawyerName('Me Anne-Sophie de La Tour')).toBe('Maître de La Tour');
    expect(lawyerName('Maître Lambert')).toBe('Maître Lambert');
    expect(lawyerName('Service recouvrement')).toBe('Service recouvrement');
  });

  it('is greeted « Maître, » in a letter and « Bonjour Maître, » in an e-mail, never with a name', () => {
    expect(lawyerSalutation('Maître Anne Lambert', 'letter')).toBe('Maître,');
    expect(lawyerSalutation('Maître Anne Lambert', 'email')).toBe('Bonjour Maître,');
    expect(lawyerSalutation('Service recouvrement', 'letter')).toBe('Madame, Monsieur,');
    expect(lawyerSalutation('Service recouvrement', 'email')).toBe('Bonjour,');
    const mail = fr.letters.transferBody('Maître Anne Lambert', 'Biocoop', 'Camille Roux');
    expect(mail.split('\n')[0]).toBe('Bonjour Maître,');
    expect(mail).not.toContain('Anne');
    expect(mail).toContain('Veuillez trouver ci-joint la lettre');
    // The supplement to a file already at the firm greets the same way.
    const supplement = fr.formalNotice.supplement.body('Maître Anne Lambert', 'Biocoop', 'Camille Roux');
    expect(supplement.split('\n')[0]).toBe('Bonjour Maître,');
    expect(supplement).not.toContain('Anne');
  });
});

describe('people known by their address only', () => {
  it('are named from a prénom.nom address, else shown as their address', () => {
    expect(nameFromEmail('karim.benali@greenova.example')).toBe('Karim Benali');
    expect(nameFromEmail('jean-marc.durand@x.fr')).toBe('Jean-Marc Durand');
    expect(nameFromEmail('kbenali@greenova.example')).toBe('kbenali@greenova.example');
    expect(nameFromEmail('k.benali2@greenova.example')).toBe('k.benali2@greenova.example');
  });

  it('notes about a rep agree whoever the rep is (no « prévenez-le » for Claire)', () => {
    for (const text of [
      fr.sales.controllerNotes.notInstalled('Claire Martin'),
      fr.sales.controllerNotes.unreachable('Claire Martin'),
      fr.sales.controllerNotes.toldNoAnswer('Claire Martin', '23/11/2026'),
    ]) {
      expect(text).toContain('Claire Martin (équipe commerciale)');
      expect(text).not.toMatch(/prévenu\b|prévenez-le|\(commercial\)/);
    }
  });

  it('the rep’s own answer reads in the second person', () => {
    expect(fr.sales.answers.calledByYou('virement vendredi')).toBe(
      '☎ Vous avez appelé le client : virement vendredi',
    );
    expect(fr.sales.controllerNotes.notInstalled('Karim Benali')).toBe(
      '⚠ Relances n’a pas pu prévenir Karim Benali (équipe commerciale), qui n’a pas encore installé Relances dans Teams\u00a0: faites-le vous-même.',
    );
  });
});
