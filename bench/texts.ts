/**
 * What a worker writes in a social assessment, in the centre's language: one finding per life
 * domain and the overall texts. Short and plausible, so rows weigh what real ones do.
 */
import type { LifeDomain } from '../src/domain/life-domains.ts';

export type TextLanguage = 'fr' | 'nl' | 'de';

export interface Finding {
  situation: string;
  obstacles: string;
  strengths: string;
}

export const FINDINGS: Record<TextLanguage, Record<LifeDomain, Finding>> = {
  fr: {
    income: {
      situation: 'Revenu d’intégration au taux isolé.',
      obstacles: 'Budget serré en fin de mois.',
      strengths: 'Tient un carnet de dépenses.',
    },
    debts: {
      situation: 'Arriérés de factures d’énergie et de loyer.',
      obstacles: 'Plusieurs créanciers, un huissier.',
      strengths: 'Prêt·e à entrer en médiation de dettes.',
    },
    housing: {
      situation: 'Loue un petit appartement, loyer élevé.',
      obstacles: 'Logement humide, bail qui se termine.',
      strengths: 'Bonne relation avec le propriétaire.',
    },
    physicalHealth: {
      situation: 'Douleurs de dos depuis un accident de travail.',
      obstacles: 'Reporte les soins faute de moyens.',
      strengths: 'Suivi régulier par un médecin de maison médicale.',
    },
    mentalHealth: {
      situation: 'Périodes de découragement.',
      obstacles: 'Pas de suivi pour l’instant.',
      strengths: 'En parle ouvertement.',
    },
    family: {
      situation: 'Parent seul avec deux enfants en âge scolaire.',
      obstacles: 'Pas de solution de garde le mercredi.',
      strengths: 'Très investi·e dans la scolarité des enfants.',
    },
    socialNetwork: {
      situation: 'Peu de contacts depuis le déménagement.',
      obstacles: 'Ne connaît pas le quartier.',
      strengths: 'Une sœur présente et soutenante.',
    },
    education: {
      situation: 'Études secondaires non terminées.',
      obstacles: 'Mauvais souvenirs de l’école.',
      strengths: 'Curieux·se, apprend vite en pratique.',
    },
    workExperience: {
      situation: 'Quelques emplois intérimaires en logistique.',
      obstacles: 'Pas de permis de conduire.',
      strengths: 'Ponctuel·le et fiable.',
    },
    language: {
      situation: 'Parle bien le français, lit avec difficulté.',
      obstacles: 'Courriers administratifs mal compris.',
      strengths: 'Suit des cours d’alphabétisation.',
    },
    mobility: {
      situation: 'Se déplace en bus.',
      obstacles: 'Horaires peu adaptés le soir.',
      strengths: 'Vélo en bon état.',
    },
    administration: {
      situation: 'Documents en retard auprès de la mutuelle.',
      obstacles: 'Pas d’ordinateur ni d’accès à internet.',
      strengths: 'Garde tous ses papiers dans un classeur.',
    },
    justice: {
      situation: 'Une amende impayée en cours de recouvrement.',
      obstacles: 'Crainte des convocations.',
      strengths: 'Accepte l’aide d’un avocat pro deo.',
    },
    childcare: {
      situation: 'Deux enfants en bas âge, pas de place en crèche.',
      obstacles: 'Horaires de formation incompatibles.',
      strengths: 'Une voisine peut dépanner certains jours.',
    },
    digital: {
      situation: 'Un smartphone, pas d’ordinateur.',
      obstacles: 'Ne sait pas utiliser itsme ni les formulaires en ligne.',
      strengths: 'Motivé·e pour suivre un atelier numérique.',
    },
    addiction: {
      situation: 'Consommation d’alcool en hausse.',
      obstacles: 'Pas encore de suivi spécialisé.',
      strengths: 'Reconnaît le problème.',
    },
  },
  nl: {
    income: {
      situation: 'Leefloon als alleenstaande.',
      obstacles: 'Krap budget op het einde van de maand.',
      strengths: 'Houdt een kasboekje bij.',
    },
    debts: {
      situation: 'Achterstallige energiefacturen en huur.',
      obstacles: 'Meerdere schuldeisers, een deurwaarder.',
      strengths: 'Bereid tot schuldbemiddeling.',
    },
    housing: {
      situation: 'Huurt een kleine studio, hoge huur.',
      obstacles: 'Vochtproblemen, huurcontract loopt af.',
      strengths: 'Goed contact met de verhuurder.',
    },
    physicalHealth: {
      situation: 'Rugklachten na een arbeidsongeval.',
      obstacles: 'Stelt zorg uit door geldgebrek.',
      strengths: 'Regelmatig opgevolgd in een wijkgezondheidscentrum.',
    },
    mentalHealth: {
      situation: 'Periodes van moedeloosheid.',
      obstacles: 'Nog geen begeleiding.',
      strengths: 'Praat er open over.',
    },
    family: {
      situation: 'Alleenstaande ouder met twee schoolgaande kinderen.',
      obstacles: 'Geen opvang op woensdagnamiddag.',
      strengths: 'Zeer betrokken bij de school van de kinderen.',
    },
    socialNetwork: {
      situation: 'Weinig contacten sinds de verhuis.',
      obstacles: 'Kent de buurt niet.',
      strengths: 'Een steunende zus.',
    },
    education: {
      situation: 'Secundair onderwijs niet afgemaakt.',
      obstacles: 'Slechte schoolervaringen.',
      strengths: 'Leert snel in de praktijk.',
    },
    workExperience: {
      situation: 'Enkele interimjobs in de logistiek.',
      obstacles: 'Geen rijbewijs.',
      strengths: 'Stipt en betrouwbaar.',
    },
    language: {
      situation: 'Spreekt Nederlands op basisniveau.',
      obstacles: 'Moeite met brieven van instanties.',
      strengths: 'Volgt een taalcursus.',
    },
    mobility: {
      situation: 'Verplaatst zich met de tram.',
      obstacles: 'Weinig verbindingen ’s avonds.',
      strengths: 'Heeft een fiets.',
    },
    administration: {
      situation: 'Documenten voor het ziekenfonds liggen achter.',
      obstacles: 'Geen computer of internet thuis.',
      strengths: 'Bewaart alle papieren in een map.',
    },
    justice: {
      situation: 'Een onbetaalde boete wordt ingevorderd.',
      obstacles: 'Angst voor oproepingen.',
      strengths: 'Aanvaardt hulp van een pro-Deoadvocaat.',
    },
    childcare: {
      situation: 'Twee jonge kinderen, geen plaats in de kinderopvang.',
      obstacles: 'Opleidingsuren passen niet bij de opvang.',
      strengths: 'Een buurvrouw kan soms inspringen.',
    },
    digital: {
      situation: 'Een smartphone, geen computer.',
      obstacles: 'Kan itsme en onlineformulieren niet gebruiken.',
      strengths: 'Wil een digitale workshop volgen.',
    },
    addiction: {
      situation: 'Drinkt meer dan vroeger.',
      obstacles: 'Nog geen gespecialiseerde begeleiding.',
      strengths: 'Erkent het probleem.',
    },
  },
  de: {
    income: {
      situation: 'Eingliederungseinkommen als Alleinstehende·r.',
      obstacles: 'Knappes Budget am Monatsende.',
      strengths: 'Führt ein Haushaltsbuch.',
    },
    debts: {
      situation: 'Rückstände bei Energie- und Mietrechnungen.',
      obstacles: 'Mehrere Gläubiger, ein Gerichtsvollzieher.',
      strengths: 'Bereit zur Schuldnerberatung.',
    },
    housing: {
      situation: 'Mietet eine kleine Wohnung, hohe Miete.',
      obstacles: 'Feuchte Wohnung, Mietvertrag läuft aus.',
      strengths: 'Gutes Verhältnis zum Vermieter.',
    },
    physicalHealth: {
      situation: 'Rückenschmerzen nach einem Arbeitsunfall.',
      obstacles: 'Verschiebt Behandlungen aus Geldmangel.',
      strengths: 'Regelmäßig beim Hausarzt.',
    },
    mentalHealth: {
      situation: 'Phasen der Mutlosigkeit.',
      obstacles: 'Noch keine Begleitung.',
      strengths: 'Spricht offen darüber.',
    },
    family: {
      situation: 'Alleinerziehend mit zwei Schulkindern.',
      obstacles: 'Keine Betreuung am Mittwochnachmittag.',
      strengths: 'Kümmert sich sehr um die Schule der Kinder.',
    },
    socialNetwork: {
      situation: 'Wenig Kontakte seit dem Umzug.',
      obstacles: 'Kennt das Viertel nicht.',
      strengths: 'Eine unterstützende Schwester.',
    },
    education: {
      situation: 'Sekundarschule nicht abgeschlossen.',
      obstacles: 'Schlechte Schulerfahrungen.',
      strengths: 'Lernt schnell in der Praxis.',
    },
    workExperience: {
      situation: 'Einige Zeitarbeitsstellen in der Logistik.',
      obstacles: 'Kein Führerschein.',
      strengths: 'Pünktlich und zuverlässig.',
    },
    language: {
      situation: 'Spricht Deutsch auf Grundniveau.',
      obstacles: 'Mühe mit Behördenbriefen.',
      strengths: 'Besucht einen Sprachkurs.',
    },
    mobility: {
      situation: 'Fährt mit dem Bus.',
      obstacles: 'Abends kaum Verbindungen.',
      strengths: 'Hat ein Fahrrad.',
    },
    administration: {
      situation: 'Unterlagen für die Krankenkasse im Rückstand.',
      obstacles: 'Kein Computer, kein Internet.',
      strengths: 'Bewahrt alle Papiere in einem Ordner auf.',
    },
    justice: {
      situation: 'Eine unbezahlte Geldstrafe wird eingetrieben.',
      obstacles: 'Angst vor Vorladungen.',
      strengths: 'Nimmt die Hilfe eines Pro-Deo-Anwalts an.',
    },
    childcare: {
      situation: 'Zwei kleine Kinder, kein Krippenplatz.',
      obstacles: 'Kurszeiten passen nicht zur Betreuung.',
      strengths: 'Eine Nachbarin hilft manchmal aus.',
    },
    digital: {
      situation: 'Ein Smartphone, kein Computer.',
      obstacles: 'Kann itsme und Online-Formulare nicht nutzen.',
      strengths: 'Möchte einen Digitalkurs besuchen.',
    },
    addiction: {
      situation: 'Trinkt mehr Alkohol als früher.',
      obstacles: 'Noch keine spezialisierte Begleitung.',
      strengths: 'Erkennt das Problem an.',
    },
  },
};

