<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivePlaybook</name>
    <message>
        <source>The playbook “%1” stored in this workspace cannot be read: %2</source>
        <translation>Le playbook «&#xa0;%1&#xa0;» enregistré dans cet espace de travail est illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Could not change the workspace</source>
        <translation>Impossible de modifier l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.

%2</source>
        <translation>Échec de l&apos;opération «&#xa0;%1&#xa0;»&#xa0;: rien n&apos;a été modifié.

%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Edit subscription of %1</source>
        <translation>Modifier l&apos;abonnement de %1</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problème concernant %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Précisé</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(aucun document)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Citation of %1</source>
        <translation>Citation de %1</translation>
    </message>
    <message>
        <source>Uncheck when the documents do not state this.</source>
        <translation>Décochez si les documents ne le précisent pas.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Uncheck when the documents do not state this; checked with no entries, the documents say there are none.</source>
        <translation>Décochez si les documents ne le précisent pas&#xa0;; coché sans aucune entrée, cela signifie que les documents indiquent qu&apos;il n&apos;y en a aucune.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Mois civil</translation>
    </message>
    <message>
        <source>Average month (43,830 minutes)</source>
        <translation>Mois moyen (43&#xa0;830 minutes)</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Fixed intervals</source>
        <translation>Intervalles fixes</translation>
    </message>
    <message>
        <source>Any downtime in the interval</source>
        <translation>Toute indisponibilité dans l&apos;intervalle</translation>
    </message>
    <message>
        <source>Down for the whole interval</source>
        <translation>Indisponible pendant tout l&apos;intervalle</translation>
    </message>
    <message>
        <source>Counts as available time</source>
        <translation>Compte comme temps disponible</translation>
    </message>
    <message>
        <source>Removed from the period</source>
        <translation>Retiré de la période</translation>
    </message>
    <message>
        <source>No credits</source>
        <translation>Aucun crédit</translation>
    </message>
    <message>
        <source>Flat percentage</source>
        <translation>Pourcentage forfaitaire</translation>
    </message>
    <message>
        <source>Tiers by availability</source>
        <translation>Paliers selon la disponibilité</translation>
    </message>
    <message>
        <source>Steps per shortfall</source>
        <translation>Échelons selon l&apos;écart</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>Points de pourcentage</translation>
    </message>
    <message>
        <source>Share of the target</source>
        <translation>Proportion de l&apos;objectif</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Redevance mensuelle</translation>
    </message>
    <message>
        <source>One twelfth of the annual fee</source>
        <translation>Un douzième de la redevance annuelle</translation>
    </message>
    <message>
        <source>Fee of the affected service</source>
        <translation>Redevance du service concerné</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Aucun délai</translation>
    </message>
    <message>
        <source>End of the following month</source>
        <translation>Fin du mois suivant</translation>
    </message>
    <message>
        <source>Days after the month</source>
        <translation>Jours après le mois</translation>
    </message>
    <message>
        <source>End of the n-th following month</source>
        <translation>Fin du n-ième mois suivant</translation>
    </message>
    <message>
        <source>Does not renew</source>
        <translation>N&apos;est pas renouvelé</translation>
    </message>
    <message>
        <source>Renews for a fixed term</source>
        <translation>Renouvelé pour une durée fixe</translation>
    </message>
    <message>
        <source>Rolls on until ended</source>
        <translation>Se poursuit jusqu&apos;à résiliation</translation>
    </message>
    <message>
        <source>Renews with each paid period</source>
        <translation>Renouvelé à chaque période payée</translation>
    </message>
    <message>
        <source>Fees paid in the previous contract year</source>
        <translation>Redevances payées au cours de l&apos;année contractuelle précédente</translation>
    </message>
    <message>
        <source>Fees paid in the 12 months before the claim</source>
        <translation>Redevances payées au cours des 12 mois précédant la réclamation</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Fees paid in the first contract year</source>
        <translation>Redevances payées au cours de la première année contractuelle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>General authorisation</source>
        <translation>Autorisation générale</translation>
    </message>
    <message>
        <source>Specific authorisation</source>
        <translation>Autorisation spécifique</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Aucune précisée</translation>
    </message>
    <message>
        <source>Adequacy or safeguards</source>
        <translation>Adéquation ou garanties appropriées</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Interdits</translation>
    </message>
    <message>
        <source>When posted</source>
        <translation>Dès leur publication</translation>
    </message>
    <message>
        <source>With notice</source>
        <translation>Moyennant préavis</translation>
    </message>
    <message>
        <source>Only in writing by both parties</source>
        <translation>Uniquement par accord écrit des deux parties</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Availability below (%)</source>
        <translation>Disponibilité inférieure à (%)</translation>
    </message>
    <message>
        <source>Credit (%)</source>
        <translation>Crédit (%)</translation>
    </message>
    <message>
        <source>Credit schedule</source>
        <translation>Barème des crédits</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First band (shortfall)</source>
        <translation>Première tranche (écart)</translation>
    </message>
    <message>
        <source>First band credit (%)</source>
        <translation>Crédit de la première tranche (%)</translation>
    </message>
    <message>
        <source>Each further step</source>
        <translation>Chaque échelon supplémentaire</translation>
    </message>
    <message>
        <source>Credit per step (%)</source>
        <translation>Crédit par échelon (%)</translation>
    </message>
    <message>
        <source>Shortfall measured in</source>
        <translation>Écart mesuré en</translation>
    </message>
    <message>
        <source>Claim window</source>
        <translation>Délai de réclamation</translation>
    </message>
    <message>
        <source>Months after</source>
        <translation>Mois après</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Crédits de service</translation>
    </message>
    <message>
        <source>Credit base</source>
        <translation>Assiette du crédit</translation>
    </message>
    <message>
        <source>Cap (% of the base)</source>
        <translation>Plafond (% de l&apos;assiette)</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
    <message>
        <source>Sole remedy</source>
        <translation>Recours exclusif</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>Intervalle (minutes)</translation>
    </message>
    <message>
        <source>Interval unavailable if</source>
        <translation>Intervalle indisponible si</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Notice (hours)</source>
        <translation>Préavis (heures)</translation>
    </message>
    <message>
        <source>Counts as downtime in business hours</source>
        <translation>Compte comme indisponibilité pendant les heures ouvrées</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Objectif (%)</translation>
    </message>
    <message>
        <source>e.g. 99.9</source>
        <translation>p. ex. 99.9</translation>
    </message>
    <message>
        <source>Other targets offered (%)</source>
        <translation>Autres objectifs proposés (%)</translation>
    </message>
    <message>
        <source>Month length</source>
        <translation>Durée du mois</translation>
    </message>
    <message>
        <source>Excluded time</source>
        <translation>Temps exclu</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Renewal term (months)</source>
        <translation>Durée de renouvellement (mois)</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Préavis (jours)</translation>
    </message>
    <message>
        <source>Term and renewal</source>
        <translation>Durée et renouvellement</translation>
    </message>
    <message>
        <source>Initial term (months)</source>
        <translation>Durée initiale (mois)</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Plafond de responsabilité</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>In the first year</source>
        <translation>La première année</translation>
    </message>
    <message>
        <source>Carve-outs</source>
        <translation>Exceptions au plafond</translation>
    </message>
    <message>
        <source>Limited to insurance</source>
        <translation>Limité aux indemnités d&apos;assurance</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cure period</source>
        <translation>Délai de remédiation</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. GB</source>
        <translation>Code ISO 3166, p. ex. GB</translation>
    </message>
    <message>
        <source>Sub-processor policy</source>
        <translation>Politique relative aux sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Notice of changes</source>
        <translation>Préavis des modifications</translation>
    </message>
    <message>
        <source>Right to object</source>
        <translation>Droit d&apos;opposition</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Data transfers</source>
        <translation>Transferts de données</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Régions autorisées</translation>
    </message>
    <message>
        <source>ISO 3166 code or EEA</source>
        <translation>Code ISO 3166 ou EEA</translation>
    </message>
    <message>
        <source>Data return</source>
        <translation>Restitution des données</translation>
    </message>
    <message>
        <source>Retrieval window after termination</source>
        <translation>Délai de récupération après la résiliation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Deletion within</source>
        <translation>Suppression sous</translation>
    </message>
    <message>
        <source>Backups provided</source>
        <translation>Sauvegardes fournies</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Notification des violations de données</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Law code</source>
        <translation>Code du droit applicable</translation>
    </message>
    <message>
        <source>ISO 3166, e.g. GB-EAW or US-TX</source>
        <translation>ISO 3166, p. ex. GB-EAW ou US-TX</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitrage</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Changes to the terms</source>
        <translation>Modification des conditions</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Notice only for adverse changes</source>
        <translation>Préavis uniquement pour les modifications défavorables</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>a-z, 0-9 and -, e.g. msa</source>
        <translation>a-z, 0-9 et -, p. ex. msa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>a-z, 0-9 and -, e.g. example-cloud</source>
        <translation>a-z, 0-9 et -, p. ex. example-cloud</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. GBP</source>
        <translation>ISO 4217, p. ex. GBP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Agreement and documents</source>
        <translation>Contrat et documents</translation>
    </message>
    <message>
        <source>Availability and credits</source>
        <translation>Disponibilité et crédits</translation>
    </message>
    <message>
        <source>Data locations and return</source>
        <translation>Localisation et restitution des données</translation>
    </message>
    <message>
        <source>Breach, law and changes</source>
        <translation>Violations, droit applicable et modifications</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>e.g. 13.5</source>
        <translation>p. ex. 13.5</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Ambiguity</source>
        <translation>Ambiguïté</translation>
    </message>
    <message>
        <source>The document&apos;s full text: paste it here, then select words in it on the right to quote them</source>
        <translation>Le texte intégral du document&#xa0;: collez-le ici, puis sélectionnez-en des mots à droite pour les citer</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>The field %1 has no column in the workspace; nothing was saved.</source>
        <translation>Le champ %1 n&apos;a pas de colonne dans l&apos;espace de travail&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The stored term %1 of agreement %2 is damaged.</source>
        <translation>La condition enregistrée %1 du contrat %2 est endommagée.</translation>
    </message>
    <message>
        <source>The agreement %1 was not saved: %2</source>
        <translation>Le contrat %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stored agreement %1 is no longer a valid term sheet: %2</source>
        <translation>Le contrat enregistré %1 n&apos;est plus une fiche récapitulative valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s own style and colours</source>
        <translation>Utiliser le style et les couleurs du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Le contrat ne prévoit aucune condition de disponibilité.</translation>
    </message>
    <message>
        <source>The month %1-%2 in time zone &quot;%3&quot; cannot be used: unknown time zone or month.</source>
        <translation>Le mois %1-%2 dans le fuseau horaire «&#xa0;%3&#xa0;» n&apos;est pas utilisable&#xa0;: fuseau horaire ou mois inconnu.</translation>
    </message>
    <message>
        <source>The availability target %1 % is not between 0 and 100.</source>
        <translation>L&apos;objectif de disponibilité de %1&#xa0;% n&apos;est pas compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>The measurement in fixed intervals states no interval length.</source>
        <translation>La mesure par intervalles fixes ne précise pas la durée de l&apos;intervalle.</translation>
    </message>
    <message>
        <source>a period is unavailable if any counted downtime touches it</source>
        <translation>une période est indisponible dès qu&apos;une indisponibilité comptabilisée la touche</translation>
    </message>
    <message>
        <source>a period is unavailable only if counted downtime covers all of it</source>
        <translation>une période n&apos;est indisponible que si une indisponibilité comptabilisée la couvre entièrement</translation>
    </message>
    <message>
        <source>%1 of the unavailable periods is excluded time, which is removed from the period, so %2 counts as downtime.</source>
        <translation>%1 des périodes indisponibles relève du temps exclu, retiré de la période de mesure&#xa0;: %2 compte donc comme indisponibilité.</translation>
    </message>
    <message>
        <source>Continuous measurement: counted downtime is the total length of the counted outage time, %1.</source>
        <translation>Mesure continue&#xa0;: l&apos;indisponibilité comptabilisée est la durée totale des interruptions comptabilisées, %1.</translation>
    </message>
    <message>
        <source>Period: %1, from %2 to %3 (%4).</source>
        <translation>Période&#xa0;: %1, du %2 au %3 (%4).</translation>
    </message>
    <message>
        <source>Service: %1; records of other services are ignored.</source>
        <translation>Service&#xa0;: %1&#xa0;; les enregistrements des autres services sont ignorés.</translation>
    </message>
    <message>
        <source>Excluded time is removed from the period (&quot;excluding&quot; read strictly): %1 − %2 = %3.</source>
        <translation>Le temps exclu est retiré de la période («&#xa0;excluding&#xa0;» interprété strictement)&#xa0;: %1 − %2 = %3.</translation>
    </message>
    <message>
        <source>Excluded time (%1) is not downtime; the period stays %2.</source>
        <translation>Le temps exclu (%1) n&apos;est pas de l&apos;indisponibilité&#xa0;; la période reste de %2.</translation>
    </message>
    <message>
        <source>Counted downtime %1 is longer than the period used (%2): it is capped at the period, so availability does not go below 0 %.</source>
        <translation>L&apos;indisponibilité comptabilisée de %1 dépasse la période retenue (%2)&#xa0;: elle est plafonnée à la période, de sorte que la disponibilité ne descend pas sous 0&#xa0;%.</translation>
    </message>
    <message>
        <source>No time is left in the period once excluded time is removed; availability is taken as 100 %.</source>
        <translation>Il ne reste aucun temps dans la période une fois le temps exclu retiré&#xa0;; la disponibilité est considérée comme étant de 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown to 4 decimals; thresholds are decided on the exact figures).</source>
        <translation>Disponibilité = 100 × (1 − %1 ÷ %2) = %3&#xa0;% (affichée avec 4 décimales&#xa0;; les seuils sont appréciés sur les valeurs exactes).</translation>
    </message>
    <message>
        <source>Target %1 % (%2): met; counted downtime %3 is within the allowance of %4.</source>
        <translation>Objectif de %1&#xa0;% (%2)&#xa0;: atteint&#xa0;; l&apos;indisponibilité comptabilisée de %3 reste dans la tolérance de %4.</translation>
    </message>
    <message>
        <source>Target %1 % (%2): missed; counted downtime %3 is more than the allowance of %4.</source>
        <translation>Objectif de %1&#xa0;% (%2)&#xa0;: non atteint&#xa0;; l&apos;indisponibilité comptabilisée de %3 dépasse la tolérance de %4.</translation>
    </message>
    <message>
        <source>The downtime %1 is not a length of time.</source>
        <translation>L&apos;indisponibilité %1 n&apos;est pas une durée.</translation>
    </message>
    <message>
        <source>The excluded time is negative.</source>
        <translation>Le temps exclu est négatif.</translation>
    </message>
    <message>
        <source>Counted downtime given: %1.</source>
        <translation>Indisponibilité comptabilisée indiquée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1–%2 %3, %4</source>
        <translation>%1–%2 %3, %4</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>the availability clause</source>
        <translation>la clause relative à la disponibilité</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>%1 more overlaps between records (%2) are not listed one by one; each is counted once.</source>
        <translation>%1 autres chevauchements entre enregistrements (%2) ne sont pas listés un par un&#xa0;; chacun est compté une seule fois.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4): %5 in this period counts as downtime.</source>
        <translation>%1 (%2, du %3 au %4)&#xa0;: %5 dans cette période comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>%1 (%2, from %3, still ongoing): counted up to %4, %5 in this period counts as downtime.</source>
        <translation>%1 (%2, depuis le %3, toujours en cours)&#xa0;: compté jusqu&apos;au %4, %5 dans cette période comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4): %5 excluded; the agreement lists %2 as an exclusion (%6).</source>
        <translation>%1 (%2, du %3 au %4)&#xa0;: %5 exclus&#xa0;; le contrat mentionne «&#xa0;%2&#xa0;» parmi les exclusions (%6).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given %3 before the start, meeting the %4 hours required (%5).</source>
        <translation>%1 (maintenance planifiée, depuis le %2)&#xa0;: le préavis a été donné %3 avant le début, ce qui respecte les %4 heures requises (%5).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, %2 to %3): %4 inside the allowed maintenance windows (%5); %6 outside them counts as downtime.</source>
        <translation>%1 (maintenance planifiée, du %2 au %3)&#xa0;: %4 dans les fenêtres de maintenance autorisées (%5)&#xa0;; %6 en dehors comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>%1: %2 fell inside Normal Business Hours (%3 %4, %5) and counts as downtime: maintenance there is downtime unless it is emergency maintenance or asked for by the customer (%6).</source>
        <translation>%1&#xa0;: %2 tombaient pendant les heures ouvrées normales (%3 %4, %5) et comptent comme indisponibilité&#xa0;: la maintenance pendant ces heures est une indisponibilité, sauf s&apos;il s&apos;agit de maintenance d&apos;urgence ou si le client l&apos;a demandée (%6).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, %2 to %3): %4 excluded as scheduled maintenance (%5).</source>
        <translation>%1 (maintenance planifiée, du %2 au %3)&#xa0;: %4 exclus au titre de la maintenance planifiée (%5).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): no notice time is recorded, so the %3 hours&apos; notice the agreement requires (%4) is not shown; all %5 in this period count as downtime.</source>
        <translation>%1 (maintenance planifiée, depuis le %2)&#xa0;: aucune heure de préavis n&apos;est enregistrée, le préavis de %3 heures exigé par le contrat (%4) n&apos;est donc pas démontré&#xa0;; la totalité des %5 dans cette période comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given %3 before the start, less than the %4 hours required (%5); all %6 in this period count as downtime.</source>
        <translation>%1 (maintenance planifiée, depuis le %2)&#xa0;: le préavis a été donné %3 avant le début, soit moins que les %4 heures requises (%5)&#xa0;; la totalité des %6 dans cette période comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap by %3; that time is counted once.</source>
        <translation>%1 et %2 se chevauchent sur %3&#xa0;; ce temps est compté une seule fois.</translation>
    </message>
    <message>
        <source>Excluded records %1 and %2 overlap by %3; that time is excluded once.</source>
        <translation>Les enregistrements exclus %1 et %2 se chevauchent sur %3&#xa0;; ce temps est exclu une seule fois.</translation>
    </message>
    <message>
        <source>%1 of outage time that would count overlaps excluded time (%2 stretch(es), first %3 to %4); the overlap is excluded, not counted: where an excluded record overlaps a counted one, the overlap is excluded.</source>
        <translation>%1 d&apos;interruption qui serait comptabilisée chevauche du temps exclu (%2 plage(s), la première du %3 au %4)&#xa0;; le chevauchement est exclu et non comptabilisé&#xa0;: lorsqu&apos;un enregistrement exclu chevauche un enregistrement comptabilisé, le chevauchement est exclu.</translation>
    </message>
    <message>
        <source>%1 more counted records (%2 in this period) are not listed one by one.</source>
        <translation>%1 autres enregistrements comptabilisés (%2 dans cette période) ne sont pas listés un par un.</translation>
    </message>
    <message>
        <source>%1 more excluded records (%2 in this period) are not listed one by one.</source>
        <translation>%1 autres enregistrements exclus (%2 dans cette période) ne sont pas listés un par un.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Enregistrement n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Record %1 of the list</source>
        <translation>Enregistrement %1 de la liste</translation>
    </message>
    <message>
        <source>A maintenance window (%1) cannot be used: it needs a known time zone and start and end times.</source>
        <translation>Une fenêtre de maintenance (%1) n&apos;est pas utilisable&#xa0;: elle nécessite un fuseau horaire connu ainsi que des heures de début et de fin.</translation>
    </message>
    <message>
        <source>Maintenance in business hours is said to count as downtime, but no business hours are stated.</source>
        <translation>La maintenance pendant les heures ouvrées est censée compter comme indisponibilité, mais aucune heure ouvrée n&apos;est précisée.</translation>
    </message>
    <message>
        <source>The business hours of the maintenance rule cannot be used: %1</source>
        <translation>Les heures ouvrées de la règle de maintenance ne sont pas utilisables&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods from the start of the month (%2 periods; %3): %n period(s) unavailable, %4 (%5).</source>
        <translation>
            <numerusform>Mesuré par périodes de %1 minutes depuis le début du mois (%2 périodes&#xa0;; %3)&#xa0;: %n période indisponible, %4 (%5).</numerusform>
            <numerusform>Mesuré par périodes de %1 minutes depuis le début du mois (%2 périodes&#xa0;; %3)&#xa0;: %n périodes indisponibles, %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period touches %n period(s), so %3 counts (starting inside a period, it could touch one more) (%4).</source>
        <translation>
            <numerusform>Mesuré par périodes de %1 minutes&#xa0;: une interruption de %2 commençant au début d&apos;une période touche %n période, donc %3 comptent (si elle commence en cours de période, elle peut en toucher une de plus) (%4).</numerusform>
            <numerusform>Mesuré par périodes de %1 minutes&#xa0;: une interruption de %2 commençant au début d&apos;une période touche %n périodes, donc %3 comptent (si elle commence en cours de période, elle peut en toucher une de plus) (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period covers %n whole period(s), so %3 counts (%4).</source>
        <translation>
            <numerusform>Mesuré par périodes de %1 minutes&#xa0;: une interruption de %2 commençant au début d&apos;une période couvre %n période entière, donc %3 comptent (%4).</numerusform>
            <numerusform>Mesuré par périodes de %1 minutes&#xa0;: une interruption de %2 commençant au début d&apos;une période couvre %n périodes entières, donc %3 comptent (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on this term (%1): %2</source>
        <translation>Remarque sur cette condition (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4) has no length, so nothing of it counts.</source>
        <translation>%1 (%2, du %3 au %4) n&apos;a aucune durée&#xa0;: rien n&apos;en est donc comptabilisé.</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given at %3, after the maintenance had started, so the %4 hours&apos; notice required (%5) was not given; all %6 in this period count as downtime.</source>
        <translation>%1 (maintenance planifiée, depuis le %2)&#xa0;: le préavis a été donné le %3, après le début de la maintenance, le préavis de %4 heures exigé (%5) n&apos;a donc pas été respecté&#xa0;; la totalité des %6 dans cette période comptent comme indisponibilité.</translation>
    </message>
    <message>
        <source>Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown to %4 decimals, rounded down: to 4 decimals it would read as the target it misses; thresholds are decided on the exact figures).</source>
        <translation>Disponibilité = 100 × (1 − %1 ÷ %2) = %3&#xa0;% (affichée avec %4 décimales, arrondie par défaut&#xa0;: avec 4 décimales, elle se lirait comme l’objectif qu’elle manque&#xa0;; les seuils sont appréciés sur les valeurs exactes).</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>no clause cited</source>
        <translation>aucune clause citée</translation>
    </message>
</context>
<context>
    <name>ClaimDeadline</name>
    <message>
        <source>the claims clause</source>
        <translation>la clause relative aux réclamations</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>The agreement states no time limit for claiming a credit.</source>
        <translation>Le contrat ne prévoit aucun délai pour réclamer un crédit.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): the end of the calendar month after %2, %3.</source>
        <translation>Date limite de réclamation (%1)&#xa0;: la fin du mois civil suivant %2, soit le %3.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): %2 days after the credit falls due, read as the last day of the month measured (%3), so %4.</source>
        <translation>Date limite de réclamation (%1)&#xa0;: %2 jours après l&apos;exigibilité du crédit, interprétée comme le dernier jour du mois mesuré (%3), soit le %4.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): the end of the monthly billing cycle %2 month(s) after %3, %4.</source>
        <translation>Date limite de réclamation (%1)&#xa0;: la fin du cycle de facturation mensuel %2 mois après %3, soit le %4.</translation>
    </message>
    <message>
        <source>The claim window (%1) has a negative length and gives no deadline.</source>
        <translation>Le délai de réclamation (%1) a une durée négative et ne donne aucune date limite.</translation>
    </message>
</context>
<context>
    <name>ClaimDraft</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>le contrat</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>tous les services</translation>
    </message>
    <message>
        <source>(our account with %1)</source>
        <translation>(notre compte auprès de %1)</translation>
    </message>
    <message>
        <source>SLA Credit Request: %1, %2, %3</source>
        <translation>Demande de crédit SLA&#xa0;: %1, %2, %3</translation>
    </message>
    <message>
        <source>To %1,</source>
        <translation>À l&apos;attention de %1,</translation>
    </message>
    <message>
        <source>We request the service credit owed under %1 for the calendar month of %2 (%3 to %4, time zone %5).</source>
        <translation>Nous demandons le crédit de service dû au titre de %1 pour le mois civil de %2 (du %3 au %4, fuseau horaire %5).</translation>
    </message>
    <message>
        <source>Affected account: %1</source>
        <translation>Compte concerné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affected service: %1</source>
        <translation>Service concerné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monthly availability: %1 % against the committed %2 % (%3)</source>
        <translation>Disponibilité mensuelle&#xa0;: %1&#xa0;% pour un engagement de %2&#xa0;% (%3)</translation>
    </message>
    <message>
        <source>Counted downtime: %1</source>
        <translation>Indisponibilité comptabilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service credit: %1 % of %2 %3 = %4 %3</source>
        <translation>Crédit de service&#xa0;: %1&#xa0;% de %2 %3 = %4 %3</translation>
    </message>
    <message>
        <source>Service credit: %1 % of the month&apos;s fees</source>
        <translation>Crédit de service&#xa0;: %1&#xa0;% des redevances du mois</translation>
    </message>
    <message>
        <source>Incidents (local time in %1, with the UTC offset):</source>
        <translation>Incidents (heure locale de %1, avec le décalage UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>record of %1</source>
        <translation>relevé du %1</translation>
    </message>
    <message>
        <source>- %1 (%2)</source>
        <translation>- %1 (%2)</translation>
    </message>
    <message>
        <source>- %1 (%2): %3</source>
        <translation>- %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1. %2 to %3, duration %4, service %5%6</source>
        <translation>%1. Du %2 au %3, durée %4, service %5%6</translation>
    </message>
    <message>
        <source>; our records %1</source>
        <translation>&#xa0;; nos relevés %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>Evidence (attached; confidential or sensitive information in the logs is removed or replaced with asterisks):</source>
        <translation>Pièces justificatives (jointes&#xa0;; les informations confidentielles ou sensibles des journaux sont supprimées ou remplacées par des astérisques)&#xa0;:</translation>
    </message>
    <message>
        <source>- our monitoring records for the incidents above</source>
        <translation>- nos relevés de supervision pour les incidents ci-dessus</translation>
    </message>
    <message>
        <source>This request is made within the claim window of %1, which closes on %2.</source>
        <translation>La présente demande est faite dans le délai de réclamation de %1, qui expire le %2.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Veuillez agréer nos salutations distinguées,</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>check term sheets (and *.subscription.json files); print every problem with its JSON path</source>
        <translation>vérifier des fiches récapitulatives (et des fichiers *.subscription.json)&#xa0;; afficher chaque problème avec son chemin JSON</translation>
    </message>
    <message>
        <source>store term sheets, all or none; an agreement with the same id is replaced</source>
        <translation>enregistrer des fiches récapitulatives, toutes ou aucune&#xa0;; un contrat de même identifiant est remplacé</translation>
    </message>
    <message>
        <source>the stored agreements</source>
        <translation>les contrats enregistrés</translation>
    </message>
    <message>
        <source>ID [--out FILE]</source>
        <translation>ID [--out FICHIER]</translation>
    </message>
    <message>
        <source>a stored agreement as a term sheet with its documents&apos; texts</source>
        <translation>un contrat enregistré, sous forme de fiche récapitulative avec le texte de ses documents</translation>
    </message>
    <message>
        <source>FILE --agreement ID [--service NAME] [--format csv|statuspage] [--mapping PRESET]</source>
        <translation>FICHIER --agreement ID [--service NOM] [--format csv|statuspage] [--mapping PRÉRÉGLAGE]</translation>
    </message>
    <message>
        <source>import outages, all or none; outages already stored are skipped</source>
        <translation>importer des interruptions, toutes ou aucune&#xa0;; les interruptions déjà enregistrées sont ignorées</translation>
    </message>
    <message>
        <source>--agreement ID --month YYYY-MM [--fee AMOUNT] [--service NAME]</source>
        <translation>--agreement ID --month AAAA-MM [--fee MONTANT] [--service NOM]</translation>
    </message>
    <message>
        <source>availability and service credit for a month from the stored outages</source>
        <translation>disponibilité et crédit de service d&apos;un mois, d&apos;après les interruptions enregistrées</translation>
    </message>
    <message>
        <source>(--agreement ID | --termsheet FILE) --month YYYY-MM --downtime-minutes N [--fee AMOUNT] [--service NAME]</source>
        <translation>(--agreement ID | --termsheet FICHIER) --month AAAA-MM --downtime-minutes N [--fee MONTANT] [--service NOM]</translation>
    </message>
    <message>
        <source>what-if: N minutes of counted downtime in that month</source>
        <translation>simulation&#xa0;: N minutes d&apos;indisponibilité comptabilisée dans ce mois</translation>
    </message>
    <message>
        <source>--agreement ID --start YYYY-MM-DD [--as-of YYYY-MM-DD] [--ics FILE]</source>
        <translation>--agreement ID --start AAAA-MM-JJ [--as-of AAAA-MM-JJ] [--ics FICHIER]</translation>
    </message>
    <message>
        <source>current term end, last day to give notice, next renewal</source>
        <translation>fin de la période en cours, dernier jour pour donner préavis, prochain renouvellement</translation>
    </message>
    <message>
        <source>--agreement ID --start YYYY-MM-DD --payments FILE.csv --claim-date YYYY-MM-DD</source>
        <translation>--agreement ID --start AAAA-MM-JJ --payments FICHIER.csv --claim-date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the liability cap at a claim date (payments CSV: date,amount)</source>
        <translation>le plafond de responsabilité à une date de réclamation (CSV des paiements&#xa0;: date,amount)</translation>
    </message>
    <message>
        <source>--agreement ID --level NAME --reported INSTANT</source>
        <translation>--agreement ID --level NOM --reported INSTANT</translation>
    </message>
    <message>
        <source>when the vendor&apos;s support response is due</source>
        <translation>l&apos;échéance de la réponse du support du fournisseur</translation>
    </message>
    <message>
        <source>usage: termlens-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>usage&#xa0;: termlens-cli [--db CHEMIN] [--json] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options for every command:
  --db PATH      the workspace file (default: the desktop app&apos;s; a missing file is created
                 from the sample agreements)
  --json         print one JSON document on stdout
  --now INSTANT  take this ISO 8601 instant as the current time
  --help, -h     this help; COMMAND --help for one command
  --version      print the version

Exit status: 0 success, 1 user error (one line per problem on stderr), 2 bad usage.</source>
        <translation>Options communes à toutes les commandes&#xa0;:
  --db CHEMIN    le fichier de l&apos;espace de travail (par défaut&#xa0;: celui de l&apos;application&#xa0;;
                 s&apos;il n&apos;existe pas, il est créé à partir des contrats d&apos;exemple)
  --json         afficher un seul document JSON sur stdout
  --now INSTANT  prendre cet instant ISO 8601 comme heure actuelle
  --help, -h     cette aide&#xa0;; COMMANDE --help pour l&apos;aide d&apos;une commande
  --version      afficher la version

Code de sortie&#xa0;: 0 succès, 1 erreur de l&apos;utilisateur (une ligne par problème sur stderr),
2 usage incorrect.</translation>
    </message>
    <message>
        <source>usage: termlens-cli [--db PATH] [--json] %1</source>
        <translation>usage&#xa0;: termlens-cli [--db CHEMIN] [--json] %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>--now: expected an ISO 8601 instant with a zone, not %1</source>
        <translation>--now&#xa0;: instant ISO 8601 avec fuseau horaire attendu, et non %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: id %2 is also the id of %3</source>
        <translation>%1&#xa0;: l&apos;identifiant %2 est aussi celui de %3</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1&#xa0;: ok</translation>
    </message>
    <message>
        <source>%1: replaced the stored agreement %2 (%3)</source>
        <translation>%1&#xa0;: contrat enregistré %2 remplacé (%3)</translation>
    </message>
    <message>
        <source>%1: imported %2 (%3)</source>
        <translation>%1&#xa0;: %2 importé (%3)</translation>
    </message>
    <message>
        <source>%1	%2	%3	target %4	%5</source>
        <translation>%1	%2	%3	objectif %4	%5</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>option --%1 donnée deux fois</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>l&apos;option --%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>termlens-cli: %1 (see termlens-cli %2--help)</source>
        <translation>termlens-cli&#xa0;: %1 (voir termlens-cli %2--help)</translation>
    </message>
    <message>
        <source>termlens-cli: %1</source>
        <translation>termlens-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>termlens-cli: note: %1</source>
        <translation>termlens-cli&#xa0;: remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>created the sample workspace %1</source>
        <translation>espace de travail d&apos;exemple %1 créé</translation>
    </message>
    <message>
        <source>no agreement with id %1 in %2</source>
        <translation>aucun contrat d&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>--%1 manquant</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Service %1:</source>
        <translation>Service %1&#xa0;:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source> = %1 %2</source>
        <translation> = %1 %2</translation>
    </message>
    <message>
        <source>%1: availability %2 % (target %3 %, %4); downtime %5 min, excluded %6 min; credit %7 %%8</source>
        <translation>%1&#xa0;: disponibilité %2&#xa0;% (objectif %3&#xa0;%, %4)&#xa0;; indisponibilité %5 min, exclu %6 min&#xa0;; crédit %7&#xa0;%%8</translation>
    </message>
    <message>
        <source>%1, %2 %3 (%4)</source>
        <translation>%1, %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Total credit: %1 %2</source>
        <translation>Crédit total&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Claim by: %1</source>
        <translation>Date limite de réclamation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working:</source>
        <translation>Détail du calcul&#xa0;:</translation>
    </message>
    <message>
        <source>--fee: %1 is not an amount in %2 (digits, at most %3 decimals)</source>
        <translation>--fee&#xa0;: %1 n&apos;est pas un montant en %2 (chiffres, au plus %3 décimales)</translation>
    </message>
    <message>
        <source>give either --agreement or --termsheet</source>
        <translation>indiquez soit --agreement, soit --termsheet</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, not %2</source>
        <translation>--%1&#xa0;: date au format AAAA-MM-JJ attendue, et non %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: renewal %2</source>
        <translation>%1&#xa0;: renouvellement %2</translation>
    </message>
    <message>
        <source>Term end: %1</source>
        <translation>Fin de la période en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notice deadline: %1</source>
        <translation>Date limite de préavis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next renewal: %1</source>
        <translation>Prochain renouvellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cap: %1 %2</source>
        <translation>Plafond&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2, paid %3 %4, multiplier %5</source>
        <translation>Période de référence&#xa0;: du %1 au %2, payé %3 %4, multiplicateur %5</translation>
    </message>
    <message>
        <source>Outside the cap: %1</source>
        <translation>Hors plafond&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>--format: expected csv or statuspage, not %1</source>
        <translation>--format&#xa0;: csv ou statuspage attendu, et non %1</translation>
    </message>
    <message>
        <source>--reported: expected an ISO 8601 instant with a zone such as 2026-12-24T16:00:00-06:00, not %1</source>
        <translation>--reported&#xa0;: instant ISO 8601 avec fuseau horaire attendu, par exemple 2026-12-24T16:00:00-06:00, et non %1</translation>
    </message>
    <message>
        <source>Response due: %1 (%2 minutes counted)</source>
        <translation>Échéance de la réponse&#xa0;: %1 (%2 minutes comptées)</translation>
    </message>
    <message>
        <source>%1: stopped after %2 problems</source>
        <translation>%1&#xa0;: arrêt après %2 problèmes</translation>
    </message>
    <message>
        <source>--mapping reads a CSV file; it does not go with --format statuspage</source>
        <translation>--mapping lit un fichier CSV&#xa0;; cette option ne s&apos;utilise pas avec --format statuspage</translation>
    </message>
    <message>
        <source>%1: this CSV&apos;s header is not TermLens&apos;s own (service,start,end,category,notice_given,reference,notes); it looks like a %2 export: add --mapping &quot;%2&quot;</source>
        <translation>%1&#xa0;: l&apos;en-tête de ce CSV n&apos;est pas celui de TermLens (service,start,end,category,notice_given,reference,notes)&#xa0;; il ressemble à un export %2&#xa0;: ajoutez --mapping &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: this CSV&apos;s header is not TermLens&apos;s own (service,start,end,category,notice_given,reference,notes); import it with --mapping PRESET (built in: %2, or one saved in the desktop app)</source>
        <translation>%1&#xa0;: l&apos;en-tête de ce CSV n&apos;est pas celui de TermLens (service,start,end,category,notice_given,reference,notes)&#xa0;; importez-le avec --mapping PRÉRÉGLAGE (intégrés&#xa0;: %2, ou un préréglage enregistré dans l&apos;application de bureau)</translation>
    </message>
    <message>
        <source>no column mapping is called &quot;%1&quot; (known: %2)</source>
        <translation>aucune correspondance de colonnes ne s&apos;appelle «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--out FILE.pdf [--agreements ID,...] [--from YYYY-MM --to YYYY-MM] [--sections NAME,...] [--page-size a4|letter] [--title TEXT] [--author TEXT]</source>
        <translation>--out FICHIER.pdf [--agreements ID,...] [--from AAAA-MM --to AAAA-MM] [--sections NOM,...] [--page-size a4|letter] [--title TEXTE] [--author TEXTE]</translation>
    </message>
    <message>
        <source>the PDF report, as the desktop app exports it; sections: cover, summary, comparison, subprocessors, credits, appendix</source>
        <translation>le rapport PDF, tel que l&apos;application de bureau l&apos;exporte&#xa0;; sections&#xa0;: cover, summary, comparison, subprocessors, credits, appendix</translation>
    </message>
    <message>
        <source>--sections: unknown section %1 (known: %2)</source>
        <translation>--sections&#xa0;: section inconnue %1 (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--sections: name at least one section</source>
        <translation>--sections&#xa0;: indiquez au moins une section</translation>
    </message>
    <message>
        <source>--%1: expected a month as YYYY-MM, not %2</source>
        <translation>--%1&#xa0;: un mois au format AAAA-MM est attendu, et non %2</translation>
    </message>
    <message>
        <source>--agreements: name at least one agreement id</source>
        <translation>--agreements&#xa0;: indiquez au moins un identifiant de contrat</translation>
    </message>
    <message>
        <source>give --from and --to together</source>
        <translation>indiquez --from et --to ensemble</translation>
    </message>
    <message>
        <source>--page-size: expected a4 or letter, not %1</source>
        <translation>--page-size&#xa0;: a4 ou letter est attendu, et non %1</translation>
    </message>
    <message>
        <source>report: this program was started without its graphics layer</source>
        <translation>report&#xa0;: ce programme a été lancé sans sa couche graphique</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n page</numerusform>
            <numerusform>%1 écrit&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>termlens-cli: could not write to standard output: %1</source>
        <translation>termlens-cli&#xa0;: impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>l&apos;écriture a échoué</translation>
    </message>
    <message>
        <source>Language:
  --lang LANG    en, de or fr for messages, text output and the report
                 (default: the desktop app&apos;s choice, else the system&apos;s)
  With --json the output is the same in every language: English texts,
  plain numbers (1234.50) and ISO dates.</source>
        <translation>Langue&#xa0;:
  --lang LANGUE  en, de ou fr pour les messages, la sortie texte et le rapport
                 (par défaut&#xa0;: le choix de l&apos;application, sinon celui du système)
  Avec --json, la sortie est identique dans toutes les langues&#xa0;: textes en anglais,
  nombres bruts (1234.50) et dates ISO.</translation>
    </message>
    <message>
        <source>--lang: expected en, de or fr, not %1</source>
        <translation>--lang&#xa0;: en, de ou fr attendu, et non %1</translation>
    </message>
    <message>
        <source>--service: %1 names no service of %2, which has no stored outages and no subscription services; leave --service out</source>
        <translation>--service&#xa0;: %1 ne désigne aucun service de %2, qui n&apos;a ni interruption enregistrée ni service d&apos;abonnement&#xa0;; omettez --service</translation>
    </message>
    <message>
        <source>--service: %1 names no service of %2; its services are: %3</source>
        <translation>--service&#xa0;: %1 ne désigne aucun service de %2&#xa0;; ses services sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>--fee: %1 is too large an amount</source>
        <translation>--fee&#xa0;: %1 est un montant trop élevé</translation>
    </message>
    <message>
        <source>%1 states no availability terms (terms.availability)</source>
        <translation>%1 ne prévoit aucune condition de disponibilité (terms.availability)</translation>
    </message>
    <message>
        <source>--fee: the credit base of %1 is the affected service&apos;s own fee, and its subscription lists %2; name one with --service</source>
        <translation>--fee&#xa0;: l&apos;assiette du crédit de %1 est la redevance propre du service concerné, et son abonnement comporte %2&#xa0;; indiquez-en un avec --service</translation>
    </message>
    <message>
        <source>give --agreement or --termsheet, not both</source>
        <translation>indiquez --agreement ou --termsheet, pas les deux</translation>
    </message>
    <message>
        <source>--downtime-minutes: %1 is too large a number</source>
        <translation>--downtime-minutes&#xa0;: %1 est un nombre trop grand</translation>
    </message>
    <message>
        <source>--downtime-minutes: expected minutes of zero or more with at most 6 decimals, such as 43.83, not %1</source>
        <translation>--downtime-minutes&#xa0;: nombre de minutes attendu, égal ou supérieur à zéro, avec au plus 6 décimales, par exemple 43.83, et non %1</translation>
    </message>
    <message>
        <source>Fee: none given with --fee, and a term-sheet file has no subscription, so only the percentage is shown.</source>
        <translation>Redevance&#xa0;: aucune n&apos;a été indiquée avec --fee et un fichier de fiche récapitulative ne comporte pas d&apos;abonnement, seul le pourcentage est donc affiché.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>par périodes fixes</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>continu (durée indéterminée)</translation>
    </message>
    <message>
        <source>paid period</source>
        <translation>à chaque période payée</translation>
    </message>
    <message>
        <source>Earliest end (rolling, with notice): %1</source>
        <translation>Fin la plus proche (durée indéterminée, moyennant préavis)&#xa0;: %1</translation>
    </message>
    <message>
        <source>--ics: expected the name of the file to write</source>
        <translation>--ics&#xa0;: nom du fichier à écrire attendu</translation>
    </message>
    <message>
        <source>%1 states no term or renewal (terms.term)</source>
        <translation>%1 ne prévoit ni durée ni renouvellement (terms.term)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Calendrier écrit dans %1</translation>
    </message>
    <message>
        <source>--claim-date %1 is before --start %2: a claim cannot arise before the agreement starts</source>
        <translation>--claim-date %1 est antérieure à --start %2&#xa0;: une réclamation ne peut pas naître avant le début du contrat</translation>
    </message>
    <message>
        <source>%1 states no liability cap (terms.liabilityCap)</source>
        <translation>%1 ne prévoit aucun plafond de responsabilité (terms.liabilityCap)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outage(s) imported into %2, %3 already stored (skipped)</source>
        <translation>
            <numerusform>%1&#xa0;: %n interruption importée dans %2, %3 déjà enregistrée(s) (ignorée(s))</numerusform>
            <numerusform>%1&#xa0;: %n interruptions importées dans %2, %3 déjà enregistrée(s) (ignorée(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) not imported (filtered out, another service, or no duration)</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement non importé (filtré, autre service ou sans durée)</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements non importés (filtrés, autre service ou sans durée)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 states no support response times (terms.support)</source>
        <translation>%1 ne prévoit aucun délai de réponse du support (terms.support)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Availability target: %1 % a month (%2).</source>
        <translation>Objectif de disponibilité&#xa0;: %1&#xa0;% par mois (%2).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>The agreement measures in the average month of 43,830 minutes (730.5 hours).</source>
        <translation>Le contrat mesure sur le mois moyen de 43&#xa0;830 minutes (730,5 heures).</translation>
    </message>
    <message>
        <source>The agreement measures in the calendar month; a 30-day month of 43,200 minutes is used to compare (a 31-day month allows 1/30 more).</source>
        <translation>Le contrat mesure sur le mois civil&#xa0;; un mois de 30 jours, soit 43&#xa0;200 minutes, sert à la comparaison (un mois de 31 jours autorise 1/30 de plus).</translation>
    </message>
    <message>
        <source>(100 % − %1 %) × %2 minutes = %3 minutes of downtime allowed (%4).</source>
        <translation>(100&#xa0;% − %1&#xa0;%) × %2 minutes = %3 minutes d&apos;indisponibilité autorisées (%4).</translation>
    </message>
    <message>
        <source>Measured in %1-minute periods, each touched by downtime lost whole: at most %2 periods (%3 minutes) fit in the allowance.</source>
        <translation>Mesuré par périodes de %1 minutes, chaque période touchée par une indisponibilité étant entièrement perdue&#xa0;: au plus %2 périodes (%3 minutes) tiennent dans la tolérance.</translation>
    </message>
    <message>
        <source>no service credits</source>
        <translation>aucun crédit de service</translation>
    </message>
    <message>
        <source>The agreement gives no service credits (%1): 0 %.</source>
        <translation>Le contrat ne prévoit aucun crédit de service (%1)&#xa0;: 0&#xa0;%.</translation>
    </message>
    <message>
        <source>month not valid</source>
        <translation>mois non valide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exactly %1 % availability in %2: %3 seconds of counted downtime, (100 − %1) % of the month.</source>
        <translation>Exactement %1&#xa0;% de disponibilité en %2&#xa0;: %3 secondes d&apos;indisponibilité comptabilisée, soit (100 − %1)&#xa0;% du mois.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>× annual fees</source>
        <translation>× la redevance annuelle</translation>
    </message>
    <message>
        <source>%1 × a year&apos;s fees</source>
        <translation>%1 × les redevances d&apos;une année</translation>
    </message>
    <message>
        <source>Cap = %1 × the fees paid in the previous contract year (%2): %1 × a year&apos;s fees once a full year has been paid.</source>
        <translation>Plafond = %1 × les redevances payées au cours de l&apos;année contractuelle précédente (%2)&#xa0;: %1 × les redevances d&apos;une année, une fois une année complète payée.</translation>
    </message>
    <message>
        <source>Cap = %1 × the fees paid in the 12 months before the claim (%2): %1 × a year&apos;s fees once a full year has been paid.</source>
        <translation>Plafond = %1 × les redevances payées au cours des 12 mois précédant la réclamation (%2)&#xa0;: %1 × les redevances d&apos;une année, une fois une année complète payée.</translation>
    </message>
    <message>
        <source>a fixed amount; the annual fee is not known</source>
        <translation>un montant fixe&#xa0;; la redevance annuelle n&apos;est pas connue</translation>
    </message>
    <message>
        <source>Cap = %1 × %2 %3 (a fixed amount, %4); the subscription&apos;s annual fee is %5 %3 (12 × the monthly fees): %6 × a year&apos;s fees.</source>
        <translation>Plafond = %1 × %2 %3 (un montant fixe, %4)&#xa0;; la redevance annuelle de l&apos;abonnement est de %5 %3 (12 × les redevances mensuelles)&#xa0;: %6 × les redevances d&apos;une année.</translation>
    </message>
    <message>
        <source>no subscription recorded</source>
        <translation>aucun abonnement enregistré</translation>
    </message>
    <message>
        <source>A claim made on %1, with the subscription&apos;s payments:</source>
        <translation>Réclamation faite le %1, avec les paiements de l&apos;abonnement&#xa0;:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Response time, level %1</source>
        <translation>Délai de réponse, niveau %1</translation>
    </message>
    <message>
        <source>Business hours count only the vendor&apos;s opening hours, so a business hour can take much longer on the calendar than a 24×7 hour.</source>
        <translation>Les heures ouvrées ne comptent que les heures d&apos;ouverture du fournisseur&#xa0;: une heure ouvrée peut donc durer bien plus longtemps sur le calendrier qu&apos;une heure en 24×7.</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Objectif de disponibilité</translation>
    </message>
    <message>
        <source>Downtime allowed a month</source>
        <translation>Indisponibilité autorisée par mois</translation>
    </message>
    <message>
        <source>Credit at 99 % availability</source>
        <translation>Crédit à 99&#xa0;% de disponibilité</translation>
    </message>
    <message>
        <source>Credit at 95 % availability</source>
        <translation>Crédit à 95&#xa0;% de disponibilité</translation>
    </message>
    <message>
        <source>Notice to stop renewal</source>
        <translation>Préavis de non-renouvellement</translation>
    </message>
    <message>
        <source>Liability cap (× annual fees)</source>
        <translation>Plafond de responsabilité (× redevance annuelle)</translation>
    </message>
    <message>
        <source>Liability cap for this customer</source>
        <translation>Plafond de responsabilité pour ce client</translation>
    </message>
    <message>
        <source>Cure period before termination</source>
        <translation>Délai de remédiation avant résiliation</translation>
    </message>
    <message>
        <source>Data retrieval after termination</source>
        <translation>Récupération des données après la résiliation</translation>
    </message>
    <message>
        <source>Breach notification within</source>
        <translation>Notification des violations sous</translation>
    </message>
    <message>
        <source>Notice of changes to terms</source>
        <translation>Préavis de modification des conditions</translation>
    </message>
    <message>
        <source>Amounts in different currencies (%1) are not compared.</source>
        <translation>Les montants dans des devises différentes (%1) ne sont pas comparés.</translation>
    </message>
    <message>
        <source>England and Wales bank holidays excluded</source>
        <translation>jours fériés d&apos;Angleterre et du pays de Galles exclus</translation>
    </message>
    <message>
        <source>US federal holidays excluded</source>
        <translation>jours fériés fédéraux des États-Unis exclus</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): no figure to compare.</source>
        <translation>%1 (%2)&#xa0;: aucun chiffre à comparer.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Compared as its shortest length, %1.</source>
        <translation>Comparé sur sa durée la plus courte, %1.</translation>
    </message>
    <message>
        <source>Compared as its longest length, %1.</source>
        <translation>Comparé sur sa durée la plus longue, %1.</translation>
    </message>
    <message>
        <source>%1 business days; business hours not stated</source>
        <translation>%1 jours ouvrés&#xa0;; heures ouvrées non précisées</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>%1 business hours (%2)</source>
        <translation>%1 heures ouvrées (%2)</translation>
    </message>
    <message>
        <source>%1 hours, 24×7 (%2)</source>
        <translation>%1 heures, 24×7 (%2)</translation>
    </message>
    <message>
        <source>%1: response within %2 %3 on the %4 clock (%5).</source>
        <translation>%1&#xa0;: réponse dans un délai de %2 %3, décompte %4 (%5).</translation>
    </message>
    <message>
        <source>business</source>
        <translation>en temps ouvré</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>A business day is the calendar&apos;s opening hours: %1 minutes.</source>
        <translation>Un jour ouvré correspond aux heures d&apos;ouverture du calendrier&#xa0;: %1 minutes.</translation>
    </message>
    <message>
        <source>A day is 24 hours.</source>
        <translation>Un jour compte 24 heures.</translation>
    </message>
    <message>
        <source>Business hours: %1.</source>
        <translation>Heures ouvrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In the first contract year: %1 × the fees paid for that year.</source>
        <translation>Pendant la première année contractuelle&#xa0;: %1 × les redevances payées au titre de cette année.</translation>
    </message>
    <message>
        <source>Never more than the insurers pay.</source>
        <translation>Jamais plus que ce que versent les assureurs.</translation>
    </message>
    <message>
        <source>Outside the cap: %1.</source>
        <translation>Hors plafond&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ComparisonGrid</name>
    <message>
        <source>Cited: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ambiguity: %1</source>
        <translation>Ambiguïté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Termination rights</source>
        <translation>Droits de résiliation</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>As stated: %1</source>
        <translation>Tel que stipulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 pass · %3 %4 warn · %5 %6 fail · %7 %8 not stated</source>
        <translation>%1 %2 conforme(s) · %3 %4 à vérifier · %5 %6 non conforme(s) · %7 %8 non précisé(s)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>▲ best</source>
        <translation>▲ meilleur</translation>
    </message>
    <message>
        <source>▼ worst</source>
        <translation>▼ pire</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
</context>
<context>
    <name>CreditClaimCommand</name>
    <message>
        <source>Mark Credit Claimed</source>
        <translation>Marquer le crédit comme réclamé</translation>
    </message>
    <message>
        <source>Unmark Credit Claim</source>
        <translation>Annuler le marquage de la réclamation</translation>
    </message>
</context>
<context>
    <name>CreditClaimRepository</name>
    <message>
        <source>A claim needs a month (YYYY-MM) and the date it was made; got &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Une réclamation nécessite un mois (AAAA-MM) et la date à laquelle elle a été faite&#xa0;; reçu «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>the service credit clause</source>
        <translation>la clause relative aux crédits de service</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 point(s)</source>
        <translation>%1 point(s)</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1&#xa0;% de l&apos;objectif</translation>
    </message>
    <message>
        <source>Flat credit (%1): the target was missed, so %2.</source>
        <translation>Crédit forfaitaire (%1)&#xa0;: l&apos;objectif n&apos;a pas été atteint, donc %2.</translation>
    </message>
    <message>
        <source>Tiers (%1): availability %2 % is not below any tier&apos;s bound, so no credit.</source>
        <translation>Paliers (%1)&#xa0;: la disponibilité de %2&#xa0;% n&apos;est inférieure au seuil d&apos;aucun palier, donc aucun crédit.</translation>
    </message>
    <message>
        <source>Steps (%1): the shortfall is read as percentage points of availability: %2 − %3 = %4 points.</source>
        <translation>Échelons (%1)&#xa0;: l&apos;écart est interprété en points de pourcentage de disponibilité&#xa0;: %2 − %3 = %4 points.</translation>
    </message>
    <message>
        <source>Steps (%1): the shortfall is read as a share of the target: 100 × (%2 − %3) ÷ %2 = %4 % of the target.</source>
        <translation>Échelons (%1)&#xa0;: l&apos;écart est interprété comme une proportion de l&apos;objectif&#xa0;: 100 × (%2 − %3) ÷ %2 = %4&#xa0;% de l&apos;objectif.</translation>
    </message>
    <message>
        <source>A shortfall of up to %1 earns %2.</source>
        <translation>Un écart jusqu&apos;à %1 donne droit à %2.</translation>
    </message>
    <message>
        <source>The first %1 earns %2; each further full %3 earns %4 more: %5 full step(s), so %6; the remaining %7 earns nothing.</source>
        <translation>Les premiers %1 donnent droit à %2&#xa0;; chaque tranche complète supplémentaire de %3 donne droit à %4 de plus&#xa0;: %5 tranche(s) complète(s), donc %6&#xa0;; les %7 restants ne donnent droit à rien.</translation>
    </message>
    <message>
        <source>The agreement sets no credit for a missed target (%1).</source>
        <translation>Le contrat ne prévoit aucun crédit en cas d&apos;objectif non atteint (%1).</translation>
    </message>
    <message>
        <source>Base (%1): the month&apos;s fee, %2 %3.</source>
        <translation>Assiette (%1)&#xa0;: la redevance du mois, %2 %3.</translation>
    </message>
    <message>
        <source>Base (%1): the month&apos;s fee of the affected service only, %2 %3.</source>
        <translation>Assiette (%1)&#xa0;: la redevance du mois du seul service concerné, %2 %3.</translation>
    </message>
    <message>
        <source>The credit base could not be computed from the fee %1.</source>
        <translation>L&apos;assiette du crédit n&apos;a pas pu être calculée à partir de la redevance %1.</translation>
    </message>
    <message>
        <source>Credit: %1 of %2 = %3 %4 (rounded half away from zero to the minor unit).</source>
        <translation>Crédit&#xa0;: %1 de %2 = %3 %4 (arrondi à la plus petite unité monétaire, demi-unité arrondie en s&apos;éloignant de zéro).</translation>
    </message>
    <message>
        <source>A credit is issued only if it is greater than %1 %2 (%3); %4 %2 is not, so no credit is issued.</source>
        <translation>Un crédit n&apos;est accordé que s&apos;il est supérieur à %1 %2 (%3)&#xa0;; ce n&apos;est pas le cas de %4 %2, aucun crédit n&apos;est donc accordé.</translation>
    </message>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Le contrat ne prévoit aucune condition de disponibilité.</translation>
    </message>
    <message>
        <source>The fee is not a valid amount.</source>
        <translation>La redevance n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>Note on this term: %1</source>
        <translation>Remarque sur cette condition&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target of %1 % was met, so no service credit is due.</source>
        <translation>L&apos;objectif de %1&#xa0;% a été atteint, aucun crédit de service n&apos;est donc dû.</translation>
    </message>
    <message>
        <source>Credits are capped at %1 (%2): %3 becomes %1.</source>
        <translation>Les crédits sont plafonnés à %1 (%2)&#xa0;: %3 devient %1.</translation>
    </message>
    <message>
        <source>No fee was given, so only the percentage is shown.</source>
        <translation>Aucune redevance n&apos;a été indiquée, seul le pourcentage est donc affiché.</translation>
    </message>
    <message>
        <source>Tiers (%1): availability %2 % is below %3 % (counted downtime %5 is more than the %6 that %3 % allows; the most severe tier it is under; &quot;below&quot; is strict, so exactly %3 % is not below it), so %4.</source>
        <translation>Paliers (%1)&#xa0;: la disponibilité de %2&#xa0;% est inférieure à %3&#xa0;% (l&apos;indisponibilité comptabilisée de %5 dépasse les %6 que permettent %3&#xa0;%&#xa0;; c&apos;est le palier le plus grave sous lequel elle se situe&#xa0;; «&#xa0;inférieure&#xa0;» s&apos;entend au sens strict, donc exactement %3&#xa0;% n&apos;est pas inférieur), donc %4.</translation>
    </message>
    <message>
        <source>Base (%1): the annual fee ÷ 12: %2 ÷ 12 = %3 %4 to the minor unit; the credit is worked on the exact twelfth and rounded once, at the end.</source>
        <translation>Assiette (%1)&#xa0;: la redevance annuelle ÷ 12&#xa0;: %2 ÷ 12 = %3 %4 à la plus petite unité monétaire&#xa0;; le crédit est calculé sur le douzième exact et arrondi une seule fois, à la fin.</translation>
    </message>
    <message>
        <source>Credit: %1 of %2 ÷ 12 = %3 %4 (rounded half away from zero to the minor unit).</source>
        <translation>Crédit&#xa0;: %1 de %2 ÷ 12 = %3 %4 (arrondi à la plus petite unité monétaire, demi-unité arrondie en s&apos;éloignant de zéro).</translation>
    </message>
    <message>
        <source>The credit on the fee %1 is too large to compute.</source>
        <translation>Le crédit sur la redevance %1 est trop élevé pour être calculé.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>le fichier n&apos;est pas un texte UTF-8 valide (octet %1)</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>un champ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 minutes after a date are counted as %2 whole days, since a date carries no time of day.</source>
        <translation>%1 minutes après une date sont comptées comme %2 jours entiers, car une date ne comporte pas d&apos;heure.</translation>
    </message>
    <message>
        <source>No business calendar is given: Monday to Friday count as business days and no holidays are taken out.</source>
        <translation>Aucun calendrier des jours ouvrés n&apos;est fourni&#xa0;: les jours du lundi au vendredi sont comptés comme jours ouvrés et aucun jour férié n&apos;est retiré.</translation>
    </message>
    <message>
        <source>The business calendar has no business days, so the window has no end.</source>
        <translation>Le calendrier des jours ouvrés ne comporte aucun jour ouvré&#xa0;: le délai n&apos;a donc pas de fin.</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 for %2 in 14 days</source>
        <translation>%1&#xa0;: %2, dans 14 jours</translation>
    </message>
    <message>
        <source>%1 for %2 tomorrow</source>
        <translation>%1&#xa0;: %2, demain</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Notice deadline: %1 renewal (renews %2)</source>
        <translation>Date limite de préavis&#xa0;: renouvellement de %1 (renouvelé le %2)</translation>
    </message>
    <message>
        <source>Notice deadline: %1 (to end on %2)</source>
        <translation>Date limite de préavis&#xa0;: %1 (pour une fin le %2)</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Préavis de non-renouvellement</translation>
    </message>
    <message>
        <source>Term ends: %1</source>
        <translation>Fin de la période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last day of the current term of %1 (%2); the next term starts %3 unless notice was given.</source>
        <translation>Dernier jour de la période en cours de %1 (%2)&#xa0;; la période suivante commence le %3, sauf si un préavis a été donné.</translation>
    </message>
    <message>
        <source>Last day of the current term of %1 (%2).</source>
        <translation>Dernier jour de la période en cours de %1 (%2).</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Fin de la période contractuelle</translation>
    </message>
    <message>
        <source>%1 days&apos; notice</source>
        <translation>préavis de %1 jours</translation>
    </message>
    <message>
        <source>no notice period stated</source>
        <translation>délai de préavis non précisé</translation>
    </message>
    <message>
        <source>Last day to cancel %1 before the next period paid for; the current period ends %2.
Agreement: %3, %4 (%5).</source>
        <translation>Dernier jour pour résilier %1 avant la prochaine période payée&#xa0;; la période en cours se termine le %2.
Contrat&#xa0;: %3, %4 (%5).</translation>
    </message>
    <message>
        <source>Last day to give notice to %1 for the term ending %2.
Agreement: %3, %4 (%5).</source>
        <translation>Dernier jour pour donner préavis à %1 pour la période se terminant le %2.
Contrat&#xa0;: %3, %4 (%5).</translation>
    </message>
    <message>
        <source>Earliest end: %1</source>
        <translation>Fin la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Earliest day %1 (%2) can end, if notice is given on or before %3; without notice it continues.</source>
        <translation>Premier jour où %1 (%2) peut prendre fin, si le préavis est donné au plus tard le %3&#xa0;; sans préavis, le contrat se poursuit.</translation>
    </message>
    <message>
        <source>Last day of the minimum term of %1 (%2); the agreement then continues until ended.</source>
        <translation>Dernier jour de la durée minimale de %1 (%2)&#xa0;; le contrat se poursuit ensuite jusqu&apos;à sa résiliation.</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Fin la plus proche</translation>
    </message>
    <message>
        <source>Paid period ends: %1</source>
        <translation>Fin de la période payée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last day of the period paid for of %1 (%2); the next period starts %3 unless the subscription is cancelled.</source>
        <translation>Dernier jour de la période payée de %1 (%2)&#xa0;; la période suivante commence le %3, sauf si l&apos;abonnement est résilié.</translation>
    </message>
    <message>
        <source>End of the paid period</source>
        <translation>Fin de la période payée</translation>
    </message>
</context>
<context>
    <name>EditOutageCommand</name>
    <message>
        <source>Edit Outage</source>
        <translation>Modifier l&apos;interruption</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The outage is no longer stored; nothing changed.</source>
        <translation>L&apos;interruption n&apos;est plus enregistrée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>Use the language of the desktop session</source>
        <translation>Utiliser la langue de la session du bureau</translation>
    </message>
    <message>
        <source>Show TermLens in %1</source>
        <translation>Afficher TermLens en %1</translation>
    </message>
</context>
<context>
    <name>Liability</name>
    <message>
        <source>Basis (%1): the claim date %2 falls in the first contract year (%3 to %4). There is no previous contract year and the agreement states no first-year rule, so the window is empty: no fees count and the cap is zero.</source>
        <translation>Base (%1)&#xa0;: la date de la réclamation %2 tombe dans la première année contractuelle (du %3 au %4). Il n&apos;y a pas d&apos;année contractuelle précédente et le contrat ne prévoit aucune règle pour la première année&#xa0;: la période de référence est donc vide, aucune redevance n&apos;est prise en compte et le plafond est nul.</translation>
    </message>
    <message>
        <source>Basis (%1): fees paid in the 12 months before the claim: %2 to %3, both days included; the claim date %4 itself is outside the window.</source>
        <translation>Base (%1)&#xa0;: redevances payées au cours des 12 mois précédant la réclamation&#xa0;: du %2 au %3, ces deux jours inclus&#xa0;; la date de la réclamation %4 elle-même est hors de la période de référence.</translation>
    </message>
    <message>
        <source>Payment on %1: %2 %3.</source>
        <translation>Paiement du %1&#xa0;: %2 %3.</translation>
    </message>
    <message>
        <source>Paid in the window: %1 %2; payments counted: %3.</source>
        <translation>Payé pendant la période de référence&#xa0;: %1 %2&#xa0;; paiements pris en compte&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>The claim date is missing or not a real date.</source>
        <translation>La date de la réclamation est absente ou n&apos;est pas une date réelle.</translation>
    </message>
    <message>
        <source>The cap&apos;s multiplier must be zero or more.</source>
        <translation>Le multiplicateur du plafond doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>Contract years run from the start date: give the start date.</source>
        <translation>Les années contractuelles courent à partir de la date de début&#xa0;: indiquez la date de début.</translation>
    </message>
    <message>
        <source>The claim date %1 is before the start date %2.</source>
        <translation>La date de la réclamation %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>A payment of %1 %2 has no valid date.</source>
        <translation>Un paiement de %1 %2 n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>The payment on %1 is in %2, but the agreement&apos;s currency is %3: convert it first, the cap adds up payments in one currency only.</source>
        <translation>Le paiement du %1 est en %2, mais la devise du contrat est %3&#xa0;: convertissez-le d&apos;abord, le plafond n&apos;additionne que des paiements dans une seule devise.</translation>
    </message>
    <message>
        <source>The cap is a fixed amount, but the amount is not stated.</source>
        <translation>Le plafond est un montant fixe, mais ce montant n&apos;est pas précisé.</translation>
    </message>
    <message>
        <source>The fixed amount is too large.</source>
        <translation>Le montant fixe est trop élevé.</translation>
    </message>
    <message>
        <source>Basis (%1): a fixed amount of %2 %3; the cap is %4 x %2 = %5 %3.</source>
        <translation>Base (%1)&#xa0;: un montant fixe de %2 %3&#xa0;; le plafond est de %4 x %2 = %5 %3.</translation>
    </message>
    <message>
        <source>Outside the cap: %1.</source>
        <translation>Hors plafond&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The agreement never pays more than its insurers recover, which the customer cannot know: the figure is an upper bound.</source>
        <translation>Le contrat ne paie jamais plus que ce que ses assureurs remboursent, ce que le client ne peut pas connaître&#xa0;: le montant indiqué est un maximum.</translation>
    </message>
    <message>
        <source>The payments add up to too large a sum.</source>
        <translation>Le total des paiements est trop élevé.</translation>
    </message>
    <message>
        <source>Cap: %1 x %2 %3 = %4 %3, rounded half away from zero to the minor unit.</source>
        <translation>Plafond&#xa0;: %1 x %2 %3 = %4 %3, arrondi à la plus petite unité monétaire (demi-unité arrondie en s&apos;éloignant de zéro).</translation>
    </message>
    <message>
        <source>Basis (%1): fees paid in the previous contract year. Contract years run from the start date %2; a payment dated on an anniversary belongs to the year that begins that day. The claim date %3 falls in contract year %4 (%5 to %6), so the window is contract year %7: %8 to %9, both days included.</source>
        <translation>Base (%1)&#xa0;: redevances payées au cours de l&apos;année contractuelle précédente. Les années contractuelles courent à partir de la date de début %2&#xa0;; un paiement daté d&apos;un jour anniversaire appartient à l&apos;année qui commence ce jour-là. La date de la réclamation %3 tombe dans l&apos;année contractuelle %4 (du %5 au %6), la période de référence est donc l&apos;année contractuelle %7&#xa0;: du %8 au %9, ces deux jours inclus.</translation>
    </message>
    <message>
        <source>Basis (%1): the claim date %2 falls in the first contract year (%3 to %4), which has no previous year; the agreement&apos;s first-year rule uses the fees paid for the first contract year. Counted: payments dated from the start to the claim date, %3 to %2, both days included (later payments were not yet paid when the claim arose).</source>
        <translation>Base (%1)&#xa0;: la date de la réclamation %2 tombe dans la première année contractuelle (du %3 au %4), qui n&apos;a pas d&apos;année précédente&#xa0;; la règle du contrat pour la première année retient les redevances payées pour la première année contractuelle. Pris en compte&#xa0;: les paiements datés du début jusqu&apos;à la date de la réclamation, du %3 au %2, ces deux jours inclus (les paiements ultérieurs n&apos;avaient pas encore été effectués lorsque la réclamation est née).</translation>
    </message>
    <message>
        <source>Refunds in the window exceed its payments (net %1 %2); no fees were paid in it, so the cap is %3 %2.</source>
        <translation>Les remboursements de la période de référence dépassent ses paiements (solde net %1 %2)&#xa0;; aucune redevance n&apos;y a été payée, le plafond est donc de %3 %2.</translation>
    </message>
</context>
<context>
    <name>MappedCsv</name>
    <message numerus="yes">
        <source>the file has %n column(s), so there is no column %1</source>
        <translation>
            <numerusform>le fichier comporte %n colonne, il n&apos;y a donc pas de colonne %1</numerusform>
            <numerusform>le fichier comporte %n colonnes, il n&apos;y a donc pas de colonne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the header has no such column (it has: %1)</source>
        <translation>l&apos;en-tête ne comporte pas cette colonne (colonnes présentes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the mapping&apos;s formats (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure dans les formats de la correspondance (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category and the mapping does not say what it means</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie et la correspondance n&apos;indique pas ce qu&apos;il signifie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration in %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée en %2</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>la ligne comporte %1 champs, l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>the row names no service and no service was given for the import</source>
        <translation>la ligne ne désigne aucun service et aucun service n&apos;a été indiqué pour l&apos;importation</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>le nom du service dépasse 200 caractères</translation>
    </message>
    <message>
        <source>the outage ends before it starts</source>
        <translation>l&apos;interruption se termine avant de commencer</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>MappingPreset</name>
    <message>
        <source>UptimeRobot monitor logs export (Down events)</source>
        <translation>Export des journaux de moniteurs UptimeRobot (événements Down)</translation>
    </message>
    <message>
        <source>Pingdom outage summary (status, timefrom, timeto in Unix seconds)</source>
        <translation>Récapitulatif des interruptions Pingdom (status, timefrom, timeto en secondes Unix)</translation>
    </message>
    <message>
        <source>Better Stack incidents (name, cause, started_at, resolved_at)</source>
        <translation>Incidents Better Stack (name, cause, started_at, resolved_at)</translation>
    </message>
    <message>
        <source>The mapping has no name.</source>
        <translation>La correspondance n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The delimiter must be one character other than a quote or a line break.</source>
        <translation>Le séparateur doit être un caractère unique autre qu&apos;un guillemet ou un saut de ligne.</translation>
    </message>
    <message>
        <source>Choose the column that holds the start.</source>
        <translation>Choisissez la colonne qui contient le début.</translation>
    </message>
    <message>
        <source>Choose an end column or a duration column, not both.</source>
        <translation>Choisissez une colonne de fin ou une colonne de durée, pas les deux.</translation>
    </message>
    <message>
        <source>Give at least one time format.</source>
        <translation>Indiquez au moins un format d&apos;heure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time format (iso8601, epoch, epoch-ms, or a pattern such as yyyy-MM-dd HH:mm:ss).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format d&apos;heure (iso8601, epoch, epoch-ms, ou un modèle tel que yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as Europe/London.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA tel que Europe/London.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to &quot;%2&quot;, which is not a category.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à «&#xa0;%2&#xa0;», qui n&apos;est pas une catégorie.</translation>
    </message>
    <message>
        <source>Without a header row, columns are numbers from 1, not &quot;%1&quot;.</source>
        <translation>Sans ligne d&apos;en-tête, les colonnes sont des numéros à partir de 1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The saved column mappings are not readable (%1).</source>
        <translation>Les correspondances de colonnes enregistrées sont illisibles (%1).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in mapping; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;une correspondance intégrée&#xa0;; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>%1 %2 (%3), average month of 43,830 minutes (730.5 hours)</source>
        <translation>%1 %2 (%3), mois moyen de 43&#xa0;830 minutes (730,5 heures)</translation>
    </message>
    <message>
        <source>%1 %2 (%3), calendar month of %4 minutes (%5 hours)</source>
        <translation>%1 %2 (%3), mois civil de %4 minutes (%5 heures)</translation>
    </message>
</context>
<context>
    <name>MonthlyCredits</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fee: the subscription lists several services and none was named, so the affected service&apos;s fee is not known; only the percentage is shown.</source>
        <translation>Redevance&#xa0;: l&apos;abonnement comporte plusieurs services et aucun n&apos;a été indiqué, la redevance du service concerné n&apos;est donc pas connue&#xa0;; seul le pourcentage est affiché.</translation>
    </message>
    <message>
        <source>Fee: the subscription lists no fee for %1, so only the percentage is shown.</source>
        <translation>Redevance&#xa0;: l&apos;abonnement n&apos;indique aucune redevance pour %1, seul le pourcentage est donc affiché.</translation>
    </message>
    <message>
        <source>the sum of the subscription&apos;s services</source>
        <translation>la somme des services de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Fee: the credit base is one twelfth of the annual fee, taken as 12 × the monthly fee of %1: 12 × %2 = %3.</source>
        <translation>Redevance&#xa0;: l&apos;assiette du crédit est un douzième de la redevance annuelle, prise égale à 12 × la redevance mensuelle de %1&#xa0;: 12 × %2 = %3.</translation>
    </message>
    <message>
        <source>Fee: the subscription lists no services, so only the percentage is shown.</source>
        <translation>Redevance&#xa0;: l&apos;abonnement ne comporte aucun service, seul le pourcentage est donc affiché.</translation>
    </message>
    <message>
        <source>Fee: the month&apos;s fee, the sum of the subscription&apos;s services (%1) = %2.</source>
        <translation>Redevance&#xa0;: la redevance du mois, somme des services de l&apos;abonnement (%1) = %2.</translation>
    </message>
    <message>
        <source>Fee: the monthly fee of the affected service %1 = %2.</source>
        <translation>Redevance&#xa0;: la redevance mensuelle du service concerné %1 = %2.</translation>
    </message>
    <message>
        <source>The agreement %1 states no availability terms.</source>
        <translation>Le contrat %1 ne prévoit aucune condition de disponibilité.</translation>
    </message>
    <message>
        <source>The month %1-%2 in time zone %3 cannot be used.</source>
        <translation>Le mois %1-%2 dans le fuseau horaire %3 n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>Fee: %1, as given for the credit base.</source>
        <translation>Redevance&#xa0;: %1, telle qu&apos;indiquée pour l&apos;assiette du crédit.</translation>
    </message>
    <message>
        <source>Fee: no subscription is stored for this agreement, so only the percentage is shown.</source>
        <translation>Redevance&#xa0;: aucun abonnement n&apos;est enregistré pour ce contrat, seul le pourcentage est donc affiché.</translation>
    </message>
    <message>
        <source>no agreement with id %1</source>
        <translation>aucun contrat d&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>either party</source>
        <translation>l&apos;une ou l&apos;autre des parties</translation>
    </message>
    <message>
        <source>Last day to give notice, or the agreement renews on %1</source>
        <translation>Dernier jour pour donner préavis, sinon le contrat est renouvelé le %1</translation>
    </message>
    <message>
        <source>Last day to give notice to end the agreement on %1</source>
        <translation>Dernier jour pour donner préavis afin de mettre fin au contrat le %1</translation>
    </message>
    <message>
        <source>Earliest end of the agreement if notice is given today</source>
        <translation>Fin la plus proche du contrat si le préavis est donné aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last day of the current term</source>
        <translation>Dernier jour de la période en cours</translation>
    </message>
    <message>
        <source>End of the %1 cure period for a breach notified on %2 (%3; %4 may then terminate)</source>
        <translation>Fin du délai de remédiation de %1 pour un manquement notifié le %2 (%3&#xa0;; %4 peut alors résilier)</translation>
    </message>
    <message>
        <source>Last day to retrieve the data (%1 after the agreement ends on %2)</source>
        <translation>Dernier jour pour récupérer les données (%1 après la fin du contrat le %2)</translation>
    </message>
    <message>
        <source>Unclear: %1</source>
        <translation>Incertain&#xa0;: %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>tous les services</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Claim the service credit for %1, %2 (%3)</source>
        <translation>Réclamer le crédit de service pour %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agreement %1, %2.</source>
        <translation>Contrat %1, %2.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>In 14 days: %1 (%2)</source>
        <translation>Dans 14 jours&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Tomorrow: %1 (%2)</source>
        <translation>Demain&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OutageCsv</name>
    <message>
        <source>unknown column (expected: service, start, end, category, notice_given, reference, notes)</source>
        <translation>colonne inconnue (attendues&#xa0;: service, start, end, category, notice_given, reference, notes)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>the header has no such column</source>
        <translation>l&apos;en-tête ne comporte pas cette colonne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone: add Z or an offset such as +01:00</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire&#xa0;: ajoutez Z ou un décalage, par exemple +01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant such as 2026-03-04T10:15:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un instant ISO 8601, par exemple 2026-03-04T10:15:00Z</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>la ligne comporte %1 champs, l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>the service is empty</source>
        <translation>le service est vide</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>le nom du service dépasse 200 caractères</translation>
    </message>
    <message>
        <source>the outage ends before or when it starts</source>
        <translation>l&apos;interruption se termine avant ou au moment où elle commence</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (expected one of: %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line service,start,end,category,notice_given,reference,notes</source>
        <translation>le fichier est vide&#xa0;: ligne d&apos;en-tête attendue service,start,end,category,notice_given,reference,notes</translation>
    </message>
</context>
<context>
    <name>OutageImport</name>
    <message>
        <source>choose a column mapping</source>
        <translation>choisissez une correspondance de colonnes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OutageRepository</name>
    <message>
        <source>Stored outage %1 has an unknown category &quot;%2&quot;.</source>
        <translation>L&apos;interruption enregistrée %1 a une catégorie inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Another outage with the same service, start, end, category and reference is already stored.</source>
        <translation>Une autre interruption avec les mêmes service, début, fin, catégorie et référence est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Outage %1 of %2 could not be stored, so none was: %3</source>
        <translation>L&apos;interruption %1 sur %2 n&apos;a pas pu être enregistrée, aucune ne l&apos;a donc été&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reading the outages failed: %1 (%2).</source>
        <translation>La lecture des interruptions a échoué&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected date, amount and optionally reference</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»&#xa0;; attendues&#xa0;: date, amount et éventuellement reference</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the first line must be a header naming the columns date and amount</source>
        <translation>la première ligne doit être un en-tête nommant les colonnes date et amount</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (digits with at most %3 decimal places, no grouping or currency symbol)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en %2 (chiffres avec au plus %3 décimales, sans séparateur de milliers ni symbole monétaire)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line: date,amount</source>
        <translation>le fichier est vide&#xa0;; ligne d&apos;en-tête attendue&#xa0;: date,amount</translation>
    </message>
    <message>
        <source>(further problems not listed)</source>
        <translation>(autres problèmes non listés)</translation>
    </message>
    <message>
        <source>without a header line the columns are date, amount and optionally reference; found %1 fields</source>
        <translation>sans ligne d&apos;en-tête, les colonnes sont date, amount et éventuellement reference&#xa0;; %1 champs trouvés</translation>
    </message>
    <message>
        <source>expected %1 fields as on line 1, found %2</source>
        <translation>%1 champs attendus comme à la ligne 1, %2 trouvés</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>&quot;%1&quot; is not an identifier: use 1 to 64 lower-case letters, digits and hyphens</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant&#xa0;: utilisez de 1 à 64 lettres minuscules, chiffres et traits d&apos;union</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (upper case, such as GB or IE) or one of the groups EEA, EU</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166-1 alpha-2 (en majuscules, par exemple GB ou IE) ni l&apos;un des groupes EEA, EU</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code such as GB-EAW, GB-SCT, IE or US-TX</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code ISO 3166, par exemple GB-EAW, GB-SCT, IE ou US-TX</translation>
    </message>
    <message>
        <source>expected one of: %1 (found &quot;%2&quot;)</source>
        <translation>valeurs attendues&#xa0;: %1 (trouvé «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>list at least one code</source>
        <translation>indiquez au moins un code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is a number: use minimum or maximum</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas à %2, qui est un nombre&#xa0;: utilisez minimum ou maximum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is a list of codes: use allowed or forbidden</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas à %2, qui est une liste de codes&#xa0;: utilisez allowed ou forbidden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is yes or no: use present or absent</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas à %2, qui vaut oui ou non&#xa0;: utilisez present ou absent</translation>
    </message>
    <message>
        <source>only allowed and forbidden rules take a list of values</source>
        <translation>seules les règles allowed et forbidden acceptent une liste de valeurs</translation>
    </message>
    <message>
        <source>only minimum and maximum rules take a single value; use values</source>
        <translation>seules les règles minimum et maximum acceptent une valeur unique&#xa0;; utilisez values</translation>
    </message>
    <message>
        <source>present and absent rules take no value</source>
        <translation>les règles present et absent n&apos;acceptent pas de valeur</translation>
    </message>
    <message>
        <source>the rule id &quot;%1&quot; is already used by %2</source>
        <translation>l&apos;identifiant de règle «&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attendu, «&#xa0;%2&#xa0;» trouvé</translation>
    </message>
</context>
<context>
    <name>PlaybookEvaluator</name>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>aucun parmi %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2 is outside the playbook&apos;s position (%3).</source>
        <translation>%1&#xa0;: %2 est en dehors de la position du playbook (%3).</translation>
    </message>
    <message>
        <source>%1: %2 includes %3, outside the playbook&apos;s position (%4).</source>
        <translation>%1&#xa0;: %2 comprend %3, en dehors de la position du playbook (%4).</translation>
    </message>
    <message>
        <source>%1: %2 meets the playbook&apos;s position (%3) as far as stated, but %4 entries name no code.</source>
        <translation>%1&#xa0;: %2 respecte la position du playbook (%3) dans la mesure de ce qui est précisé, mais %4 entrées ne mentionnent aucun code.</translation>
    </message>
    <message>
        <source>%1 is not stated in the term sheet; the playbook&apos;s position is %2.</source>
        <translation>%1 n&apos;est pas précisé dans la fiche récapitulative&#xa0;; la position du playbook est %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; gives no figure, so it cannot be held to the playbook&apos;s position (%3).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne donne aucun chiffre et ne peut donc pas être comparé à la position du playbook (%3).</translation>
    </message>
    <message>
        <source>%1: %2 meets the playbook&apos;s position (%3).</source>
        <translation>%1&#xa0;: %2 respecte la position du playbook (%3).</translation>
    </message>
    <message>
        <source>%1: %2 does not meet the playbook&apos;s position (%3).</source>
        <translation>%1&#xa0;: %2 ne respecte pas la position du playbook (%3).</translation>
    </message>
    <message>
        <source>The rule&apos;s kind does not fit its term, so it cannot be scored.</source>
        <translation>Le type de la règle ne correspond pas à sa condition&#xa0;: elle ne peut donc pas être évaluée.</translation>
    </message>
    <message>
        <source>The agreement is unclear or contradicts itself here (%1); this verdict is on the term sheet&apos;s reading, see the note.</source>
        <translation>Le contrat est ambigu ou contradictoire sur ce point (%1)&#xa0;; ce verdict repose sur l&apos;interprétation de la fiche récapitulative, voir la remarque.</translation>
    </message>
    <message>
        <source>Unclear in the agreement (%1): %2</source>
        <translation>Point incertain dans le contrat (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>At its least favourable it is %1.</source>
        <translation>Dans le cas le moins favorable, la valeur est de %1.</translation>
    </message>
</context>
<context>
    <name>PlaybookReading</name>
    <message>
        <source>a fixed amount that is not stated</source>
        <translation>un montant fixe non précisé</translation>
    </message>
    <message>
        <source>The cap is a fixed amount (%1); comparing it with a year&apos;s fees needs the annual fee in %2.</source>
        <translation>Le plafond est un montant fixe (%1)&#xa0;; pour le comparer aux redevances d&apos;une année, il faut la redevance annuelle en %2.</translation>
    </message>
    <message>
        <source>%1 x %2, against an annual fee of %3 %4</source>
        <translation>%1 x %2, pour une redevance annuelle de %3 %4</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the previous contract year</source>
        <translation>%1 x les redevances payées au cours de l&apos;année contractuelle précédente</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the 12 months before the claim</source>
        <translation>%1 x les redevances payées au cours des 12 mois précédant la réclamation</translation>
    </message>
    <message>
        <source>Read as a multiple of a year&apos;s fees, assuming a full year&apos;s fees are paid in the window.</source>
        <translation>Interprété comme un multiple des redevances d&apos;une année, en supposant qu&apos;une année complète de redevances est payée pendant la période de référence.</translation>
    </message>
    <message>
        <source>the term does not renew</source>
        <translation>la durée n&apos;est pas renouvelée</translation>
    </message>
    <message>
        <source>no notice: the subscription ends with the period paid for</source>
        <translation>sans préavis&#xa0;: l&apos;abonnement prend fin avec la période payée</translation>
    </message>
    <message>
        <source>No cure period is stated for the vendor&apos;s rights to terminate for breach or non-payment.</source>
        <translation>Aucun délai de remédiation n&apos;est prévu pour les droits de résiliation du fournisseur pour manquement ou défaut de paiement.</translation>
    </message>
    <message>
        <source>The agreement also offers other targets; the stated target is compared.</source>
        <translation>Le contrat propose aussi d&apos;autres objectifs&#xa0;; c&apos;est l&apos;objectif indiqué qui est comparé.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 can last from %2 to %3 %4; the length least favourable to the customer is compared.</source>
        <translation>%1 peut durer de %2 à %3 %4&#xa0;; c&apos;est la durée la moins favorable au client qui est comparée.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%1 can last from %2 to %3 %4 counting Monday to Friday, longer over public holidays; the length least favourable to the customer is compared.</source>
        <translation>%1 peut durer de %2 à %3 %4 en comptant du lundi au vendredi, davantage en cas de jours fériés&#xa0;; c&apos;est la durée la moins favorable au client qui est comparée.</translation>
    </message>
    <message>
        <source>The business hours are not stated, so a business day is read as 24 hours.</source>
        <translation>Les heures ouvrées ne sont pas précisées&#xa0;: un jour ouvré est donc compté comme 24 heures.</translation>
    </message>
    <message>
        <source>%1 on the business clock (%2)</source>
        <translation>%1 en temps ouvré (%2)</translation>
    </message>
    <message>
        <source>%1 around the clock (%2)</source>
        <translation>%1 en continu, 24 h/24 (%2)</translation>
    </message>
    <message>
        <source>Counted in business hours: the time on the calendar can be much longer over nights, weekends and holidays.</source>
        <translation>Compté en heures ouvrées&#xa0;: la durée calendaire peut être bien plus longue en raison des nuits, des week-ends et des jours fériés.</translation>
    </message>
    <message>
        <source>%1 entries are listed, but none names a country.</source>
        <translation>%1 entrées sont listées, mais aucune ne mentionne de pays.</translation>
    </message>
    <message>
        <source>changes need the customer&apos;s written agreement</source>
        <translation>les modifications nécessitent l&apos;accord écrit du client</translation>
    </message>
    <message>
        <source>each sub-processor needs the customer&apos;s specific authorisation</source>
        <translation>chaque sous-traitant ultérieur nécessite l&apos;autorisation spécifique du client</translation>
    </message>
    <message>
        <source>no time stated</source>
        <translation>aucun délai précisé</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the previous contract year (none in the first contract year)</source>
        <translation>%1 x les redevances payées au cours de l&apos;année contractuelle précédente (aucune la première année contractuelle)</translation>
    </message>
    <message>
        <source>Read as a multiple of a year&apos;s fees, assuming a full year&apos;s fees are paid in the window. In the first contract year there is no previous year and no first-year rule, so the cap is then zero: a minimum is held to that zero.</source>
        <translation>Interprété comme un multiple des redevances d&apos;une année, en supposant qu&apos;une année complète de redevances est payée pendant la période de référence. Au cours de la première année contractuelle, il n&apos;y a ni année précédente ni règle pour la première année, le plafond est donc alors nul&#xa0;: un minimum est comparé à ce plafond nul.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the end of the period paid for</source>
        <translation>
            <numerusform>%n jour avant la fin de la période payée</numerusform>
            <numerusform>%n jours avant la fin de la période payée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes take effect when they are posted, so %1 is the latest a change takes effect, not a notice the customer is sure to get: read as 0 to %1.</source>
        <translation>Les modifications prennent effet dès leur publication&#xa0;: %1 est donc le délai maximal de prise d&apos;effet d&apos;une modification, et non un préavis dont le client est sûr de bénéficier&#xa0;; interprété comme 0 à %1.</translation>
    </message>
    <message>
        <source>The law is named (&quot;%1&quot;) but has no ISO 3166 code, so it cannot be checked against a list of codes: give its lawCode.</source>
        <translation>Le droit applicable est nommé («&#xa0;%1&#xa0;») mais n&apos;a pas de code ISO 3166, il ne peut donc pas être vérifié par rapport à une liste de codes&#xa0;: indiquez son lawCode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as %2 (the term sheet gives no lawCode).</source>
        <translation>«&#xa0;%1&#xa0;» interprété comme %2 (la fiche récapitulative n&apos;indique pas de lawCode).</translation>
    </message>
</context>
<context>
    <name>PlaybookRepository</name>
    <message>
        <source>The playbook %1 is not a JSON object (%2); it was not saved.</source>
        <translation>Le playbook %1 n&apos;est pas un objet JSON (%2)&#xa0;; il n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>PlaybookTerm</name>
    <message>
        <source>Liability cap</source>
        <translation>Plafond de responsabilité</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Objectif de disponibilité</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>Durée initiale</translation>
    </message>
    <message>
        <source>Notice to stop renewal</source>
        <translation>Préavis de non-renouvellement</translation>
    </message>
    <message>
        <source>Cure period before the vendor may terminate</source>
        <translation>Délai de remédiation avant résiliation par le fournisseur</translation>
    </message>
    <message>
        <source>Data retrieval window after termination</source>
        <translation>Délai de récupération des données après la résiliation</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Notification des violations de données</translation>
    </message>
    <message>
        <source>Response to the most severe support issue</source>
        <translation>Réponse à l&apos;incident de support le plus grave</translation>
    </message>
    <message>
        <source>Notice of changes to the terms</source>
        <translation>Préavis de modification des conditions</translation>
    </message>
    <message>
        <source>Notice of new sub-processors</source>
        <translation>Préavis de nouveaux sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>Sub-processor countries</source>
        <translation>Pays des sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Restriction on data transfers</source>
        <translation>Restrictions aux transferts de données</translation>
    </message>
    <message>
        <source>How the terms may be changed</source>
        <translation>Modalités de modification des conditions</translation>
    </message>
    <message>
        <source>Authorisation of sub-processors</source>
        <translation>Autorisation des sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Clock of the most severe support response</source>
        <translation>Décompte du délai de réponse pour l&apos;incident le plus grave</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Crédits de service</translation>
    </message>
    <message>
        <source>Credits as the sole remedy</source>
        <translation>Crédits comme recours exclusif</translation>
    </message>
    <message>
        <source>Right to object to sub-processors</source>
        <translation>Droit d&apos;opposition aux sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Liability limited to insurance recoveries</source>
        <translation>Responsabilité limitée aux indemnités d&apos;assurance</translation>
    </message>
    <message>
        <source>Backups of customer data</source>
        <translation>Sauvegardes des données du client</translation>
    </message>
    <message>
        <source>x annual fees</source>
        <translation>x la redevance annuelle</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%1 x annual fees</source>
        <translation>%1 x la redevance annuelle</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The agreement states no term or renewal.</source>
        <translation>Le contrat ne prévoit ni durée ni renouvellement.</translation>
    </message>
    <message>
        <source>No subscription start date is recorded.</source>
        <translation>Aucune date de début d&apos;abonnement n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Le contrat ne prévoit aucune condition de disponibilité.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no agreement with id %1 in %2</source>
        <translation>aucun contrat d&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>the workspace %1 holds no agreements</source>
        <translation>l&apos;espace de travail %1 ne contient aucun contrat</translation>
    </message>
    <message>
        <source>Computing %1</source>
        <translation>Calcul en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>give both the first and the last month of the period</source>
        <translation>indiquez à la fois le premier et le dernier mois de la période</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the period is %n month(s) long; a report covers at most %1</source>
        <translation>
            <numerusform>la période dure %n mois&#xa0;; un rapport couvre au plus %1</numerusform>
            <numerusform>la période dure %n mois&#xa0;; un rapport couvre au plus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation>Rapport sur les contrats</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Agreements included</source>
        <translation>Contrats inclus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Playbook&#xa0;:</translation>
    </message>
    <message>
        <source>Date generated:</source>
        <translation>Date de génération&#xa0;:</translation>
    </message>
    <message>
        <source>Every figure is computed by TermLens from the agreements&apos; own words and names the clause it comes from; the quoted clauses are in the appendix.</source>
        <translation>Chaque chiffre est calculé par TermLens à partir des termes mêmes des contrats et indique la clause dont il provient&#xa0;; les clauses citées figurent en annexe.</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Dernier jour pour donner préavis</translation>
    </message>
    <message>
        <source>Last day to give notice (next term)</source>
        <translation>Dernier jour pour donner préavis (période suivante)</translation>
    </message>
    <message>
        <source>End of the current term</source>
        <translation>Fin de la période en cours</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>Claim the service credit for %1</source>
        <translation>Réclamer le crédit de service pour %1</translation>
    </message>
    <message>
        <source>Each agreement scored against the playbook &quot;%1&quot;, the terms that miss its positions, and the deadlines from %2 on.</source>
        <translation>Chaque contrat évalué au regard du playbook «&#xa0;%1&#xa0;», les conditions qui ne respectent pas ses positions et les échéances à partir du %2.</translation>
    </message>
    <message>
        <source>Playbook score:</source>
        <translation>Score du playbook&#xa0;:</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not stated (of %5 rules)</source>
        <translation>conformes&#xa0;: %1, avertissements&#xa0;: %2, non conformes&#xa0;: %3, non précisées&#xa0;: %4 (sur %5 règles)</translation>
    </message>
    <message>
        <source>No term misses the playbook&apos;s positions.</source>
        <translation>Aucune condition ne s&apos;écarte des positions du playbook.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>No upcoming deadlines.</source>
        <translation>Aucune échéance à venir.</translation>
    </message>
    <message>
        <source>No upcoming deadlines: %1</source>
        <translation>Aucune échéance à venir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upcoming deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Each term normalised to one unit per row, with the clause it comes from. The best figure of a row is marked on green, the worst on red; rows without comparable figures carry no marks.</source>
        <translation>Chaque condition ramenée à une unité par ligne, avec la clause dont elle provient. Le meilleur chiffre d&apos;une ligne est marqué en vert, le moins bon en rouge&#xa0;; les lignes sans chiffres comparables ne portent aucune marque.</translation>
    </message>
    <message>
        <source>Agreements %1 to %2 of %3</source>
        <translation>Contrats %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Moins bon</translation>
    </message>
    <message>
        <source>The agreement lists no sub-processors.</source>
        <translation>Le contrat ne mentionne aucun sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>Sub-processors: not stated.</source>
        <translation>Sous-traitants ultérieurs&#xa0;: non précisé.</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Data locations: not stated.</source>
        <translation>Localisation des données&#xa0;: non précisée.</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>What if: credit against monthly downtime</source>
        <translation>Simulation&#xa0;: crédit en fonction de l&apos;indisponibilité mensuelle</translation>
    </message>
    <message>
        <source>No agreement states availability terms.</source>
        <translation>Aucun contrat ne prévoit de conditions de disponibilité.</translation>
    </message>
    <message>
        <source>Counted downtime in %1 (hours)</source>
        <translation>Indisponibilité comptabilisée en %1 (heures)</translation>
    </message>
    <message>
        <source>Counted downtime in %1 (minutes)</source>
        <translation>Indisponibilité comptabilisée en %1 (minutes)</translation>
    </message>
    <message>
        <source>Service credit (%)</source>
        <translation>Crédit de service (%)</translation>
    </message>
    <message>
        <source>The credit each agreement&apos;s schedule gives for minutes of counted downtime in one month, in its own time zone, as the credits screen computes it.</source>
        <translation>Le crédit que le barème de chaque contrat accorde pour des minutes d&apos;indisponibilité comptabilisée sur un mois, dans son propre fuseau horaire, tel que l&apos;écran des crédits le calcule.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>credits: %1</source>
        <translation>crédits&#xa0;: %1</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>réclamations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Indisponibilité (min)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>Réclamer avant le</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>aucune redevance connue</translation>
    </message>
    <message>
        <source>cap applied</source>
        <translation>plafond appliqué</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>sous le minimum</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>some months without a fee</source>
        <translation>certains mois sans redevance</translation>
    </message>
    <message>
        <source>No outages are recorded in the period.</source>
        <translation>Aucune interruption n&apos;est enregistrée sur la période.</translation>
    </message>
    <message>
        <source>Outages recorded in the period (times in %1):</source>
        <translation>Interruptions enregistrées sur la période (heures en %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 more outages of the period are not listed; the outages screen and `termlens-cli credits` show them all.</source>
        <translation>%1 autres interruptions de la période ne sont pas listées&#xa0;; l&apos;écran des interruptions et `termlens-cli credits` les affichent toutes.</translation>
    </message>
    <message>
        <source>Availability and service credits for %1, from the outages stored in the workspace; ongoing outages are counted up to %2.</source>
        <translation>Disponibilité et crédits de service pour %1, d&apos;après les interruptions enregistrées dans l&apos;espace de travail&#xa0;; les interruptions en cours sont comptabilisées jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>No service credit is due for the period.</source>
        <translation>Aucun crédit de service n&apos;est dû pour la période.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Service credits due</source>
        <translation>Crédits de service dus</translation>
    </message>
    <message>
        <source>Without a known fee (credits in percent only): %1</source>
        <translation>Sans redevance connue (crédits en pourcentage uniquement)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The words of every clause cited in this report, as the agreements state them.</source>
        <translation>Le texte de chaque clause citée dans ce rapport, tel que les contrats le formulent.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unclear: %1</source>
        <translation>Incertain&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms quote no clause.</source>
        <translation>Les conditions du contrat ne citent aucune clause.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Comparison of terms</source>
        <translation>Comparaison des conditions</translation>
    </message>
    <message>
        <source>Sub-processors and data locations</source>
        <translation>Sous-traitants ultérieurs et localisation des données</translation>
    </message>
    <message>
        <source>SLA and service credits</source>
        <translation>SLA et crédits de service</translation>
    </message>
    <message>
        <source>Appendix: quoted clauses</source>
        <translation>Annexe&#xa0;: clauses citées</translation>
    </message>
    <message numerus="yes">
        <source>Terms, playbook scores, deadlines and service credits of %n agreement(s): %1</source>
        <translation>
            <numerusform>Conditions, scores du playbook, échéances et crédits de service de %n contrat&#xa0;: %1</numerusform>
            <numerusform>Conditions, scores du playbook, échéances et crédits de service de %n contrats&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by TermLens</source>
        <translation>Généré le %1 par TermLens</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>a PDF report needs the graphical application object (the offscreen platform will do)</source>
        <translation>un rapport PDF nécessite l&apos;objet application graphique (la plateforme offscreen convient)</translation>
    </message>
    <message>
        <source>Composing the report</source>
        <translation>Composition du rapport</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>le générateur PDF n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Écriture de la page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>le générateur PDF a échoué</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>no file to write the report to</source>
        <translation>aucun fichier où écrire le rapport</translation>
    </message>
    <message>
        <source>choose at least one section of the report</source>
        <translation>choisissez au moins une section du rapport</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>Fin la plus proche si le préavis est donné aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <source>Summary: playbook scores and deadlines</source>
        <translation>Synthèse&#xa0;: scores du playbook et échéances</translation>
    </message>
    <message>
        <source>Comparison of terms</source>
        <translation>Comparaison des conditions</translation>
    </message>
    <message>
        <source>Sub-processors and data locations</source>
        <translation>Sous-traitants ultérieurs et localisation des données</translation>
    </message>
    <message>
        <source>SLA and service credits, with charts</source>
        <translation>SLA et crédits de service, avec graphiques</translation>
    </message>
    <message>
        <source>Appendix: quoted clauses</source>
        <translation>Annexe&#xa0;: clauses citées</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <source>the subscription is for %1, not %2</source>
        <translation>l&apos;abonnement concerne %1, et non %2</translation>
    </message>
    <message>
        <source>no sample term sheets found</source>
        <translation>aucune fiche récapitulative d&apos;exemple trouvée</translation>
    </message>
    <message>
        <source>The sample workspace could not be made: %1</source>
        <translation>L&apos;espace de travail d&apos;exemple n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 states no availability terms</source>
        <translation>%1 ne prévoit aucune condition de disponibilité</translation>
    </message>
    <message>
        <source>Every service is down for the whole downtime; the credit base is each service&apos;s own fee, so each service is computed and the credits summed.</source>
        <translation>Chaque service est indisponible pendant toute la durée de l&apos;indisponibilité&#xa0;; la base du crédit est la redevance propre à chaque service, chaque service est donc calculé et les crédits sont additionnés.</translation>
    </message>
    <message>
        <source>Service %1:</source>
        <translation>Service %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatuspageImport</name>
    <message>
        <source>the field is missing</source>
        <translation>le champ est absent</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>the field is empty</source>
        <translation>le champ est vide</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected an ISO 8601 instant such as &quot;2026-03-04T10:15:00.000Z&quot; in quotes</source>
        <translation>instant ISO 8601 attendu entre guillemets, par exemple &quot;2026-03-04T10:15:00.000Z&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a time zone, such as 2026-03-04T10:15:00.000Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un instant ISO 8601 avec fuseau horaire, par exemple 2026-03-04T10:15:00.000Z</translation>
    </message>
    <message>
        <source>expected a list of components</source>
        <translation>liste de composants attendue</translation>
    </message>
    <message>
        <source>expected a component object with a name</source>
        <translation>objet composant avec un nom attendu</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>le nom du service dépasse 200 caractères</translation>
    </message>
    <message>
        <source>expected an incident object</source>
        <translation>objet incident attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an impact (expected one of: %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un impact (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the incident is resolved before it starts (%1)</source>
        <translation>l&apos;incident est résolu avant de commencer (%1)</translation>
    </message>
    <message>
        <source>the incident is %1 but has no resolved_at</source>
        <translation>l&apos;incident est à l&apos;état %1 mais n&apos;a pas de resolved_at</translation>
    </message>
    <message>
        <source>the incident names no component and no service was given for the import</source>
        <translation>l&apos;incident ne désigne aucun composant et aucun service n&apos;a été indiqué pour l&apos;importation</translation>
    </message>
    <message>
        <source>expected a JSON object with incidents</source>
        <translation>objet JSON avec des incidents attendu</translation>
    </message>
    <message>
        <source>the field is missing: this is not a Statuspage incident history (/api/v2/incidents.json)</source>
        <translation>le champ est absent&#xa0;: il ne s&apos;agit pas d&apos;un historique d&apos;incidents Statuspage (/api/v2/incidents.json)</translation>
    </message>
    <message>
        <source>expected a list of incidents</source>
        <translation>liste d&apos;incidents attendue</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>le fichier n&apos;est pas un texte UTF-8 valide (octet %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>JSON non valide&#xa0;: %1 (colonne %2)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Schema step %1 is out of order (after %2).</source>
        <translation>L&apos;étape de schéma %1 n&apos;est pas dans l&apos;ordre (après %2).</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of TermLens (schema version %1; this version knows up to %2). It was left untouched.</source>
        <translation>L&apos;espace de travail a été écrit par une version plus récente de TermLens (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à la %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace is damaged (SQLite: %1). It was left untouched; restore it from a backup.</source>
        <translation>L&apos;espace de travail est endommagé (SQLite&#xa0;: %1). Il n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This file is not a TermLens workspace (SQLite: %1).</source>
        <translation>Ce fichier n&apos;est pas un espace de travail TermLens (SQLite&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The disk is full (SQLite: %1). Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein (SQLite&#xa0;: %1). Rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program (SQLite: %1). Nothing was saved.</source>
        <translation>L&apos;espace de travail est occupé par un autre programme (SQLite&#xa0;: %1). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The workspace reported an error: %1</source>
        <translation>L&apos;espace de travail a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace returned no result for: %1</source>
        <translation>L&apos;espace de travail n&apos;a renvoyé aucun résultat pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no transaction to commit.</source>
        <translation>Il n&apos;y a aucune transaction à valider.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save a copy here: %1</source>
        <translation>Impossible d&apos;enregistrer une copie ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>no workspace is open.</source>
        <translation>aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>this is the open workspace itself; choose another file.</source>
        <translation>il s&apos;agit de l&apos;espace de travail ouvert lui-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>another TermLens window has this workspace open.</source>
        <translation>une autre fenêtre TermLens a ouvert cet espace de travail.</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace to version %1; it was left at version %2, unchanged. %3</source>
        <translation>Impossible de mettre à niveau l&apos;espace de travail vers la version %1&#xa0;; il est resté à la version %2, sans modification. %3</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1.</source>
        <translation>L&apos;espace de travail tel qu&apos;il était auparavant est conservé dans %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only, so nothing was saved (SQLite: %1). Check the file&apos;s permissions, or save a copy.</source>
        <translation>L&apos;espace de travail est en lecture seule, rien n&apos;a donc été enregistré (SQLite&#xa0;: %1). Vérifiez les autorisations du fichier ou enregistrez une copie.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workspace (SQLite: %1). Nothing was saved; check the disk and try again.</source>
        <translation>Le disque a signalé une erreur lors de la lecture ou de l&apos;écriture de l&apos;espace de travail (SQLite&#xa0;: %1). Rien n&apos;a été enregistré&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>it cannot be read as a TermLens workspace (SQLite: %1)</source>
        <translation>il ne peut pas être lu comme un espace de travail TermLens (SQLite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>it is not a TermLens workspace</source>
        <translation>ce n&apos;est pas un espace de travail TermLens</translation>
    </message>
    <message>
        <source>it fails the integrity check (%1)</source>
        <translation>il ne passe pas le contrôle d&apos;intégrité (%1)</translation>
    </message>
    <message>
        <source>Could not restore the backup %1: %2 The workspace was left as it was.</source>
        <translation>Impossible de restaurer la sauvegarde %1&#xa0;: %2 L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>the workspace is open in a TermLens window.</source>
        <translation>l&apos;espace de travail est ouvert dans une fenêtre TermLens.</translation>
    </message>
    <message>
        <source>it was written by a newer version of TermLens (schema version %1; this version knows up to %2).</source>
        <translation>il a été écrit par une version plus récente de TermLens (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à la %2).</translation>
    </message>
    <message>
        <source>the current file could not be renamed.</source>
        <translation>le fichier actuel n&apos;a pas pu être renommé.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>could not create the lock file %1 (%2).</source>
        <translation>impossible de créer le fichier de verrou %1 (%2).</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n&apos;a indiqué aucune raison</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>la sauvegarde a été annulée</translation>
    </message>
</context>
<context>
    <name>SubscriptionJson</name>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2 (at most %3 decimals)</source>
        <translation>%1 n&apos;est pas un montant en %2 (au plus %3 décimales)</translation>
    </message>
    <message>
        <source>expected an agreement id of up to 64 characters a-z, 0-9 and -</source>
        <translation>identifiant de contrat attendu, jusqu&apos;à 64 caractères parmi a-z, 0-9 et -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>SubscriptionRepository</name>
    <message>
        <source>The fee of service %1 is in %2, but the subscription is in %3; nothing was saved.</source>
        <translation>La redevance du service %1 est en %2, mais l&apos;abonnement est en %3&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The payment of %1 is in %2, but the subscription is in %3; nothing was saved.</source>
        <translation>Le paiement du %1 est en %2, mais l&apos;abonnement est en %3&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The stored subscription of %1 has an unknown billing cycle &quot;%2&quot;.</source>
        <translation>L&apos;abonnement enregistré de %1 a un cycle de facturation inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TermDeadlines</name>
    <message>
        <source>Initial term (%1): %2 months from %3, ending on %4, the day before the %2-month anniversary (%5).</source>
        <translation>Durée initiale (%1)&#xa0;: %2 mois à compter du %3, se terminant le %4, veille de l&apos;échéance des %2 mois (%5).</translation>
    </message>
    <message>
        <source>The agreement starts on %1, after the as-of date %2: its first term is shown.</source>
        <translation>Le contrat commence le %1, après la date de référence %2&#xa0;: sa première période est affichée.</translation>
    </message>
    <message>
        <source>Notice (%1): at least %2 days&apos; notice before the end of the term. Read literally, the last day to give notice is the term&apos;s last day minus %2 days: %3 - %2 days = %4.</source>
        <translation>Préavis (%1)&#xa0;: au moins %2 jours de préavis avant la fin de la période. Selon une lecture littérale, le dernier jour pour donner préavis est le dernier jour de la période moins %2 jours&#xa0;: %3 - %2 jours = %4.</translation>
    </message>
    <message>
        <source>The term renews for fixed terms, but its initial term is not stated: the term sheet needs initialMonths.</source>
        <translation>Le contrat se renouvelle par périodes fixes, mais sa durée initiale n&apos;est pas précisée&#xa0;: la fiche récapitulative doit indiquer initialMonths.</translation>
    </message>
    <message>
        <source>The term renews for fixed terms, but the length of a renewal term is not stated (renewal months must be at least 1).</source>
        <translation>Le contrat se renouvelle par périodes fixes, mais la durée d&apos;une période de renouvellement n&apos;est pas précisée (le nombre de mois de renouvellement doit être d&apos;au moins 1).</translation>
    </message>
    <message>
        <source>Renewal (%1): renews automatically for terms of %2 months each, counted from the start date, so the terms do not drift after a short month.</source>
        <translation>Renouvellement (%1)&#xa0;: renouvellement automatique par périodes de %2 mois chacune, comptées à partir de la date de début, de sorte que les périodes ne se décalent pas après un mois court.</translation>
    </message>
    <message>
        <source>As of %1 the current term is the initial term, %2 to %3.</source>
        <translation>Au %1, la période en cours est la durée initiale, du %2 au %3.</translation>
    </message>
    <message>
        <source>As of %1 the current term is renewal term %2, %3 to %4.</source>
        <translation>Au %1, la période en cours est la période de renouvellement n°&#xa0;%2, du %3 au %4.</translation>
    </message>
    <message>
        <source>Notice (%1): no notice period is stated, so no last day to give notice can be computed; the term renews on %2.</source>
        <translation>Préavis (%1)&#xa0;: aucun délai de préavis n&apos;est précisé, aucun dernier jour pour donner préavis ne peut donc être calculé&#xa0;; le contrat est renouvelé le %2.</translation>
    </message>
    <message>
        <source>Rolling (%1): the agreement continues until ended, but no notice period is stated, so its earliest end cannot be computed.</source>
        <translation>Durée indéterminée (%1)&#xa0;: le contrat se poursuit jusqu&apos;à sa résiliation, mais aucun délai de préavis n&apos;est précisé&#xa0;: sa date de fin la plus proche ne peut donc pas être calculée.</translation>
    </message>
    <message>
        <source>Rolling (%1): the agreement continues until ended with %2 days&apos; notice.</source>
        <translation>Durée indéterminée (%1)&#xa0;: le contrat se poursuit jusqu&apos;à sa résiliation moyennant un préavis de %2 jours.</translation>
    </message>
    <message>
        <source>Notice given on %1 would expire on %2, inside the minimum term, so the agreement can end with the minimum term on %3; the last day to give notice for that is %3 - %4 days = %5.</source>
        <translation>Un préavis donné le %1 expirerait le %2, pendant la durée minimale&#xa0;: le contrat peut donc prendre fin avec la durée minimale le %3&#xa0;; le dernier jour pour donner préavis à cet effet est %3 - %4 jours = %5.</translation>
    </message>
    <message>
        <source>Notice given on %1 ends the agreement %2 days later, on %3. There is no deadline to miss: notice can be given on any day, and the end moves with it.</source>
        <translation>Un préavis donné le %1 met fin au contrat %2 jours plus tard, le %3. Il n&apos;y a pas d&apos;échéance à manquer&#xa0;: le préavis peut être donné n&apos;importe quel jour, et la date de fin se décale en conséquence.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>The subscription runs to the end of the period paid for, so its end depends on the billing cycle: record the subscription&apos;s billing cycle.</source>
        <translation>L&apos;abonnement court jusqu&apos;à la fin de la période payée, sa fin dépend donc du cycle de facturation&#xa0;: enregistrez le cycle de facturation de l&apos;abonnement.</translation>
    </message>
    <message>
        <source>Paid period (%1): the subscription runs to the end of the period paid for and ends there once cancelled; billing is %2, and the periods are counted from %3.</source>
        <translation>Période payée (%1)&#xa0;: l&apos;abonnement court jusqu&apos;à la fin de la période payée et prend fin à cette date une fois résilié&#xa0;; la facturation est %2 et les périodes sont comptées à partir du %3.</translation>
    </message>
    <message>
        <source>As of %1 the current period runs from %2 to %3. No notice period is stated, so no notice is needed: reading the last day to cancel as the last day paid for, cancelling on or before %3 stops the next period (%4 to %5).</source>
        <translation>Au %1, la période en cours va du %2 au %3. Aucun délai de préavis n&apos;est précisé, aucun préavis n&apos;est donc nécessaire&#xa0;: en retenant comme dernier jour pour résilier le dernier jour payé, une résiliation au plus tard le %3 empêche la période suivante (du %4 au %5).</translation>
    </message>
    <message>
        <source>Term (%1): no term length and no renewal are stated; the agreement runs until ended under its termination clauses.</source>
        <translation>Durée (%1)&#xa0;: ni durée ni renouvellement ne sont précisés&#xa0;; le contrat court jusqu&apos;à sa résiliation selon ses clauses de résiliation.</translation>
    </message>
    <message>
        <source>Renewal (%1): the term does not renew, so no notice is needed to stop it.</source>
        <translation>Renouvellement (%1)&#xa0;: le contrat n&apos;est pas renouvelé, aucun préavis n&apos;est donc nécessaire pour y mettre fin.</translation>
    </message>
    <message>
        <source>The term ended on %1, before the as-of date %2.</source>
        <translation>La période s&apos;est terminée le %1, avant la date de référence %2.</translation>
    </message>
    <message>
        <source>The start date is missing or not a real date.</source>
        <translation>La date de début est absente ou n&apos;est pas une date réelle.</translation>
    </message>
    <message>
        <source>The as-of date is missing or not a real date.</source>
        <translation>La date de référence est absente ou n&apos;est pas une date réelle.</translation>
    </message>
    <message>
        <source>The initial term must be from 1 to %1 months.</source>
        <translation>La durée initiale doit être comprise entre 1 et %1 mois.</translation>
    </message>
    <message>
        <source>The notice period must not be negative.</source>
        <translation>Le délai de préavis ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Unknown renewal kind.</source>
        <translation>Type de renouvellement inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) remain until the last day to give notice (%1).</source>
        <translation>
            <numerusform>Il reste %n jour jusqu&apos;au dernier jour pour donner préavis (%1).</numerusform>
            <numerusform>Il reste %n jours jusqu&apos;au dernier jour pour donner préavis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to give notice passed %n day(s) ago: the agreement renews on %1 for %2 months, until %3. The next last day to give notice is %3 - %4 days = %5.</source>
        <translation>
            <numerusform>Le dernier jour pour donner préavis est passé depuis %n jour&#xa0;: le contrat est renouvelé le %1 pour %2 mois, jusqu&apos;au %3. Le prochain dernier jour pour donner préavis est %3 - %4 jours = %5.</numerusform>
            <numerusform>Le dernier jour pour donner préavis est passé depuis %n jours&#xa0;: le contrat est renouvelé le %1 pour %2 mois, jusqu&apos;au %3. Le prochain dernier jour pour donner préavis est %3 - %4 jours = %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice given on %1 would expire on %2, before the agreement starts on %3: the earliest end is the start date.</source>
        <translation>Un préavis donné le %1 expirerait le %2, avant le début du contrat le %3&#xa0;: la fin la plus proche est la date de début.</translation>
    </message>
    <message>
        <source>As of %1 the current period runs from %2 to %3. Notice (%4): at least %5 days before the end of the period paid for, read as the period&apos;s last day minus %5 days: %3 - %5 days = %6.</source>
        <translation>Au %1, la période en cours va du %2 au %3. Préavis (%4)&#xa0;: au moins %5 jours avant la fin de la période payée, lu comme le dernier jour de la période moins %5 jours&#xa0;: %3 - %5 jours = %6.</translation>
    </message>
    <message numerus="yes">
        <source>The last day to cancel before the next period passed %n day(s) ago: the next period (%1 to %2) follows, and the last day to cancel before the one after it is %2 - %3 days = %4.</source>
        <translation>
            <numerusform>Le dernier jour pour résilier avant la période suivante est passé depuis %n jour&#xa0;: la période suivante (du %1 au %2) s&apos;ensuit, et le dernier jour pour résilier avant celle d&apos;après est %2 - %3 jours = %4.</numerusform>
            <numerusform>Le dernier jour pour résilier avant la période suivante est passé depuis %n jours&#xa0;: la période suivante (du %1 au %2) s&apos;ensuit, et le dernier jour pour résilier avant celle d&apos;après est %2 - %3 jours = %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling on or before %1 stops the next period (%2 to %3).</source>
        <translation>Une résiliation au plus tard le %1 empêche la période suivante (du %2 au %3).</translation>
    </message>
</context>
<context>
    <name>TermRows</name>
    <message>
        <source>cure period %1</source>
        <translation>délai de remédiation de %1</translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation>aucun préavis nécessaire</translation>
    </message>
    <message>
        <source>notice %1</source>
        <translation>préavis de %1</translation>
    </message>
    <message>
        <source>no details stated</source>
        <translation>aucun détail précisé</translation>
    </message>
    <message>
        <source>general authorisation: the vendor may appoint sub-processors without asking</source>
        <translation>autorisation générale&#xa0;: le fournisseur peut désigner des sous-traitants ultérieurs sans demander l&apos;accord du client</translation>
    </message>
    <message>
        <source>specific authorisation: each sub-processor needs the customer&apos;s consent</source>
        <translation>autorisation spécifique&#xa0;: chaque sous-traitant ultérieur nécessite le consentement du client</translation>
    </message>
    <message>
        <source>authorisation not stated</source>
        <translation>autorisation non précisée</translation>
    </message>
    <message>
        <source>notice of changes: %1</source>
        <translation>préavis de modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>right to object: %1</source>
        <translation>droit d&apos;opposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>no restriction stated</source>
        <translation>aucune restriction précisée</translation>
    </message>
    <message>
        <source>only to countries with adequate protection or under safeguards such as standard contractual clauses</source>
        <translation>uniquement vers des pays offrant une protection adéquate ou moyennant des garanties appropriées telles que les clauses contractuelles types</translation>
    </message>
    <message>
        <source>only with the customer&apos;s consent</source>
        <translation>uniquement avec le consentement du client</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>interdits</translation>
    </message>
    <message>
        <source>not allowed outside the permitted regions</source>
        <translation>interdits hors des régions autorisées</translation>
    </message>
    <message>
        <source>%1; permitted: %2</source>
        <translation>%1&#xa0;; autorisés&#xa0;: %2</translation>
    </message>
    <message>
        <source>retrieval within %1 after termination</source>
        <translation>récupération dans un délai de %1 après la résiliation</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted within %1</source>
        <translation>suppression dans un délai de %1</translation>
    </message>
    <message>
        <source>backups provided</source>
        <translation>sauvegardes fournies</translation>
    </message>
    <message>
        <source>no backups</source>
        <translation>pas de sauvegardes</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>dans un délai de %1</translation>
    </message>
    <message>
        <source>within %1: %2</source>
        <translation>dans un délai de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no fixed time stated</source>
        <translation>aucun délai fixe précisé</translation>
    </message>
    <message>
        <source>no fixed time: %1</source>
        <translation>pas de délai fixe&#xa0;: %1</translation>
    </message>
    <message>
        <source>law not stated</source>
        <translation>droit non précisé</translation>
    </message>
    <message>
        <source>forum: %1</source>
        <translation>juridiction compétente&#xa0;: %1</translation>
    </message>
    <message>
        <source>arbitration</source>
        <translation>arbitrage</translation>
    </message>
    <message>
        <source>arbitration seated in %1</source>
        <translation>arbitrage avec siège à %1</translation>
    </message>
    <message>
        <source>how the terms may change is not stated</source>
        <translation>les modalités de modification des conditions ne sont pas précisées</translation>
    </message>
    <message>
        <source>the vendor may change them by posting new terms</source>
        <translation>le fournisseur peut les modifier en publiant de nouvelles conditions</translation>
    </message>
    <message>
        <source>the vendor may change them with notice</source>
        <translation>le fournisseur peut les modifier moyennant un préavis</translation>
    </message>
    <message>
        <source>only by written agreement of both parties</source>
        <translation>uniquement par accord écrit des deux parties</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>préavis&#xa0;: %1</translation>
    </message>
    <message>
        <source>the notice applies to changes against the customer only</source>
        <translation>le préavis ne s&apos;applique qu&apos;aux modifications défavorables au client</translation>
    </message>
    <message>
        <source>Termination rights</source>
        <translation>Droits de résiliation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sub-processor policy</source>
        <translation>Politique relative aux sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun nommé</translation>
    </message>
    <message>
        <source>purpose not stated</source>
        <translation>finalité non précisée</translation>
    </message>
    <message>
        <source>%1; data in %2</source>
        <translation>%1&#xa0;; données situées dans&#xa0;: %2</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucune précisée</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>Transferts internationaux</translation>
    </message>
    <message>
        <source>Data return and deletion</source>
        <translation>Restitution et suppression des données</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Notification des violations de données</translation>
    </message>
    <message>
        <source>Governing law and disputes</source>
        <translation>Droit applicable et litiges</translation>
    </message>
    <message>
        <source>Changes to terms</source>
        <translation>Modification des conditions</translation>
    </message>
    <message>
        <source>continuously</source>
        <translation>en continu</translation>
    </message>
    <message>
        <source>in %1-minute periods</source>
        <translation>par périodes de %1 minutes</translation>
    </message>
    <message>
        <source>%1 a month, measured %2</source>
        <translation>%1 par mois, mesuré %2</translation>
    </message>
    <message>
        <source>%1 a month, measured %2; also offered: %3</source>
        <translation>%1 par mois, mesuré %2&#xa0;; également proposé&#xa0;: %3</translation>
    </message>
    <message>
        <source>continuous: downtime is the total time the service was unavailable</source>
        <translation>en continu&#xa0;: l&apos;indisponibilité est la durée totale pendant laquelle le service était indisponible</translation>
    </message>
    <message>
        <source>%1-minute periods from the start of the month; a period with any downtime counts as unavailable</source>
        <translation>périodes de %1 minutes à partir du début du mois&#xa0;; une période comportant la moindre indisponibilité compte comme indisponible</translation>
    </message>
    <message>
        <source>%1-minute periods from the start of the month; a period counts as unavailable only if it was down throughout</source>
        <translation>périodes de %1 minutes à partir du début du mois&#xa0;; une période ne compte comme indisponible que si le service a été indisponible pendant toute sa durée</translation>
    </message>
    <message>
        <source>scheduled maintenance is not excluded: it counts as downtime</source>
        <translation>la maintenance planifiée n&apos;est pas exclue&#xa0;: elle compte comme indisponibilité</translation>
    </message>
    <message>
        <source>excluded only when notified at least %1 in advance</source>
        <translation>exclue uniquement si elle est notifiée au moins %1 à l&apos;avance</translation>
    </message>
    <message>
        <source>counts as downtime inside business hours</source>
        <translation>compte comme indisponibilité pendant les heures ouvrées</translation>
    </message>
    <message>
        <source>excluded; no conditions stated</source>
        <translation>exclue&#xa0;; aucune condition précisée</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Objectif de disponibilité</translation>
    </message>
    <message>
        <source>Month length</source>
        <translation>Durée du mois</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Excluded time</source>
        <translation>Temps exclu</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>calendar month (its real length)</source>
        <translation>mois civil (sa durée réelle)</translation>
    </message>
    <message>
        <source>average month of 43,830 minutes (730.5 hours)</source>
        <translation>mois moyen de 43&#xa0;830 minutes (730,5 heures)</translation>
    </message>
    <message>
        <source>not counted as downtime</source>
        <translation>non compté comme indisponibilité</translation>
    </message>
    <message>
        <source>removed from the month before the percentage is taken</source>
        <translation>retiré du mois avant le calcul du pourcentage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 point de pourcentage</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 points de pourcentage</translation>
    </message>
    <message>
        <source>no service credits</source>
        <translation>aucun crédit de service</translation>
    </message>
    <message>
        <source>%1 if the target is missed</source>
        <translation>%1 si l&apos;objectif n&apos;est pas atteint</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>en dessous de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 for a shortfall of up to %2, plus %3 for each further full %4</source>
        <translation>%1 pour un écart jusqu&apos;à %2, plus %3 par tranche complète supplémentaire de %4</translation>
    </message>
    <message>
        <source>%1 for a shortfall of up to %2 of the target, plus %3 for each further full %4 of the target</source>
        <translation>%1 pour un écart jusqu&apos;à %2 de l&apos;objectif, plus %3 par tranche complète supplémentaire de %4 de l&apos;objectif</translation>
    </message>
    <message>
        <source>the month&apos;s fee</source>
        <translation>la redevance du mois</translation>
    </message>
    <message>
        <source>one twelfth of the annual fee</source>
        <translation>un douzième de la redevance annuelle</translation>
    </message>
    <message>
        <source>the month&apos;s fee for the affected service</source>
        <translation>la redevance du mois pour le service concerné</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>aucun délai</translation>
    </message>
    <message>
        <source>by the end of the month after the month measured</source>
        <translation>au plus tard à la fin du mois suivant le mois mesuré</translation>
    </message>
    <message>
        <source>within %1 after the end of the month measured</source>
        <translation>dans un délai de %1 après la fin du mois mesuré</translation>
    </message>
    <message>
        <source>by the end of month %1 after the month measured</source>
        <translation>au plus tard à la fin du mois M+%1, M étant le mois mesuré</translation>
    </message>
    <message>
        <source>Credit schedule</source>
        <translation>Barème des crédits</translation>
    </message>
    <message>
        <source>Credit base</source>
        <translation>Assiette du crédit</translation>
    </message>
    <message>
        <source>Credit cap</source>
        <translation>Plafond des crédits</translation>
    </message>
    <message>
        <source>Minimum credit</source>
        <translation>Crédit minimum</translation>
    </message>
    <message>
        <source>Claim window</source>
        <translation>Délai de réclamation</translation>
    </message>
    <message>
        <source>Sole remedy</source>
        <translation>Recours exclusif</translation>
    </message>
    <message>
        <source>at most %1 of the base</source>
        <translation>au plus %1 de l&apos;assiette</translation>
    </message>
    <message>
        <source>issued only if more than %1</source>
        <translation>accordé uniquement s&apos;il dépasse %1</translation>
    </message>
    <message>
        <source>yes: credits are the only remedy for missed availability</source>
        <translation>oui&#xa0;: les crédits sont le seul recours en cas de disponibilité insuffisante</translation>
    </message>
    <message>
        <source>no: other remedies remain</source>
        <translation>non&#xa0;: d&apos;autres recours restent possibles</translation>
    </message>
    <message>
        <source>does not renew</source>
        <translation>non renouvelable</translation>
    </message>
    <message>
        <source>renews automatically for terms of %1; notice period not stated</source>
        <translation>renouvellement automatique par périodes de %1&#xa0;; délai de préavis non précisé</translation>
    </message>
    <message>
        <source>renews automatically for terms of %1 unless notice is given at least %2 before the term ends</source>
        <translation>renouvellement automatique par périodes de %1, sauf préavis donné au moins %2 avant la fin de la période</translation>
    </message>
    <message>
        <source>continues until ended; notice period not stated</source>
        <translation>se poursuit jusqu&apos;à résiliation&#xa0;; délai de préavis non précisé</translation>
    </message>
    <message>
        <source>continues until ended; notice period: %1</source>
        <translation>se poursuit jusqu&apos;à résiliation&#xa0;; délai de préavis&#xa0;: %1</translation>
    </message>
    <message>
        <source>runs to the end of each period paid for</source>
        <translation>court jusqu&apos;à la fin de chaque période payée</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>Durée initiale</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>%1 × the fees paid in the previous contract year</source>
        <translation>%1 × les redevances payées au cours de l&apos;année contractuelle précédente</translation>
    </message>
    <message>
        <source>%1 × the fees paid in the 12 months before the claim</source>
        <translation>%1 × les redevances payées au cours des 12 mois précédant la réclamation</translation>
    </message>
    <message>
        <source>%1 × %2 (a fixed amount)</source>
        <translation>%1 × %2 (montant fixe)</translation>
    </message>
    <message>
        <source>a fixed amount (not stated)</source>
        <translation>un montant fixe (non précisé)</translation>
    </message>
    <message>
        <source>in the first contract year: %1 × the fees paid for that year</source>
        <translation>pendant la première année contractuelle&#xa0;: %1 × les redevances payées au titre de cette année</translation>
    </message>
    <message>
        <source>never more than the insurers pay</source>
        <translation>jamais plus que ce que versent les assureurs</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Plafond de responsabilité</translation>
    </message>
    <message>
        <source>Outside the cap</source>
        <translation>Hors plafond</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Crédits de service</translation>
    </message>
    <message>
        <source>Term and renewal</source>
        <translation>Durée et renouvellement</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>%1 × fees of previous contract year</source>
        <translation>%1 × redevances de l&apos;année contractuelle précédente</translation>
    </message>
    <message>
        <source>%1 × fees of 12 months before claim</source>
        <translation>%1 × redevances des 12 mois précédant la réclamation</translation>
    </message>
    <message>
        <source>fixed amount, not stated</source>
        <translation>montant fixe, non précisé</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>Pas de renouvellement</translation>
    </message>
    <message>
        <source>Fixed %1; notice %2</source>
        <translation>Périodes de %1&#xa0;; préavis de %2</translation>
    </message>
    <message>
        <source>Fixed %1</source>
        <translation>Périodes de %1</translation>
    </message>
    <message>
        <source>Rolling; notice %1</source>
        <translation>Durée indéterminée&#xa0;; préavis de %1</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Durée indéterminée</translation>
    </message>
    <message>
        <source>To end of paid period</source>
        <translation>Jusqu&apos;à la fin de la période payée</translation>
    </message>
    <message>
        <source>unplanned downtime</source>
        <translation>indisponibilité non planifiée</translation>
    </message>
    <message>
        <source>scheduled maintenance</source>
        <translation>maintenance planifiée</translation>
    </message>
    <message>
        <source>emergency maintenance</source>
        <translation>maintenance d&apos;urgence</translation>
    </message>
    <message>
        <source>customer&apos;s cause</source>
        <translation>fait du client</translation>
    </message>
    <message>
        <source>force majeure</source>
        <translation>force majeure</translation>
    </message>
    <message>
        <source>security attacks</source>
        <translation>attaques de sécurité</translation>
    </message>
    <message>
        <source>hosting provider failures</source>
        <translation>défaillances de l&apos;hébergeur</translation>
    </message>
    <message>
        <source>internet problems</source>
        <translation>problèmes d&apos;internet</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Either party</source>
        <translation>Chacune des parties</translation>
    </message>
    <message>
        <source>material breach</source>
        <translation>manquement grave</translation>
    </message>
    <message>
        <source>non-payment</source>
        <translation>défaut de paiement</translation>
    </message>
    <message>
        <source>insolvency</source>
        <translation>insolvabilité</translation>
    </message>
    <message>
        <source>convenience</source>
        <translation>convenance</translation>
    </message>
    <message>
        <source>other grounds</source>
        <translation>autres motifs</translation>
    </message>
    <message>
        <source>Primary location</source>
        <translation>Site principal</translation>
    </message>
    <message>
        <source>Failover location</source>
        <translation>Site de basculement</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Site de sauvegarde</translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation>Site de traitement</translation>
    </message>
    <message>
        <source>Support location</source>
        <translation>Site de support</translation>
    </message>
    <message>
        <source>no public holidays excluded</source>
        <translation>aucun jour férié exclu</translation>
    </message>
    <message>
        <source>England and Wales bank holidays excluded</source>
        <translation>jours fériés d&apos;Angleterre et du pays de Galles exclus</translation>
    </message>
    <message>
        <source>US federal holidays excluded</source>
        <translation>jours fériés fédéraux des États-Unis exclus</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4), %5</source>
        <translation>%1 %2–%3 (%4), %5</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <source>1 business minute</source>
        <translation>1 minute ouvrée</translation>
    </message>
    <message>
        <source>%1 business minutes</source>
        <translation>%1 minutes ouvrées</translation>
    </message>
    <message>
        <source>1 business hour</source>
        <translation>1 heure ouvrée</translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation>%1 heures ouvrées</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>1 minute, 24×7</source>
        <translation>1 minute, 24×7</translation>
    </message>
    <message>
        <source>%1 minutes, 24×7</source>
        <translation>%1 minutes, 24×7</translation>
    </message>
    <message>
        <source>1 hour, 24×7</source>
        <translation>1 heure, 24×7</translation>
    </message>
    <message>
        <source>%1 hours, 24×7</source>
        <translation>%1 heures, 24×7</translation>
    </message>
    <message>
        <source>1 day, 24×7</source>
        <translation>1 jour, 24×7</translation>
    </message>
    <message>
        <source>%1 days, 24×7</source>
        <translation>%1 jours, 24×7</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>only in the window %1</source>
        <translation>uniquement dans la fenêtre %1</translation>
    </message>
    <message>
        <source>only in the windows %1</source>
        <translation>uniquement dans les fenêtres %1</translation>
    </message>
    <message>
        <source>counts as downtime inside business hours: %1</source>
        <translation>compte comme indisponibilité pendant les heures ouvrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
</context>
<context>
    <name>TermSheet</name>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>must divide a day (1440 minutes) evenly, such as 1, 5, 15 or 60</source>
        <translation>doit diviser une journée (1440 minutes) en parts égales, par exemple 1, 5, 15 ou 60</translation>
    </message>
    <message>
        <source>must be lower than the tier before (%1): tiers run from the mildest shortfall to the most severe</source>
        <translation>doit être inférieur au palier précédent (%1)&#xa0;: les paliers vont de l&apos;écart le plus faible au plus grave</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>doit comporter au moins un palier</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>date au format AAAA-MM-JJ attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date réelle</translation>
    </message>
    <message>
        <source>expected a time of day as HH:MM, from 00:00 to 23:59</source>
        <translation>heure attendue au format HH:MM, de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>the number is too large or too precise to hold exactly</source>
        <translation>le nombre est trop grand ou trop précis pour être représenté exactement</translation>
    </message>
    <message>
        <source>expected a decimal such as &quot;99.95&quot;, found &quot;%1&quot;</source>
        <translation>nombre décimal attendu, par exemple «&#xa0;99.95&#xa0;», «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>expected a decimal</source>
        <translation>nombre décimal attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être au moins égal à %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit être au plus égal à %1</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/London or Etc/GMT</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez un nom IANA, par exemple Europe/London ou Etc/GMT</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected one of: %1 (found &quot;%2&quot;)</source>
        <translation>valeurs attendues&#xa0;: %1 (trouvé «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>doit être supérieur à %1 et au plus égal à %2</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>not used when kind is &quot;%1&quot;</source>
        <translation>non utilisé lorsque kind vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>champ inconnu&#xa0;; vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>the field appears more than once in its object</source>
        <translation>le champ apparaît plusieurs fois dans son objet</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, too large to be a term sheet</source>
        <translation>le fichier dépasse %1 Mo, trop volumineux pour être une fiche récapitulative</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>objet JSON attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>JSON non valide&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation>format non pris en charge «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;%2&#xa0;» attendu</translation>
    </message>
    <message>
        <source>document id &quot;%1&quot; is already used by documents[%2]</source>
        <translation>l&apos;identifiant de document «&#xa0;%1&#xa0;» est déjà utilisé par documents[%2]</translation>
    </message>
    <message>
        <source>must list at least one document</source>
        <translation>doit comporter au moins un document</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (three capital letters, such as GBP)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217 (trois lettres majuscules, par exemple GBP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 characters from a-z, 0-9 and -</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;: utilisez de 1 à 64 caractères parmi a-z, 0-9 et -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no document of this agreement (documents: %2)</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun document de ce contrat (documents&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must name at least one day</source>
        <translation>doit indiquer au moins un jour</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as GB or US)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166 (deux lettres majuscules, par exemple GB ou US)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as GB) or EEA</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays ISO 3166 (deux lettres majuscules, par exemple GB) ni EEA</translation>
    </message>
    <message>
        <source>only used when basis is &quot;%1&quot;</source>
        <translation>utilisé uniquement lorsque basis vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>level name &quot;%1&quot; is already used by levels[%2]</source>
        <translation>le nom de niveau «&#xa0;%1&#xa0;» est déjà utilisé par levels[%2]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code (a country such as GB, or a subdivision such as US-TX)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code ISO 3166 (un pays, par exemple GB, ou une subdivision, par exemple US-TX)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>not valid UTF-8 text at %1 (byte %2)</source>
        <translation>texte UTF-8 non valide à la %1 (octet %2)</translation>
    </message>
    <message>
        <source>missing: required when countsInBusinessHours is true</source>
        <translation>absent&#xa0;: obligatoire lorsque countsInBusinessHours vaut true</translation>
    </message>
</context>
<context>
    <name>TermSheetFile</name>
    <message>
        <source>must be a file name next to the term sheet, not %1</source>
        <translation>doit être un nom de fichier situé à côté de la fiche récapitulative, et non %1</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas un texte UTF-8</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
        <source>Data Locations</source>
        <translation>Localisation des données</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>What-If</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is in use by another program.</source>
        <translation>L&apos;espace de travail est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>The workspace is in use by %1 (process %2 on %3). Close it there first.</source>
        <translation>L&apos;espace de travail est utilisé par %1 (processus %2 sur %3). Fermez-le d&apos;abord dans ce programme.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>This file is not a TermLens workspace: it is an SQLite database of another program (application id 0x%1).</source>
        <translation>Ce fichier n&apos;est pas un espace de travail TermLens&#xa0;: c&apos;est une base de données SQLite d&apos;un autre programme (identifiant d&apos;application 0x%1).</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1). It was left untouched; restore it from a backup.</source>
        <translation>L&apos;espace de travail est endommagé (%1). Il n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace could not be opened with safe settings.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert avec des paramètres sûrs.</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>L&apos;espace de travail est fermé.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Un fichier portant ce nom existe déjà&#xa0;; il n&apos;a pas été écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not create the workspace: %1</source>
        <translation>Impossible de créer l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation>Le fichier de l&apos;espace de travail n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is not a file, so it is not a TermLens workspace.</source>
        <translation>Ceci n&apos;est pas un fichier, ce n&apos;est donc pas un espace de travail TermLens.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a TermLens workspace.</source>
        <translation>Ce fichier est vide&#xa0;: ce n&apos;est pas un espace de travail TermLens.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of TermLens (schema version %1; this version knows up to %2). It was left untouched.</source>
        <translation>L&apos;espace de travail a été écrit par une version plus récente de TermLens (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à la %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 (%2): TermLens needs to write in the workspace&apos;s folder.</source>
        <translation>Impossible de créer le fichier de verrou %1 (%2)&#xa0;: TermLens doit pouvoir écrire dans le dossier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n&apos;a indiqué aucune raison</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, its header says %2 pages of %3 bytes: it was cut short or written over</source>
        <translation>le fichier fait %1 octets, mais son en-tête indique %2 pages de %3 octets&#xa0;: il a été tronqué ou écrasé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare SaaS agreements and compute the service credits they owe.</source>
        <translation>Comparer des contrats SaaS et calculer les crédits de service dus à leur titre.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: the last one).</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir (par défaut&#xa0;: le dernier utilisé).</translation>
    </message>
    <message>
        <source>Open on one screen: %1.</source>
        <translation>Ouvrir sur l&apos;écran indiqué, parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exit once the main window has been shown and painted.</source>
        <translation>Quitter une fois la fenêtre principale affichée et dessinée.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG after it is painted, then exit.</source>
        <translation>Enregistrer la fenêtre principale au format PNG une fois dessinée, puis quitter.</translation>
    </message>
    <message>
        <source>Give at most one workspace file.</source>
        <translation>Indiquez au plus un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Views: %2.</source>
        <translation>Vue inconnue «&#xa0;%1&#xa0;». Vues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Could not open or create the sample workspace.

%1

File: %2</source>
        <translation>Impossible d&apos;ouvrir ou de créer l&apos;espace de travail d&apos;exemple.

%1

Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save the screenshot %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran %1.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementActions</name>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Contrat</translation>
    </message>
    <message>
        <source>&amp;New Agreement…</source>
        <translation>&amp;Nouveau contrat…</translation>
    </message>
    <message>
        <source>Enter a new agreement term by term, with its documents&apos; text</source>
        <translation>Saisir un nouveau contrat condition par condition, avec le texte de ses documents</translation>
    </message>
    <message>
        <source>&amp;Import from Term Sheets…</source>
        <translation>&amp;Importer depuis des fiches récapitulatives…</translation>
    </message>
    <message>
        <source>Add agreements from term-sheet files (.termsheet.json); an agreement with the same id is replaced</source>
        <translation>Ajouter des contrats depuis des fiches récapitulatives (.termsheet.json)&#xa0;; un contrat de même identifiant est remplacé</translation>
    </message>
    <message>
        <source>&amp;Edit Terms…</source>
        <translation>&amp;Modifier les conditions…</translation>
    </message>
    <message>
        <source>Edit the terms, citations and documents of the chosen agreement</source>
        <translation>Modifier les conditions, les références et les documents du contrat choisi</translation>
    </message>
    <message>
        <source>&amp;Subscription…</source>
        <translation>A&amp;bonnement…</translation>
    </message>
    <message>
        <source>Edit what the customer pays under the chosen agreement: start date, billing cycle, services with fees, payments</source>
        <translation>Modifier ce que le client paie au titre du contrat choisi&#xa0;: date de début, cycle de facturation, services avec redevances, paiements</translation>
    </message>
    <message>
        <source>&amp;Delete Agreement</source>
        <translation>&amp;Supprimer le contrat</translation>
    </message>
    <message>
        <source>Delete the chosen agreement with its outages, subscription and claims (Edit &gt; Undo brings all of it back)</source>
        <translation>Supprimer le contrat choisi avec ses interruptions, son abonnement et ses réclamations (Édition &gt; Annuler rétablit le tout)</translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>Importer des contrats</translation>
    </message>
    <message>
        <source>Term sheets (*.termsheet.json *.json);;All files (*)</source>
        <translation>Fiches récapitulatives (*.termsheet.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is also the id of %3; one import cannot hold an agreement twice</source>
        <translation>%1&#xa0;: id&#xa0;: «&#xa0;%2&#xa0;» est aussi l&apos;identifiant de %3&#xa0;; une même importation ne peut contenir deux fois un contrat</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import the agreements</source>
        <translation>Impossible d&apos;importer les contrats</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these problems in the term sheets and import them again.

%1

Files: %2</source>
        <translation>Rien n&apos;a été importé&#xa0;: corrigez ces problèmes dans les fiches récapitulatives, puis importez-les à nouveau.

%1

Fichiers&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n agreement(s)</source>
        <translation>
            <numerusform>Importer %n contrat</numerusform>
            <numerusform>Importer %n contrats</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2 replaced an agreement with the same id (Edit &gt; Undo puts it back).</source>
        <translation>%1 importé(s)&#xa0;; %2 a remplacé un contrat de même identifiant (Édition &gt; Annuler le rétablit).</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé(s).</translation>
    </message>
    <message>
        <source>Created agreement %1.</source>
        <translation>Contrat %1 créé.</translation>
    </message>
    <message>
        <source>Saved the terms of %1 (Edit &gt; Undo takes the change back).</source>
        <translation>Conditions de %1 enregistrées (Édition &gt; Annuler revient sur la modification).</translation>
    </message>
    <message>
        <source>Could not read the subscription</source>
        <translation>Impossible de lire l&apos;abonnement</translation>
    </message>
    <message>
        <source>Could not read the subscription of %1.

%2</source>
        <translation>Impossible de lire l&apos;abonnement de %1.

%2</translation>
    </message>
    <message>
        <source>Saved the subscription of %1 (Edit &gt; Undo takes the change back).</source>
        <translation>Abonnement de %1 enregistré (Édition &gt; Annuler revient sur la modification).</translation>
    </message>
    <message>
        <source>Deleted %1 with its outages, subscription and claims; Edit &gt; Undo brings all of it back.</source>
        <translation>%1 supprimé avec ses interruptions, son abonnement et ses réclamations&#xa0;; Édition &gt; Annuler rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementEditor</name>
    <message>
        <source>Agreement editor</source>
        <translation>Éditeur de contrat</translation>
    </message>
    <message>
        <source>Groups of terms</source>
        <translation>Groupes de conditions</translation>
    </message>
    <message>
        <source>Use as &amp;Quote</source>
        <translation>Utiliser comme e&amp;xtrait</translation>
    </message>
    <message>
        <source>Use the selected words as the quote</source>
        <translation>Utiliser les mots sélectionnés comme extrait</translation>
    </message>
    <message>
        <source>Copy the words selected in the document into the quote of the term being edited (Ctrl+Shift+Q)</source>
        <translation>Copier les mots sélectionnés dans le document vers l&apos;extrait de la condition en cours de modification (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Click in a term&apos;s fields to choose where quotes go.</source>
        <translation>Cliquez dans les champs d&apos;une condition pour choisir où vont les extraits.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>An agreement keeps its id; import or create a new one to change it.</source>
        <translation>Un contrat conserve son identifiant&#xa0;; pour le changer, importez ou créez un nouveau contrat.</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>an agreement with this id is stored already; choose another id, or import a term sheet to replace it</source>
        <translation>un contrat portant cet identifiant est déjà enregistré&#xa0;; choisissez un autre identifiant, ou importez une fiche récapitulative pour le remplacer</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;enregistrement.</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Quotes go to: %1</source>
        <translation>Les extraits vont dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click in the fields of a term first: the quote goes to that term.</source>
        <translation>Cliquez d&apos;abord dans les champs d&apos;une condition&#xa0;: l&apos;extrait est attribué à cette condition.</translation>
    </message>
    <message>
        <source>Select the words to quote in the document text first.</source>
        <translation>Sélectionnez d&apos;abord les mots à citer dans le texte du document.</translation>
    </message>
    <message>
        <source>Quote set for %1.</source>
        <translation>Extrait défini pour %1.</translation>
    </message>
    <message>
        <source>New agreement %1</source>
        <translation>Nouveau contrat %1</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementListModel</name>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Objectif SLA</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Plafond de responsabilité</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementMatrixModel</name>
    <message>
        <source>not listed by this agreement</source>
        <translation>non mentionné par ce contrat</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non mentionné</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ambiguity: %1</source>
        <translation>Ambiguïté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementPage</name>
    <message>
        <source>%1 (version %2, %3)</source>
        <translation>%1 (version %2, %3)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>No agreement selected</source>
        <translation>Aucun contrat sélectionné</translation>
    </message>
    <message>
        <source>About this agreement</source>
        <translation>À propos de ce contrat</translation>
    </message>
    <message>
        <source>Choose a term to see the clause it cites.</source>
        <translation>Choisissez une condition pour voir la clause qu&apos;elle cite.</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Les documents ne prévoient pas cette condition.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementsScreen</name>
    <message>
        <source>Filter agreements</source>
        <translation>Filtrer les contrats</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>No workspace is open. Use File &gt; Open or File &gt; New.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier &gt; Ouvrir ou Fichier &gt; Nouvel espace de travail vide.</translation>
    </message>
    <message>
        <source>This workspace has no agreements yet.</source>
        <translation>Cet espace de travail ne contient encore aucun contrat.</translation>
    </message>
    <message>
        <source>No agreement matches the filter.</source>
        <translation>Aucun contrat ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Choose an agreement from the list.</source>
        <translation>Choisissez un contrat dans la liste.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Agreement tools</source>
        <translation>Outils des contrats</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>What the customer pays under this agreement (Agreement &gt; Subscription… changes it)</source>
        <translation>Ce que le client paie au titre de ce contrat (Contrat &gt; Abonnement… le modifie)</translation>
    </message>
    <message>
        <source>Subscription: could not be read (%1)</source>
        <translation>Abonnement&#xa0;: illisible (%1)</translation>
    </message>
    <message>
        <source>No subscription stored (Agreement &gt; Subscription…)</source>
        <translation>Aucun abonnement enregistré (Contrat &gt; Abonnement…)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription since %1: %2, %3 a month, %4</source>
        <translation>Abonnement depuis le %1&#xa0;: %2, %3 par mois, %4</translation>
    </message>
    <message>
        <source>Subscription: %1, %2 a month, %3</source>
        <translation>Abonnement&#xa0;: %1, %2 par mois, %3</translation>
    </message>
</context>
<context>
    <name>termlens::AvailabilityChart</name>
    <message>
        <source>Monthly availability chart</source>
        <translation>Graphique de disponibilité mensuelle</translation>
    </message>
    <message>
        <source>Choose a month to see its agreement&apos;s chart</source>
        <translation>Choisissez un mois pour voir le graphique de son contrat</translation>
    </message>
    <message>
        <source>Availability %</source>
        <translation>Disponibilité&#xa0;%</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Objectif %1&#xa0;%</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
</context>
<context>
    <name>termlens::BusinessCalendar</name>
    <message>
        <source>The business hours&apos; time zone &quot;%1&quot; is not a known IANA time zone.</source>
        <translation>Le fuseau horaire des heures ouvrées «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA connu.</translation>
    </message>
    <message>
        <source>The business hours have no opening or closing time.</source>
        <translation>Les heures ouvrées n&apos;ont pas d&apos;heure d&apos;ouverture ou de fermeture.</translation>
    </message>
    <message>
        <source>The business hours list no valid weekdays.</source>
        <translation>Les heures ouvrées ne comportent aucun jour de la semaine valide.</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4, %5</source>
        <translation>%1 %2–%3 %4, %5</translation>
    </message>
</context>
<context>
    <name>termlens::CitationPanel</name>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cited clause</source>
        <translation>Clause citée</translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation>Extrait cité</translation>
    </message>
    <message>
        <source>Reading chosen</source>
        <translation>Interprétation retenue</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Ambiguity</source>
        <translation>Ambiguïté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No clause cited.</source>
        <translation>Aucune clause citée.</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agreement&apos;s documents do not state this term.</source>
        <translation>Les documents du contrat ne prévoient pas cette condition.</translation>
    </message>
</context>
<context>
    <name>termlens::ClaimDraftDialog</name>
    <message>
        <source>Draft Credit Claim</source>
        <translation>Rédiger une réclamation de crédit</translation>
    </message>
    <message>
        <source>What the agreement requires:</source>
        <translation>Ce qu&apos;exige le contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Claim requirements</source>
        <translation>Conditions de la réclamation</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Ligne d&apos;objet</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texte de la réclamation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard</source>
        <translation>Copier l&apos;objet et le texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the claim</source>
        <translation>Imprimer la réclamation</translation>
    </message>
    <message>
        <source>Print Claim</source>
        <translation>Imprimer la réclamation</translation>
    </message>
</context>
<context>
    <name>termlens::CompareScreen</name>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Choose a cell to see the clause it cites.</source>
        <translation>Choisissez une cellule pour voir la clause qu&apos;elle cite.</translation>
    </message>
    <message>
        <source>Filter terms and values</source>
        <translation>Filtrer les conditions et les valeurs</translation>
    </message>
    <message>
        <source>Group of terms</source>
        <translation>Groupe de conditions</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Toutes les conditions</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Uniquement les lignes qui diffèrent</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the table as text</source>
        <translation>Copier le tableau sous forme de texte</translation>
    </message>
    <message>
        <source>Copy the rows shown, with the agreements&apos; names, as tab-separated text</source>
        <translation>Copier les lignes affichées, avec les noms des contrats, sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>▲ best  ▼ worst  ·  playbook: ✔ pass  ⚠ warn  ✖ fail  ? not stated</source>
        <translation>▲ meilleur  ▼ pire  ·  playbook&#xa0;: ✔ conforme  ⚠ à vérifier  ✖ non conforme  ? non précisé</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Agreements compared</source>
        <translation>Contrats comparés</translation>
    </message>
    <message>
        <source>Tick to compare; drag to reorder.</source>
        <translation>Cochez pour comparer&#xa0;; faites glisser pour réordonner.</translation>
    </message>
    <message>
        <source>Compare All</source>
        <translation>Tout comparer</translation>
    </message>
    <message>
        <source>Compare all agreements</source>
        <translation>Comparer tous les contrats</translation>
    </message>
    <message>
        <source>Comparison of agreements</source>
        <translation>Comparaison des contrats</translation>
    </message>
    <message>
        <source>No workspace is open. Use File &gt; Open or File &gt; New.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier &gt; Ouvrir ou Fichier &gt; Nouvel espace de travail vide.</translation>
    </message>
    <message>
        <source>This workspace has no agreements to compare.</source>
        <translation>Cet espace de travail ne contient aucun contrat à comparer.</translation>
    </message>
    <message>
        <source>Playbook:
%1</source>
        <translation>Playbook&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Les documents ne prévoient pas cette condition.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of the comparison.</source>
        <translation>
            <numerusform>%n ligne de la comparaison copiée.</numerusform>
            <numerusform>%n lignes de la comparaison copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the rows whose term or values contain these words</source>
        <translation>Afficher uniquement les lignes dont la condition ou les valeurs contiennent ces mots</translation>
    </message>
    <message>
        <source>Show one group of terms, or all of them</source>
        <translation>Afficher un groupe de conditions, ou toutes</translation>
    </message>
    <message>
        <source>Hide the rows where every agreement compared says the same</source>
        <translation>Masquer les lignes où tous les contrats comparés disent la même chose</translation>
    </message>
    <message>
        <source>Cap for a claim on</source>
        <translation>Plafond pour une réclamation le</translation>
    </message>
    <message>
        <source>Claim date for the liability cap</source>
        <translation>Date de réclamation pour le plafond de responsabilité</translation>
    </message>
    <message>
        <source>The liability cap in money is worked out for a claim made on this day, from the subscription&apos;s payments</source>
        <translation>Le plafond de responsabilité en montant est calculé pour une réclamation faite ce jour-là, d&apos;après les paiements de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Compare every agreement of the workspace, in the list&apos;s order</source>
        <translation>Comparer tous les contrats de l&apos;espace de travail, dans l&apos;ordre de la liste</translation>
    </message>
</context>
<context>
    <name>termlens::ComparisonModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (playbook: %2)</source>
        <translation>%1 (playbook&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
</context>
<context>
    <name>termlens::CreditLedgerModel</name>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Missed; no credit terms</source>
        <translation>Non atteint&#xa0;; pas de conditions de crédit</translation>
    </message>
    <message>
        <source>Missed; below the minimum</source>
        <translation>Non atteint&#xa0;; sous le minimum</translation>
    </message>
    <message>
        <source>Missed; no credit</source>
        <translation>Non atteint&#xa0;; aucun crédit</translation>
    </message>
    <message>
        <source>Month in progress</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Open, no deadline stated</source>
        <translation>Ouvert, aucun délai précisé</translation>
    </message>
    <message>
        <source>Open, last day today</source>
        <translation>Ouvert, dernier jour aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Ouvert, %n jour restant</numerusform>
            <numerusform>Ouvert, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>Réclamé le %1</translation>
    </message>
    <message>
        <source>Claimed %1 (%2)</source>
        <translation>Réclamé le %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expiré depuis %n jour</numerusform>
            <numerusform>Expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>aucune redevance connue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Indisponibilité (min)</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>Crédit&#xa0;%</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>Réclamer avant le</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>État de la réclamation</translation>
    </message>
</context>
<context>
    <name>termlens::CreditsScreen</name>
    <message>
        <source>Filter by agreement, month, service or status</source>
        <translation>Filtrer par contrat, mois, service ou état</translation>
    </message>
    <message>
        <source>Filter credits</source>
        <translation>Filtrer les crédits</translation>
    </message>
    <message>
        <source>&amp;Mark Claimed…</source>
        <translation>&amp;Marquer comme réclamé…</translation>
    </message>
    <message>
        <source>Record that this month&apos;s credit was claimed, with the date and the vendor&apos;s reference</source>
        <translation>Enregistrer que le crédit de ce mois a été réclamé, avec la date et la référence du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Unmark Claim</source>
        <translation>&amp;Retirer la réclamation</translation>
    </message>
    <message>
        <source>Remove the claim recorded for this month</source>
        <translation>Supprimer la réclamation enregistrée pour ce mois</translation>
    </message>
    <message>
        <source>&amp;Draft Claim…</source>
        <translation>Ré&amp;diger la réclamation…</translation>
    </message>
    <message>
        <source>Write the claim the agreement asks for, to copy or print</source>
        <translation>Rédiger la réclamation qu&apos;exige le contrat, pour la copier ou l&apos;imprimer</translation>
    </message>
    <message>
        <source>Credits by agreement and month</source>
        <translation>Crédits par contrat et par mois</translation>
    </message>
    <message>
        <source>Working of the selected month</source>
        <translation>Détail du calcul du mois sélectionné</translation>
    </message>
    <message>
        <source>Select a month to see how its credit was worked out.</source>
        <translation>Sélectionnez un mois pour voir comment son crédit a été calculé.</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>tous les services</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, %2: monthly availability</source>
        <translation>%1, %2&#xa0;: disponibilité mensuelle</translation>
    </message>
    <message>
        <source>Mark Credit Claimed</source>
        <translation>Marquer le crédit comme réclamé</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Date claimed</source>
        <translation>Date de la réclamation</translation>
    </message>
    <message>
        <source>&amp;Claimed on:</source>
        <translation>&amp;Réclamé le&#xa0;:</translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation>Référence de la réclamation</translation>
    </message>
    <message>
        <source>The vendor&apos;s case or ticket number</source>
        <translation>Le numéro de dossier ou de ticket du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
</context>
<context>
    <name>termlens::DataLocationMatrixModel</name>
    <message>
        <source>Country not stated</source>
        <translation>Pays non précisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ outside the UK/EEA · %1</source>
        <translation>⚠ hors Royaume-Uni/EEE · %1</translation>
    </message>
    <message>
        <source>UK/EEA · %1</source>
        <translation>Royaume-Uni/EEE · %1</translation>
    </message>
    <message>
        <source>%1
Outside the UK and the EEA: storing personal data here is a restricted transfer under UK and EU GDPR.</source>
        <translation>%1
Hors du Royaume-Uni et de l&apos;EEE&#xa0;: y stocker des données personnelles constitue un transfert soumis à restrictions au sens du RGPD de l&apos;UE et du UK GDPR.</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>Transferts internationaux</translation>
    </message>
    <message>
        <source>Each agreement&apos;s restriction on moving the data to other countries</source>
        <translation>La restriction posée par chaque contrat au transfert des données vers d&apos;autres pays</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) state it</source>
        <translation>
            <numerusform>%n contrat le précise</numerusform>
            <numerusform>%n contrats le précisent</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>termlens::DeadlinesScreen</name>
    <message>
        <source>Filter deadlines</source>
        <translation>Filtrer les échéances</translation>
    </message>
    <message>
        <source>&amp;Breach notified on:</source>
        <translation>&amp;Manquement notifié le&#xa0;:</translation>
    </message>
    <message>
        <source>Show the cure periods a breach notice on this day would open</source>
        <translation>Afficher les délais de remédiation qu&apos;ouvrirait une notification de manquement à cette date</translation>
    </message>
    <message>
        <source>Date the breach was notified</source>
        <translation>Date de notification du manquement</translation>
    </message>
    <message>
        <source>Agreement &amp;ends on:</source>
        <translation>Fin du &amp;contrat le&#xa0;:</translation>
    </message>
    <message>
        <source>Count data-retrieval windows from this day instead of the end of the current term</source>
        <translation>Compter les délais de récupération des données à partir de cette date au lieu de la fin de la période en cours</translation>
    </message>
    <message>
        <source>Date the agreement ends</source>
        <translation>Date de fin du contrat</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>E&amp;xporter le calendrier…</translation>
    </message>
    <message>
        <source>Save every deadline as an .ics calendar with reminders</source>
        <translation>Enregistrer toutes les échéances dans un calendrier .ics avec rappels</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Working of the selected deadline</source>
        <translation>Détail du calcul de l&apos;échéance sélectionnée</translation>
    </message>
    <message>
        <source>Select a deadline to see how its date was worked out.</source>
        <translation>Sélectionnez une échéance pour voir comment sa date a été calculée.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write the calendar “%1”: %2</source>
        <translation>Impossible d&apos;écrire le calendrier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n deadline(s) to %1</source>
        <translation>
            <numerusform>%n échéance enregistrée dans %1</numerusform>
            <numerusform>%n échéances enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deadlines</source>
        <translation>Exporter les échéances</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
</context>
<context>
    <name>termlens::DocumentView</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Quote status</source>
        <translation>État de l&apos;extrait</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>This document&apos;s text is not stored.</source>
        <translation>Le texte de ce document n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>No quote cited for this term.</source>
        <translation>Aucun extrait cité pour cette condition.</translation>
    </message>
    <message>
        <source>Quote not found in the text.</source>
        <translation>Extrait introuvable dans le texte.</translation>
    </message>
    <message>
        <source>Quote highlighted.</source>
        <translation>Extrait surligné.</translation>
    </message>
    <message>
        <source>Quote highlighted (found with spacing or punctuation differences).</source>
        <translation>Extrait surligné (trouvé avec des différences d&apos;espacement ou de ponctuation).</translation>
    </message>
</context>
<context>
    <name>termlens::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;An</translation>
    </message>
    <message>
        <source>New Year&apos;s Day (substitute day)</source>
        <translation>Jour de l&apos;An (jour de remplacement)</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Jour férié de début mai (jour de la Victoire)</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Jour férié de début mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Jour férié de printemps</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Jour férié d&apos;été</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Lendemain de Noël (Boxing Day)</translation>
    </message>
    <message>
        <source>Christmas Day (substitute day)</source>
        <translation>Noël (jour de remplacement)</translation>
    </message>
    <message>
        <source>Boxing Day (substitute day)</source>
        <translation>Lendemain de Noël (jour de remplacement)</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Mariage royal</translation>
    </message>
    <message>
        <source>Millennium celebrations</source>
        <translation>Célébrations du millénaire</translation>
    </message>
    <message>
        <source>Golden Jubilee bank holiday</source>
        <translation>Jour férié du jubilé d&apos;or</translation>
    </message>
    <message>
        <source>Diamond Jubilee bank holiday</source>
        <translation>Jour férié du jubilé de diamant</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Jour férié du jubilé de platine</translation>
    </message>
    <message>
        <source>Bank holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Jour férié des funérailles nationales de la reine Elizabeth II</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Jour férié du couronnement du roi Charles III</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (journée nationale de l&apos;indépendance)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Fête de l&apos;Indépendance</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Journée des anciens combattants (Veterans Day)</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Anniversaire de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Fête du Travail (Labor Day)</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Columbus Day</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Anniversaire de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (jour de report)</translation>
    </message>
    <message>
        <source>no public holidays</source>
        <translation>aucun jour férié</translation>
    </message>
    <message>
        <source>England and Wales bank holidays</source>
        <translation>jours fériés d&apos;Angleterre et du pays de Galles</translation>
    </message>
    <message>
        <source>US federal holidays</source>
        <translation>jours fériés fédéraux des États-Unis</translation>
    </message>
</context>
<context>
    <name>termlens::LocalTime</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>termlens::MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Number of agreements</source>
        <translation>Nombre de contrats</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open, or start one with File &gt; New.</source>
        <translation>Ouvrez un espace de travail avec Fichier &gt; Ouvrir, ou créez-en un avec Fichier &gt; Nouvel espace de travail vide.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About TermLens</source>
        <translation>À &amp;propos de TermLens</translation>
    </message>
    <message>
        <source>Show the version and purpose of TermLens</source>
        <translation>Afficher la version et l&apos;objet de TermLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit</source>
        <translation>Afficher la version de la bibliothèque Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Empty Workspace…</source>
        <translation>&amp;Nouvel espace de travail vide…</translation>
    </message>
    <message>
        <source>Create a new workspace file with no agreements</source>
        <translation>Créer un nouveau fichier d&apos;espace de travail sans contrat</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open a workspace used recently</source>
        <translation>Ouvrir un espace de travail utilisé récemment</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a copy of the open workspace to another file</source>
        <translation>Écrire une copie de l&apos;espace de travail ouvert dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close TermLens</source>
        <translation>Fermer TermLens</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows or text</source>
        <translation>Copier les lignes ou le texte sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter the list on this screen</source>
        <translation>Filtrer la liste de cet écran</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show the %1 screen</source>
        <translation>Afficher l&apos;écran %1</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2

File: %3</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail «&#xa0;%1&#xa0;».

%2

Fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Could not read the workspace</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Could not read the agreements of “%1”.

%2

File: %3</source>
        <translation>Impossible de lire les contrats de «&#xa0;%1&#xa0;».

%2

Fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 contrat</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 contrats</translation>
    </message>
    <message>
        <source>TermLens</source>
        <translation>TermLens</translation>
    </message>
    <message>
        <source>%1 — TermLens</source>
        <translation>%1 — TermLens</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>New Empty Workspace</source>
        <translation>Nouvel espace de travail vide</translation>
    </message>
    <message>
        <source>TermLens workspaces (*.termlens)</source>
        <translation>Espaces de travail TermLens (*.termlens)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>“%1” already exists. A new workspace never replaces a file: choose another name.

File: %2</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Un nouvel espace de travail ne remplace jamais un fichier&#xa0;: choisissez un autre nom.

Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the workspace “%1”.

%2

File: %3</source>
        <translation>Impossible de créer l&apos;espace de travail «&#xa0;%1&#xa0;».

%2

Fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>TermLens workspaces (*.termlens);;All files (*)</source>
        <translation>Espaces de travail TermLens (*.termlens);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”.

%2

File: %3</source>
        <translation>Impossible d&apos;enregistrer une copie sous «&#xa0;%1&#xa0;».

%2

Fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>About TermLens</source>
        <translation>À propos de TermLens</translation>
    </message>
    <message>
        <source>TermLens %1

Compares SaaS agreements term by term, computes the service credits each contract owes by its own rules, and tracks the deadlines that cost money when missed. Everything stays on this computer.</source>
        <translation>TermLens %1

Compare les contrats SaaS condition par condition, calcule les crédits de service dus au titre de chaque contrat selon ses propres règles et suit les échéances qui coûtent cher lorsqu&apos;elles sont manquées. Toutes les données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Import &amp;Agreements…</source>
        <translation>Importer des con&amp;trats…</translation>
    </message>
    <message>
        <source>Add agreements from term-sheet files (.termsheet.json)</source>
        <translation>Ajouter des contrats à partir de fichiers de fiches récapitulatives (.termsheet.json)</translation>
    </message>
    <message>
        <source>Import &amp;Outages…</source>
        <translation>Importer des &amp;interruptions…</translation>
    </message>
    <message>
        <source>Add outages from a CSV file or a Statuspage incident history</source>
        <translation>Ajouter des interruptions à partir d&apos;un fichier CSV ou d&apos;un historique d&apos;incidents Statuspage</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>Write a PDF report of the workspace</source>
        <translation>Écrire un rapport PDF de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to the workspace</source>
        <translation>Annuler la dernière modification de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the open workspace with one of its backups (the current state is kept)</source>
        <translation>Remplacer l&apos;espace de travail ouvert par l&apos;une de ses sauvegardes (l&apos;état actuel est conservé)</translation>
    </message>
    <message>
        <source>Could not change the language</source>
        <translation>Impossible de changer de langue</translation>
    </message>
    <message>
        <source>Close the open dialog “%1” first: the screens are rebuilt in the new language.</source>
        <translation>Fermez d&apos;abord la boîte de dialogue ouverte «&#xa0;%1&#xa0;»&#xa0;: les écrans sont reconstruits dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>The screens are rebuilt in the new language, on the same workspace. Edit &gt; Undo cannot take back the changes made so far afterwards.

Change the language now?</source>
        <translation>Les écrans sont reconstruits dans la nouvelle langue, sur le même espace de travail. Édition &gt; Annuler ne pourra plus revenir ensuite sur les modifications effectuées jusqu&apos;ici.

Changer de langue maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>TermLens is now shown in %1.</source>
        <translation>TermLens est maintenant affiché en %1.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>“%1” is read-only: its permissions do not let TermLens write to it. You can read it, but changes cannot be saved; use File &gt; Save a Copy to work on a copy.

File: %2</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: ses autorisations ne permettent pas à TermLens d&apos;y écrire. Vous pouvez le consulter, mais les modifications ne peuvent pas être enregistrées&#xa0;; utilisez Fichier &gt; Enregistrer une copie pour travailler sur une copie.

Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — TermLens</source>
        <translation>%1 (lecture seule) — TermLens</translation>
    </message>
    <message>
        <source>Could not back up the workspace</source>
        <translation>Impossible de sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The session&apos;s backup of “%1” could not be written; the workspace is open and unchanged.

%2

File: %3</source>
        <translation>La sauvegarde de session de «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite&#xa0;; l&apos;espace de travail est ouvert et inchangé.

%2

Fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup taken %2?

The workspace as it is now is kept as a backup first, so you can restore it again from File &gt; Restore Backup. Undo history is cleared.</source>
        <translation>Remplacer «&#xa0;%1&#xa0;» par la sauvegarde effectuée le %2&#xa0;?

L&apos;espace de travail dans son état actuel est d&apos;abord conservé comme sauvegarde, vous pourrez donc le restaurer à partir de Fichier &gt; Restaurer une sauvegarde. L&apos;historique d&apos;annulation est effacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restored %1; the workspace as it was is kept as %2</source>
        <translation>Sauvegarde %1 restaurée&#xa0;; l&apos;espace de travail tel qu&apos;il était est conservé sous %2</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <source>The session&apos;s backup of the workspace is being written beside it; you can keep working</source>
        <translation>La sauvegarde de session de l&apos;espace de travail est en cours d&apos;écriture à côté de lui&#xa0;; vous pouvez continuer à travailler</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Could not change the number of backups kept</source>
        <translation>Impossible de modifier le nombre de sauvegardes conservées</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup(s) of %1 are kept</source>
        <translation>
            <numerusform>La sauvegarde la plus récente de %1 est conservée</numerusform>
            <numerusform>Les %n sauvegardes les plus récentes de %1 sont conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::MatrixScreen</name>
    <message>
        <source>Sub-processors by vendor</source>
        <translation>Sous-traitants ultérieurs par fournisseur</translation>
    </message>
    <message>
        <source>Data locations by vendor</source>
        <translation>Localisation des données par fournisseur</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Choose a cell to see the clause it cites.</source>
        <translation>Choisissez une cellule pour voir la clause qu&apos;elle cite.</translation>
    </message>
    <message>
        <source>Filter sub-processors, purposes and countries</source>
        <translation>Filtrer les sous-traitants ultérieurs, les finalités et les pays</translation>
    </message>
    <message>
        <source>Filter countries, regions and providers</source>
        <translation>Filtrer les pays, les régions et les prestataires</translation>
    </message>
    <message>
        <source>Only shared sub-processors</source>
        <translation>Sous-traitants ultérieurs partagés uniquement</translation>
    </message>
    <message>
        <source>Only outside the UK/EEA</source>
        <translation>Hors Royaume-Uni/EEE uniquement</translation>
    </message>
    <message>
        <source>Show only providers behind more than one vendor</source>
        <translation>Afficher uniquement les prestataires présents derrière plusieurs fournisseurs</translation>
    </message>
    <message>
        <source>Show only countries outside the UK and the EEA</source>
        <translation>Afficher uniquement les pays hors du Royaume-Uni et de l&apos;EEE</translation>
    </message>
    <message>
        <source>✔ named by the vendor  ·  ⚠ behind several vendors (concentration risk)</source>
        <translation>✔ désigné par le fournisseur  ·  ⚠ derrière plusieurs fournisseurs (risque de concentration)</translation>
    </message>
    <message>
        <source>⚠ outside the UK/EEA  ·  last row: each agreement&apos;s transfer restriction</source>
        <translation>⚠ hors Royaume-Uni/EEE  ·  dernière ligne&#xa0;: la restriction de transfert de chaque contrat</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the table as text</source>
        <translation>Copier le tableau sous forme de texte</translation>
    </message>
    <message>
        <source>Copy the rows shown as tab-separated text</source>
        <translation>Copier les lignes affichées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>This workspace has no agreements.</source>
        <translation>Cet espace de travail ne contient aucun contrat.</translation>
    </message>
    <message>
        <source>No agreement names its sub-processors.</source>
        <translation>Aucun contrat ne désigne ses sous-traitants ultérieurs.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Les documents ne prévoient pas cette condition.</translation>
    </message>
    <message>
        <source>No quoted words for this entry.</source>
        <translation>Aucun extrait cité pour cette entrée.</translation>
    </message>
</context>
<context>
    <name>termlens::ObligationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Préavis de non-renouvellement</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Credit claim</source>
        <translation>Réclamation de crédit</translation>
    </message>
    <message>
        <source>Cure period</source>
        <translation>Délai de remédiation</translation>
    </message>
    <message>
        <source>Data retrieval</source>
        <translation>Récupération des données</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportController</name>
    <message>
        <source>Open a workspace before importing outages.</source>
        <translation>Ouvrez un espace de travail avant d&apos;importer des interruptions.</translation>
    </message>
    <message>
        <source>Import Outages</source>
        <translation>Importer des interruptions</translation>
    </message>
    <message>
        <source>Outage files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Fichiers d&apos;interruptions (*.csv *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 outages imported into %2; %3 were already stored.</source>
        <translation>%1 interruptions importées dans %2&#xa0;; %3 étaient déjà enregistrées.</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportDialog</name>
    <message>
        <source>Import Outages</source>
        <translation>Importer des interruptions</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>As named in the file</source>
        <translation>Tel que nommé dans le fichier</translation>
    </message>
    <message>
        <source>Only this service&apos;s outages are imported, and records that name no service are this service&apos;s. Leave empty to import every service named in the file.</source>
        <translation>Seules les interruptions de ce service sont importées, et les enregistrements qui ne désignent aucun service sont attribués à ce service. Laissez vide pour importer tous les services nommés dans le fichier.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>TermLens outage CSV</source>
        <translation>CSV d&apos;interruptions TermLens</translation>
    </message>
    <message>
        <source>Statuspage incident history (JSON)</source>
        <translation>Historique d&apos;incidents Statuspage (JSON)</translation>
    </message>
    <message>
        <source>Other CSV, through a column mapping</source>
        <translation>Autre CSV, via une correspondance de colonnes</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance de colonnes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the column mapping</source>
        <translation>Modifier la correspondance de colonnes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>New column mapping</source>
        <translation>Nouvelle correspondance de colonnes</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Co&amp;rrespondance&#xa0;:</translation>
    </message>
    <message>
        <source>Preview: nothing is stored until you choose Import</source>
        <translation>Aperçu&#xa0;: rien n&apos;est enregistré tant que vous n&apos;avez pas choisi Importer</translation>
    </message>
    <message>
        <source>What the import brings</source>
        <translation>Ce que l&apos;importation apporte</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Copy Problems</source>
        <translation>Co&amp;pier les problèmes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file or the choices above are corrected.</source>
        <translation>
            <numerusform>%n problème&#xa0;: rien ne peut être importé tant que le fichier ou les choix ci-dessus ne sont pas corrigés.</numerusform>
            <numerusform>%n problèmes&#xa0;: rien ne peut être importé tant que le fichier ou les choix ci-dessus ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no outage to import.</source>
        <translation>Le fichier ne contient aucune interruption à importer.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt pour l&apos;importation.</translation>
    </message>
    <message>
        <source>%1 records read: %2 outages to import, %3 left out (filtered out by the mapping, another service, or no duration).</source>
        <translation>%1 enregistrements lus&#xa0;: %2 interruptions à importer, %3 écartés (filtrés par la correspondance, autre service ou sans durée).</translation>
    </message>
    <message numerus="yes">
        <source>Period covered (UTC): %1 to %2; %n still ongoing.</source>
        <translation>
            <numerusform>Période couverte (UTC)&#xa0;: du %1 au %2&#xa0;; %n toujours en cours.</numerusform>
            <numerusform>Période couverte (UTC)&#xa0;: du %1 au %2&#xa0;; %n toujours en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services&#xa0;: %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already stored: %1 of them (importing them again adds nothing).</source>
        <translation>Déjà enregistrées&#xa0;: %1 d&apos;entre elles (les importer de nouveau n&apos;ajoute rien).</translation>
    </message>
    <message>
        <source>None of them is stored yet.</source>
        <translation>Aucune d&apos;entre elles n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Arrêter l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n outage(s)…</source>
        <translation>
            <numerusform>Importation de %n interruption…</numerusform>
            <numerusform>Importation de %n interruptions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: nothing was stored.</source>
        <translation>Importation arrêtée&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored: %1</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>My mapping</source>
        <translation>Ma correspondance</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifiée)</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportMappingEditor</name>
    <message>
        <source>Column Mapping</source>
        <translation>Correspondance de colonnes</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>Start column</source>
        <translation>Colonne de début</translation>
    </message>
    <message>
        <source>End column</source>
        <translation>Colonne de fin</translation>
    </message>
    <message>
        <source>Duration column</source>
        <translation>Colonne de durée</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Unité de durée</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>H:MM:SS</source>
        <translation>H:MM:SS</translation>
    </message>
    <message>
        <source>Time formats</source>
        <translation>Formats d&apos;heure</translation>
    </message>
    <message>
        <source>Tried in order, separated by semicolons: iso8601, epoch, epoch-ms, or a pattern such as yyyy-MM-dd HH:mm:ss or M/d/yyyy h:mm AP.</source>
        <translation>Essayés dans l&apos;ordre, séparés par des points-virgules&#xa0;: iso8601, epoch, epoch-ms, ou un modèle tel que yyyy-MM-dd HH:mm:ss ou M/d/yyyy h:mm AP.</translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation>Fuseau horaire des heures sans décalage</translation>
    </message>
    <message>
        <source>Service column</source>
        <translation>Colonne du service</translation>
    </message>
    <message>
        <source>Service when the row names none</source>
        <translation>Service si la ligne n&apos;en désigne aucun</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Colonne de catégorie</translation>
    </message>
    <message>
        <source>What the category column&apos;s words mean</source>
        <translation>Signification des mots de la colonne de catégorie</translation>
    </message>
    <message>
        <source>One per line: Maintenance = scheduled-maintenance</source>
        <translation>Un par ligne&#xa0;: Maintenance = scheduled-maintenance</translation>
    </message>
    <message>
        <source>Category when there is no category column</source>
        <translation>Catégorie en l&apos;absence de colonne de catégorie</translation>
    </message>
    <message>
        <source>Reference column</source>
        <translation>Colonne de référence</translation>
    </message>
    <message>
        <source>Notes column</source>
        <translation>Colonne des notes</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Colonne de filtre</translation>
    </message>
    <message>
        <source>Values of the filter column to import</source>
        <translation>Valeurs de la colonne de filtre à importer</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Down</source>
        <translation>Séparées par des virgules, p. ex. Down</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sé&amp;parateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>or &amp;Duration:</source>
        <translation>ou d&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;formats:</source>
        <translation>Formats &amp;horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fu&amp;seau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vice column:</source>
        <translation>Colonne du ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>or fi&amp;xed service:</source>
        <translation>ou service fi&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category column:</source>
        <translation>Colonne de &amp;catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Category &amp;words:</source>
        <translation>&amp;Mots de catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>or fixed c&amp;ategory:</source>
        <translation>ou c&amp;atégorie fixe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference column:</source>
        <translation>Colonne de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes column:</source>
        <translation>Colonne des n&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>vaut l&apos;une des valeurs</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Uniquement les lignes où&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows as the mapping reads them</source>
        <translation>Les premières lignes telles que la correspondance les lit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The first rows of the file as this mapping reads them:</source>
        <translation>Les premières lignes du fichier telles que cette correspondance les lit&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read without a problem.</source>
        <translation>
            <numerusform>%n ligne lue sans problème.</numerusform>
            <numerusform>%n lignes lues sans problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>La correspondance n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>termlens::OutageLedgerModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Notice Given (UTC)</source>
        <translation>Préavis donné (UTC)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time zone: add Z for UTC or an offset such as +01:00.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;a pas de fuseau horaire&#xa0;: ajoutez Z pour UTC ou un décalage tel que +01:00.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time; write it as ISO 8601 with a zone, e.g. 2026-03-04T10:15:00Z.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date et heure&#xa0;; écrivez-la au format ISO 8601 avec un fuseau, par ex. 2026-03-04T10:15:00Z.</translation>
    </message>
    <message>
        <source>The end (%1) is not after the start (%2).</source>
        <translation>La fin (%1) n&apos;est pas postérieure au début (%2).</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Emergency maintenance</source>
        <translation>Maintenance d&apos;urgence</translation>
    </message>
    <message>
        <source>Customer cause</source>
        <translation>Du fait du client</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <source>Security attack</source>
        <translation>Attaque de sécurité</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds from start to end</source>
        <translation>Heures, minutes et secondes du début à la fin</translation>
    </message>
    <message>
        <source>Every outage names its service.</source>
        <translation>Chaque interruption indique son service.</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Le début</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>La fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outage category; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie d&apos;interruption&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Le préavis</translation>
    </message>
    <message>
        <source>The duration follows from the start and the end; edit those.</source>
        <translation>La durée découle du début et de la fin&#xa0;; modifiez ceux-ci.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>termlens::OutagesScreen</name>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Whose outages the ledger shows</source>
        <translation>Le contrat dont le registre affiche les interruptions</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Show one service&apos;s outages, or every service&apos;s</source>
        <translation>Afficher les interruptions d&apos;un service, ou de tous les services</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Show the outages that overlap one month, in the agreement&apos;s time zone</source>
        <translation>Afficher les interruptions qui chevauchent un mois, dans le fuseau horaire du contrat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Show one category of outage</source>
        <translation>Afficher une catégorie d&apos;interruption</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Why the last edit was refused</source>
        <translation>Pourquoi la dernière modification a été refusée</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Edit &gt; Undo takes an edit back</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#xa0;; Édition &gt; Annuler revient sur une modification</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the selected outages as tab-separated text</source>
        <translation>Copier les interruptions sélectionnées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>No agreement to show.</source>
        <translation>Aucun contrat à afficher.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 outage(s)</source>
        <translation>%1 interruption(s)</translation>
    </message>
    <message>
        <source>The edit was not stored: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookResultsModel</name>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Why the playbook asks this: %1</source>
        <translation>Pourquoi le playbook l&apos;exige&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Agreement says</source>
        <translation>Ce que dit le contrat</translation>
    </message>
    <message>
        <source>Playbook position</source>
        <translation>Position du playbook</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookRulesModel</name>
    <message>
        <source>✖ fail if missed</source>
        <translation>✖ non conforme si non respectée</translation>
    </message>
    <message>
        <source>⚠ warn if missed</source>
        <translation>⚠ avertissement si non respectée</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>If missed</source>
        <translation>Si non respectée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookScoresModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookScreen</name>
    <message>
        <source>The playbook could not be stored: %1</source>
        <translation>Le playbook n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook rules</source>
        <translation>Règles du playbook</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Kind of position</source>
        <translation>Type de position</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>If missed</source>
        <translation>Si non respectée</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ non conforme</translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation>⚠ avertissement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the organisation takes this position</source>
        <translation>Pourquoi l&apos;organisation adopte cette position</translation>
    </message>
    <message>
        <source>Apply to Rule</source>
        <translation>Appliquer à la règle</translation>
    </message>
    <message>
        <source>Change the chosen rule to the position in the form (undoable)</source>
        <translation>Remplacer la règle choisie par la position saisie dans le formulaire (annulable)</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Add the position in the form as a new rule (undoable)</source>
        <translation>Ajouter la position saisie dans le formulaire comme nouvelle règle (annulable)</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Remove the chosen rule (undoable)</source>
        <translation>Supprimer la règle choisie (annulable)</translation>
    </message>
    <message>
        <source>Use Default Playbook</source>
        <translation>Utiliser le playbook par défaut</translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s playbook by the shipped default (undoable)</source>
        <translation>Remplacer le playbook de l&apos;espace de travail par celui fourni par défaut (annulable)</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>If &amp;missed:</source>
        <translation>&amp;Si non respectée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Agreements scored against the playbook</source>
        <translation>Contrats évalués au regard du playbook</translation>
    </message>
    <message>
        <source>Scores by agreement</source>
        <translation>Scores par contrat</translation>
    </message>
    <message>
        <source>Choose an agreement to see each rule&apos;s verdict and reason.</source>
        <translation>Choisissez un contrat pour voir le verdict et le motif de chaque règle.</translation>
    </message>
    <message>
        <source>Verdicts and reasons</source>
        <translation>Verdicts et motifs</translation>
    </message>
    <message>
        <source>Playbook: %1 (this workspace&apos;s own)</source>
        <translation>Playbook&#xa0;: %1 (propre à cet espace de travail)</translation>
    </message>
    <message>
        <source>Playbook: %1 (shipped default)</source>
        <translation>Playbook&#xa0;: %1 (fourni par défaut)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>only these codes</source>
        <translation>uniquement ces codes</translation>
    </message>
    <message>
        <source>none of these codes</source>
        <translation>aucun de ces codes</translation>
    </message>
    <message>
        <source>must be yes</source>
        <translation>doit être oui</translation>
    </message>
    <message>
        <source>must be no</source>
        <translation>doit être non</translation>
    </message>
    <message>
        <source>a number, in %1</source>
        <translation>un nombre, en %1</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. GB, EEA</source>
        <translation>codes séparés par des virgules, par ex. GB, EEA</translation>
    </message>
    <message>
        <source>no value needed</source>
        <translation>aucune valeur nécessaire</translation>
    </message>
    <message>
        <source>Value: “%1” is not a number (write it like 99.9 or 60).</source>
        <translation>Valeur&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre (écrivez-le comme 99.9 ou 60).</translation>
    </message>
    <message>
        <source>Value: name at least one code, e.g. GB, EEA.</source>
        <translation>Valeur&#xa0;: indiquez au moins un code, par ex. GB, EEA.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not changed: no workspace is open.</source>
        <translation>Non modifié&#xa0;: aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Change Playbook Rule</source>
        <translation>Modifier une règle du playbook</translation>
    </message>
    <message>
        <source>Add Playbook Rule</source>
        <translation>Ajouter une règle au playbook</translation>
    </message>
    <message>
        <source>Remove Playbook Rule</source>
        <translation>Supprimer une règle du playbook</translation>
    </message>
</context>
<context>
    <name>termlens::ReportExportController</name>
    <message>
        <source>Open a workspace before exporting a report.</source>
        <translation>Ouvrez un espace de travail avant d&apos;exporter un rapport.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>Rapport %1.pdf</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written.</source>
        <translation>Export du rapport annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The report was not written to %1:
%2</source>
        <translation>Le rapport n&apos;a pas été écrit dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>termlens::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Agreements in the report</source>
        <translation>Contrats du rapport</translation>
    </message>
    <message>
        <source>Tick the agreements the report covers</source>
        <translation>Cochez les contrats que couvre le rapport</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>Include every agreement</source>
        <translation>Inclure tous les contrats</translation>
    </message>
    <message>
        <source>Include no agreement</source>
        <translation>N&apos;inclure aucun contrat</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Include this section in the report</source>
        <translation>Inclure cette section dans le rapport</translation>
    </message>
    <message>
        <source>&amp;Limit to months:</source>
        <translation>&amp;Limiter aux mois&#xa0;:</translation>
    </message>
    <message>
        <source>Without a period: the last complete month back to the first stored outage, at most a year</source>
        <translation>Sans période&#xa0;: du dernier mois complet jusqu&apos;à la première interruption enregistrée, un an au plus</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Written into the PDF&apos;s properties</source>
        <translation>Inscrit dans les propriétés du PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose at least one agreement.</source>
        <translation>Choisissez au moins un contrat.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the file to save the report in.</source>
        <translation>Choisissez le fichier dans lequel enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>termlens::ResponseDue</name>
    <message>
        <source>clause not stated</source>
        <translation>clause non précisée</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business minute</source>
        <translation>
            <numerusform>%n minute ouvrée</numerusform>
            <numerusform>%n minutes ouvrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minutes</source>
        <translation>
            <numerusform>%n minute ouvrée</numerusform>
            <numerusform>%n minutes ouvrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour</source>
        <translation>
            <numerusform>%n heure ouvrée</numerusform>
            <numerusform>%n heures ouvrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hours</source>
        <translation>
            <numerusform>%n heure ouvrée</numerusform>
            <numerusform>%n heures ouvrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock: 24×7, elapsed wall time (a day is 24 hours); no business hours or holidays apply.</source>
        <translation>Décompte&#xa0;: 24×7, temps écoulé réel (un jour compte 24 heures)&#xa0;; ni heures ouvrées ni jours fériés ne s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Reported %1 + %2 minutes = due %3.</source>
        <translation>Signalé le %1 + %2 minutes = échéance le %3.</translation>
    </message>
    <message>
        <source>Skipped %1: not a business day (weekend).</source>
        <translation>%1 ignoré&#xa0;: jour non ouvré (week-end).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (%3).</source>
        <translation>%1 ignoré&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Counted %1: %2 to %3, %4 minutes.</source>
        <translation>%1 compté&#xa0;: de %2 à %3, %4 minutes.</translation>
    </message>
    <message>
        <source>Level %1 is measured in business time, but the agreement states no business hours.</source>
        <translation>Le niveau %1 est mesuré en temps ouvré, mais le contrat ne précise aucune heure ouvrée.</translation>
    </message>
    <message>
        <source>The business hours never open, so no response time can be computed.</source>
        <translation>Les heures ouvrées ne comportent aucune plage d&apos;ouverture&#xa0;: aucun délai de réponse ne peut donc être calculé.</translation>
    </message>
    <message>
        <source>Clock: business hours, %1 (%2).</source>
        <translation>Décompte&#xa0;: heures ouvrées, %1 (%2).</translation>
    </message>
    <message>
        <source>Reading: N business days are N full business days of open time: from inside the hours, the same point in the hours of the Nth business day after; from an opening or out of hours, the closing of the Nth business day.</source>
        <translation>Interprétation&#xa0;: N jours ouvrés correspondent à N jours ouvrés complets de temps d&apos;ouverture&#xa0;: à partir d&apos;un moment pendant les heures ouvrées, le même moment du Nᵉ jour ouvré suivant&#xa0;; à partir d&apos;une ouverture ou en dehors des heures ouvrées, la fermeture du Nᵉ jour ouvré.</translation>
    </message>
    <message>
        <source>Reading: N business hours are N × 60 minutes of open time, counted from the report, or from the next opening when reported out of hours.</source>
        <translation>Interprétation&#xa0;: N heures ouvrées correspondent à N × 60 minutes de temps d&apos;ouverture, comptées à partir du signalement, ou à partir de l&apos;ouverture suivante en cas de signalement en dehors des heures ouvrées.</translation>
    </message>
    <message>
        <source>Reported %1 (%2).</source>
        <translation>Signalé le %1 (%2).</translation>
    </message>
    <message>
        <source>Reported out of hours: the clock starts at the next opening, %1 (%2).</source>
        <translation>Signalé en dehors des heures ouvrées&#xa0;: le décompte commence à l&apos;ouverture suivante, le %1 (%2).</translation>
    </message>
    <message>
        <source>Due %1 (%2), after %3 business minutes.</source>
        <translation>Échéance le %1 (%2), après %3 minutes ouvrées.</translation>
    </message>
    <message>
        <source>No support level named &quot;%1&quot;: the agreement states no support levels.</source>
        <translation>Aucun niveau de support nommé «&#xa0;%1&#xa0;»&#xa0;: le contrat ne prévoit aucun niveau de support.</translation>
    </message>
    <message>
        <source>No support level named &quot;%1&quot;; the agreement&apos;s levels are: %2.</source>
        <translation>Aucun niveau de support nommé «&#xa0;%1&#xa0;»&#xa0;; les niveaux du contrat sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Level %1 has a negative response time.</source>
        <translation>Le niveau %1 a un délai de réponse négatif.</translation>
    </message>
    <message>
        <source>%1 (%2): response within %3.</source>
        <translation>%1 (%2)&#xa0;: réponse dans un délai de %3.</translation>
    </message>
    <message>
        <source>Skipped %1: not a business day (open %2).</source>
        <translation>%1 ignoré&#xa0;: jour non ouvré (ouvert %2).</translation>
    </message>
    <message>
        <source>Level %1&apos;s response time, %2, is longer than a century: check the term sheet.</source>
        <translation>Le délai de réponse du niveau %1, %2, dépasse un siècle&#xa0;: vérifiez la fiche récapitulative.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days, not itemised): %4 business minutes counted, weekends and holidays skipped.</source>
        <translation>Du %1 au %2 (%3 jours, non détaillés)&#xa0;: %4 minutes ouvrées comptées, week-ends et jours fériés ignorés.</translation>
    </message>
</context>
<context>
    <name>termlens::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. TermLens keeps one from each session and one before every upgrade, beside the workspace file.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de %1. TermLens en conserve une par session et une avant chaque mise à niveau, à côté du fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the open workspace with it; the workspace as it is now is kept as a backup first, so it can be restored in turn.</source>
        <translation>Sauvegardes de %1, de la plus récente à la plus ancienne. En restaurer une remplace l&apos;espace de travail ouvert par celle-ci&#xa0;; l&apos;espace de travail dans son état actuel est d&apos;abord conservé comme sauvegarde, afin de pouvoir être restauré à son tour.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version de schéma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the open workspace with the chosen backup</source>
        <translation>Remplacer l&apos;espace de travail ouvert par la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups are kept beside the workspace file, named %1.backup-v…</source>
        <translation>Les sauvegardes sont conservées à côté du fichier de l&apos;espace de travail, sous le nom %1.backup-v…</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Conservées dans&#xa0;:</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Nombre de sauvegardes conservées</translation>
    </message>
    <message>
        <source>How many backups of this workspace are kept (%1 to %2). Older ones are removed when the next session&apos;s backup is written.</source>
        <translation>Nombre de sauvegardes de cet espace de travail conservées (de %1 à %2). Les plus anciennes sont supprimées lors de l&apos;écriture de la sauvegarde de la session suivante.</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>Sauvegardes &amp;conservées&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace is read-only: the number of backups kept cannot be changed.</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: le nombre de sauvegardes conservées ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>termlens::SubprocessorMatrixModel</name>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>%1 (as %2 names it)</source>
        <translation>%1 (selon la dénomination de %2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data in: %1</source>
        <translation>Données situées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ behind %n vendor(s)</source>
        <translation>
            <numerusform>⚠ derrière %n fournisseur</numerusform>
            <numerusform>⚠ derrière %n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Named as: %2</source>
        <translation>%1
Désigné sous le nom&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Concentration risk: an outage or a breach at this provider reaches %n of the agreements compared.</source>
        <translation>
            <numerusform>Risque de concentration&#xa0;: une panne ou une violation chez ce prestataire touche %n des contrats comparés.</numerusform>
            <numerusform>Risque de concentration&#xa0;: une panne ou une violation chez ce prestataire touche %n des contrats comparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>termlens::SubscriptionEditor</name>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Subscription editor</source>
        <translation>Éditeur d&apos;abonnement</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Précisée</translation>
    </message>
    <message>
        <source>Start date stated</source>
        <translation>Date de début précisée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>The day the subscription began: contract years and payment windows count from it</source>
        <translation>Le jour où l&apos;abonnement a commencé&#xa0;: les années contractuelles et les périodes de paiement sont comptées à partir de cette date</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. GBP</source>
        <translation>Code ISO 4217, par ex. GBP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Your account name with the vendor (claims quote it)</source>
        <translation>Le nom de votre compte auprès du fournisseur (les réclamations le citent)</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Date de début&#xa0;:</translation>
    </message>
    <message>
        <source>Billing cycle *:</source>
        <translation>Cycle de facturation *&#xa0;:</translation>
    </message>
    <message>
        <source>Currency *:</source>
        <translation>Devise *&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Redevance mensuelle</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Add a service the customer pays for, with its fee per month</source>
        <translation>Ajouter un service payé par le client, avec sa redevance mensuelle</translation>
    </message>
    <message>
        <source>Add Payment</source>
        <translation>Ajouter un paiement</translation>
    </message>
    <message>
        <source>Add a payment made to the vendor (the liability cap counts them)</source>
        <translation>Ajouter un paiement versé au fournisseur (le plafond de responsabilité en tient compte)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Remove Subscription</source>
        <translation>Supprimer l&apos;abonnement</translation>
    </message>
    <message>
        <source>Forget this agreement&apos;s subscription, its services and payments (Edit &gt; Undo brings it back)</source>
        <translation>Oublier l&apos;abonnement de ce contrat, ses services et ses paiements (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Subscription to %1</source>
        <translation>Abonnement auprès de %1</translation>
    </message>
    <message>
        <source>What the customer pays %1 under agreement %2.</source>
        <translation>Ce que le client paie à %1 au titre du contrat %2.</translation>
    </message>
    <message>
        <source>No subscription to %1 is stored yet (agreement %2): enter what the customer pays.</source>
        <translation>Aucun abonnement auprès de %1 n&apos;est encore enregistré (contrat %2)&#xa0;: saisissez ce que le client paie.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Service&quot; or &quot;Payment&quot;, %2 its row number as shown</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;enregistrement.</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>Monthly fees in total: %1 %2</source>
        <translation>Total des redevances mensuelles&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Remove the selected services</source>
        <translation>Supprimer les services sélectionnés</translation>
    </message>
    <message>
        <source>Remove the selected payments</source>
        <translation>Supprimer les paiements sélectionnés</translation>
    </message>
</context>
<context>
    <name>termlens::TermTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
</context>
<context>
    <name>termlens::WhatIfChart</name>
    <message>
        <source>Credit against monthly downtime chart</source>
        <translation>Graphique du crédit en fonction de l&apos;indisponibilité mensuelle</translation>
    </message>
    <message>
        <source>Downtime %1 min</source>
        <translation>Indisponibilité %1 min</translation>
    </message>
    <message>
        <source>Credit against downtime in the month</source>
        <translation>Crédit en fonction de l&apos;indisponibilité du mois</translation>
    </message>
    <message>
        <source>Downtime in the month (minutes)</source>
        <translation>Indisponibilité du mois (minutes)</translation>
    </message>
    <message>
        <source>%1 allowance</source>
        <translation>Tolérance %1</translation>
    </message>
</context>
<context>
    <name>termlens::WhatIfScreen</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Month of the scenario</source>
        <translation>Mois du scénario</translation>
    </message>
    <message>
        <source>The calendar month the downtime falls in (its length matters)</source>
        <translation>Le mois civil dans lequel tombe l&apos;indisponibilité (sa durée compte)</translation>
    </message>
    <message>
        <source>&amp;Downtime:</source>
        <translation>&amp;Indisponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Downtime in the month, minutes</source>
        <translation>Indisponibilité du mois, en minutes</translation>
    </message>
    <message>
        <source>Drag to move every agreement&apos;s credit at once</source>
        <translation>Faire glisser pour déplacer le crédit de tous les contrats à la fois</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Downtime in minutes, exact</source>
        <translation>Indisponibilité en minutes, valeur exacte</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>Crédit&#xa0;%</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Montant du crédit</translation>
    </message>
    <message>
        <source>Show the credit as a percentage or an amount</source>
        <translation>Afficher le crédit en pourcentage ou en montant</translation>
    </message>
    <message>
        <source>Downtime shown on the chart</source>
        <translation>Indisponibilité affichée sur le graphique</translation>
    </message>
    <message>
        <source>How much monthly downtime the chart&apos;s axis covers</source>
        <translation>L&apos;indisponibilité mensuelle que couvre l&apos;axe du graphique</translation>
    </message>
    <message>
        <source>Chart: 2 hours</source>
        <translation>Graphique&#xa0;: 2 heures</translation>
    </message>
    <message>
        <source>Chart: 12 hours</source>
        <translation>Graphique&#xa0;: 12 heures</translation>
    </message>
    <message>
        <source>Chart: 1 day</source>
        <translation>Graphique&#xa0;: 1 jour</translation>
    </message>
    <message>
        <source>Chart: 2 days</source>
        <translation>Graphique&#xa0;: 2 jours</translation>
    </message>
    <message>
        <source>Chart: 5 days</source>
        <translation>Graphique&#xa0;: 5 jours</translation>
    </message>
    <message>
        <source>Each agreement&apos;s credit at the chosen downtime</source>
        <translation>Le crédit de chaque contrat pour l&apos;indisponibilité choisie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Allowed downtime (min)</source>
        <translation>Indisponibilité autorisée (min)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Hypothetical year</source>
        <translation>Année hypothétique</translation>
    </message>
    <message>
        <source>Year of the scenario</source>
        <translation>Année du scénario</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Downtime per month, minutes</source>
        <translation>Indisponibilité par mois, en minutes</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Indisponibilité (min)</translation>
    </message>
    <message>
        <source>Yearly credit totals by agreement</source>
        <translation>Totaux annuels des crédits par contrat</translation>
    </message>
    <message>
        <source>Months below target</source>
        <translation>Mois sous l&apos;objectif</translation>
    </message>
    <message>
        <source>Credits in the year</source>
        <translation>Crédits de l&apos;année</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credit (each agreement&apos;s currency)</source>
        <translation>Crédit (devise de chaque contrat)</translation>
    </message>
    <message>
        <source>Credit (%)</source>
        <translation>Crédit (%)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no credit terms</source>
        <translation>pas de conditions de crédit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>aucune redevance connue</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes from 0 to 44640 with at most 2 decimals.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de minutes entre 0 et 44640 avec au plus 2 décimales.</translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation>%1&#xa0;: %2&#xa0;%, %3</translation>
    </message>
</context>
</TS>
