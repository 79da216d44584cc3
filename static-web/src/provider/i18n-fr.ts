// Texts of the provider space (/provider/), French (spread into the shared dictionaries, src/shared/i18n.ts).
// A no-break space (\u00a0) goes before : ? ! and inside « ».

export const providerFr = {
  'provider.title': 'Espace prestataires',
  'provider.heading': 'Espace prestataires',
  'provider.intro': 'Hôtels, restaurants, lieux de visite et autres prestataires\u00a0: vous accédez à votre espace grâce au lien personnel que nous vous envoyons par email.',
  'provider.noPassword': "Aucun mot de passe n'est nécessaire. Chaque lien est personnel, ne sert qu'une fois et a une durée de validité limitée\u00a0: merci de ne pas le transférer.",
  'provider.requestHeading': 'Lien expiré ou introuvable\u00a0?',
  'provider.requestIntro': "Saisissez l'adresse email à laquelle l'organisateur vous écrit\u00a0: nous y enverrons un nouveau lien. Pensez aussi à vérifier vos courriers indésirables.",
  'provider.requestSubmit': 'Recevoir un nouveau lien',
  'provider.requestSent': "Si cette adresse est celle d'un prestataire, un nouveau lien vient d'y être envoyé. Il est valable quelques jours et ne sert qu'une fois.",
  'provider.requestTooMany': 'Trop de demandes pour le moment. Réessayez dans une heure, ou consultez le dernier email reçu.',
  'provider.checking': 'Vérification du lien…',
  'provider.linkHeading': 'Votre lien personnel',
  'provider.linkFor': 'Ce lien ouvre l\'espace prestataires de\u00a0:',
  'provider.linkOpens': 'Vous y retrouverez les informations que l\'organisateur partage avec vous. Le lien ne sert qu\'une fois\u00a0: après l\'avoir ouvert, votre session reste active 8 heures.',
  'provider.linkExpires': 'Valable jusqu\'au {date}.',
  'provider.open': 'Ouvrir mon espace',
  'provider.opening': 'Ouverture…',
  'provider.unusableHeading': "Ce lien n'est plus utilisable",
  'provider.unusableBody': 'Il a expiré, a déjà servi ou est incomplet. Demandez un nouveau lien ci-dessous\u00a0: il vous sera envoyé par email.',
  'provider.spaceHeading': 'Bienvenue, {name}',
  'provider.signedIn': 'Vous êtes connecté à l\'espace prestataires.',
  'provider.comingNext': "Le planning, les réservations et les listes de chambres (rooming lists) arriveront ici avec la prochaine étape du projet. Pour l'instant, cet espace confirme seulement votre accès.",
  'provider.logout': 'Se déconnecter',
  'provider.loggedOut': 'Vous êtes déconnecté. Pour revenir, utilisez un nouveau lien.',
} as const;

export type ProviderKey = keyof typeof providerFr;