export interface Overall {
  aspirations: readonly string[];
  aptitudes: readonly string[];
  qualifications: readonly string[];
  needs: readonly string[];
}

export const OVERALL: Record<TextLanguage, Overall> = {
  fr: {
    aspirations: [
      'Trouver un emploi stable dans la logistique.',
      'Reprendre une formation d’aide-soignant·e.',
      'Faire du volontariat pour reprendre confiance.',
      'Passer le permis de conduire.',
      'Ouvrir un petit commerce plus tard.',
    ],
    aptitudes: ['Sens du contact, habile de ses mains.', 'Organisé·e, aime le travail en équipe.', ''],
    qualifications: ['Certificat d’études de base.', 'CESS obtenu en promotion sociale.', ''],
    needs: [
      'Formation qualifiante et accompagnement vers l’emploi.',
      'Stabiliser le logement et les dettes d’abord.',
      'Sortir de l’isolement.',
      'Un suivi psychologique avant tout projet.',
    ],
  },
  nl: {
    aspirations: [
      'Een vaste job vinden in de logistiek.',
      'Opnieuw een opleiding zorgkundige volgen.',
      'Vrijwilligerswerk doen om zelfvertrouwen op te bouwen.',
      'Het rijbewijs halen.',
      'Later een eigen zaak beginnen.',
    ],
    aptitudes: ['Sociaal vaardig, handig.', 'Georganiseerd, werkt graag in team.', ''],
    qualifications: ['Getuigschrift basisonderwijs.', 'Diploma secundair via tweedekansonderwijs.', ''],
    needs: [
      'Kwalificerende opleiding en trajectbegeleiding.',
      'Eerst huisvesting en schulden stabiliseren.',
      'Uit het isolement komen.',
      'Eerst psychologische begeleiding.',
    ],
  },
  de: {
    aspirations: [
      'Eine feste Stelle in der Logistik finden.',
      'Eine Ausbildung in der Pflege beginnen.',
      'Ehrenamtlich arbeiten, um Selbstvertrauen aufzubauen.',
      'Den Führerschein machen.',
    ],
    aptitudes: ['Kontaktfreudig, handwerklich geschickt.', 'Organisiert, arbeitet gern im Team.', ''],
    qualifications: ['Abschlusszeugnis der Primarschule.', ''],
    needs: [
      'Qualifizierende Ausbildung und Begleitung zur Arbeit.',
      'Zuerst Wohnung und Schulden stabilisieren.',
      'Aus der Isolation herauskommen.',
    ],
  },
};

/** A worker's occasional note beside a score. */
export const SCORE_NOTES: Record<TextLanguage, readonly string[]> = {
  fr: [
    'Progrès depuis la dernière rencontre.',
    'Situation fragile, à revoir.',
    'Avis partagé avec la personne.',
  ],
  nl: [
    'Vooruitgang sinds het vorige gesprek.',
    'Wankele situatie, opvolgen.',
    'Samen met de persoon besproken.',
  ],
  de: [
    'Fortschritt seit dem letzten Gespräch.',
    'Unsichere Lage, weiter beobachten.',
    'Mit der Person besprochen.',
  ],
};
