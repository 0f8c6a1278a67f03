# Les messages de Chairside en français : la traduction française de en.ftl (la source).
#
# Les clés sont groupées selon l'endroit où elles apparaissent : `format-` (dates, heures, nombres :
# chaque langue les a toutes), `book-` (les pages de prise de rendez-vous des patients), `email-`
# (les e-mails), puis les pages du personnel.
# Une langue réservée aux patients (voir src/i18n/language.rs) n'a besoin que des trois premiers groupes.
# Les arguments s'écrivent { $name } ; un sélecteur choisit selon une valeur ({ $order -> ... }).

## Dates, heures et nombres. $order est l'ordre du jour, du mois et de l'année dans la région
## du cabinet : dmy, mdy ou ymd.

format-weekday-1 = lundi
format-weekday-2 = mardi
format-weekday-3 = mercredi
format-weekday-4 = jeudi
format-weekday-5 = vendredi
format-weekday-6 = samedi
format-weekday-7 = dimanche
format-weekday-short-1 = lun.
format-weekday-short-2 = mar.
format-weekday-short-3 = mer.
format-weekday-short-4 = jeu.
format-weekday-short-5 = ven.
format-weekday-short-6 = sam.
format-weekday-short-7 = dim.
format-month-1 = janvier
format-month-2 = février
format-month-3 = mars
format-month-4 = avril
format-month-5 = mai
format-month-6 = juin
format-month-7 = juillet
format-month-8 = août
format-month-9 = septembre
format-month-10 = octobre
format-month-11 = novembre
format-month-12 = décembre
format-month-short-1 = janv.
format-month-short-2 = févr.
format-month-short-3 = mars
format-month-short-4 = avr.
format-month-short-5 = mai
format-month-short-6 = juin
format-month-short-7 = juil.
format-month-short-8 = août
format-month-short-9 = sept.
format-month-short-10 = oct.
format-month-short-11 = nov.
format-month-short-12 = déc.
format-date-long = { $order ->
    [mdy] { $weekday } { $day } { $month } { $year }
   *[other] { $weekday } { $day } { $month } { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short } { $day } { $month_short }
   *[other] { $weekday_short } { $day } { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday } { $day } { $month }
   *[other] { $weekday } { $day } { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $day } { $month_short }
   *[other] { $day } { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] { $month2 }/{ $day2 }/{ $year }
    [ymd] { $year }-{ $month2 }-{ $day2 }
   *[other] { $day2 }/{ $month2 }/{ $year }
    }
format-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
format-date-and-time = { $date } { $time }
format-month-year = { $month } { $year }
format-date-time = { $date } à { $time }
format-time-24 = { $hour }:{ $minute }
format-time-12 = { $hour }:{ $minute }{"\u00A0"}{ $period ->
    [am] AM
   *[pm] PM
    }
format-number-decimal = ,
format-number-group = {"\u202F"}
format-money = { $amount }{"\u00A0"}{ $symbol }
format-percent = { $number }{"\u00A0"}%

## Les pages de prise de rendez-vous des patients (/book, /book/manage, /book/offer).

book-language = Langue
book-title = Prendre rendez-vous
book-loading = Chargement…
book-not-found = Page introuvable
book-not-found-text = Cette page est introuvable. Le lien est peut-être mal saisi, ou il a expiré.
book-start = Prendre rendez-vous
book-no-clinics = Aucun cabinet ne propose la prise de rendez-vous en ligne pour le moment. Veuillez appeler votre cabinet.
book-choose-clinic = Choisissez votre cabinet.
book-at = Prendre rendez-vous chez { $clinic }
book-step = Étape { $step } sur { $steps }
book-invite-for = Rendez-vous pour { $first_name } : choisissez un créneau, puis confirmez-le. Vous n'avez pas besoin de saisir vos coordonnées.
book-invite-spent = Le lien de votre e-mail a expiré ou a déjà servi. Vous pouvez tout de même prendre rendez-vous : après avoir choisi un créneau, vos coordonnées vous seront demandées.
book-what-for = Quel type de rendez-vous souhaitez-vous ?
book-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
    }
book-who = Avec qui souhaitez-vous prendre votre rendez-vous ({ $appointment_type }) ?
book-first-available = Premier disponible
book-first-available-detail = Le praticien disponible au plus tôt
book-kind-dentist = Dentiste
book-kind-hygienist = Hygiéniste dentaire
book-change-type = ‹ Changer de type de rendez-vous
book-change = Modifier
book-choose-a-day = Choisissez un jour.
book-choose-day = Choisissez un jour
book-zone-note = Les horaires sont indiqués dans le fuseau horaire du cabinet ({ $zone }).
book-device-zone-note = Votre appareil est réglé sur le fuseau { $zone }. Les horaires affichés ici sont à l'heure locale du cabinet.
book-day-free = { $count ->
    [0] complet
    [one] { $count } créneau
   *[other] { $count } créneaux
    }
book-earlier = ‹ Plus tôt
book-later = Plus tard ›
book-free-times-on = Créneaux disponibles le { $day }
book-no-free-time = Aucun créneau disponible ce jour-là. Choisissez un autre jour ci-dessus, ou regardez plus tard.
book-held-until = Nous vous réservons ce créneau jusqu'à { $time } (fuseau horaire : { $zone }).
book-summary-appointment = Rendez-vous
book-summary-with = Avec
book-summary-when = Quand
book-summary-where = Où
book-summary-status = Statut
book-details = Vos coordonnées
book-details-known = Le cabinet dispose déjà de vos coordonnées.
book-review = Vérifier et confirmer
book-review-it = Vérifiez et confirmez
book-trap = Laissez ce champ vide
book-first-name = Prénom
book-last-name = Nom
book-date-of-birth = Date de naissance
book-email = E-mail
book-email-hint = Votre confirmation, avec un lien pour modifier ou annuler le rendez-vous, sera envoyée à cette adresse.
book-phone = Téléphone
book-reason-optional = Motif de la consultation (facultatif)
book-reason = Motif
book-name = Nom
book-been-before = Avez-vous déjà consulté dans ce cabinet ?
book-new-patient = Non, c'est ma première visite
book-returning-patient = Oui, j'ai déjà consulté ici
book-reminders = M'envoyer des rappels par e-mail avant le rendez-vous
book-earlier-time = Me prévenir si un créneau plus tôt se libère
book-earlier-time-hint = Nous vous envoyons un e-mail lorsqu'un créneau antérieur au vôtre se libère ; le premier à le prendre l'obtient, et votre rendez-vous y est alors déplacé.
book-continue = Continuer
book-for-known-patient = Rendez-vous pour { $first_name }. La confirmation sera envoyée à l'adresse e-mail que le cabinet a pour vous.
book-change-details = Modifier mes coordonnées
book-confirm = Confirmer le rendez-vous
book-booked = Réservé
book-not-confirmed = Ce rendez-vous n'est pas encore confirmé.
book-booked-heading = Votre rendez-vous est pris
book-confirmed = Votre rendez-vous est confirmé.
book-details-sent = Nous vous avons envoyé les détails par e-mail, avec un lien pour déplacer ou annuler le rendez-vous.
book-questions = Des questions ? Appelez le cabinet au { $phone }.
book-manage-title = Votre rendez-vous
book-manage-cancelled = Votre rendez-vous est annulé. Nous vous avons envoyé un e-mail.
book-manage-moved = Votre rendez-vous a été déplacé. Nous vous avons envoyé un e-mail.
book-manage-confirmed = Merci : le cabinet sait que vous viendrez.
book-status-cancelled = Annulé
book-status-completed = Terminé
book-status-missed = Non honoré
book-status-confirmed = Confirmé
book-status-booked = Réservé
book-will-you-come = Viendrez-vous ?
book-will-you-come-text = Confirmez votre présence au cabinet.
book-i-will-come = Oui, je viendrai
book-call-to-change = Pour le modifier dès maintenant, veuillez appeler { $clinic } au { $phone }.
book-another = Prendre un autre rendez-vous
book-move-or-cancel-instead = Plutôt déplacer ou annuler
book-cancel-question = Annuler ce rendez-vous ?
book-cancel-question-text = Le créneau sera proposé à quelqu'un d'autre.
book-cancel-yes = Oui, l'annuler
book-cancel-no = Non, le garder
book-move = Choisir un autre créneau
book-move-hint = Votre créneau actuel vous reste réservé tant que le nouveau n'est pas confirmé.
book-keep-time = Garder mon créneau actuel
book-change-until = Vous pouvez déplacer ou annuler votre rendez-vous en ligne jusqu'au { $until }.
book-cancel = Annuler le rendez-vous
book-offer-title = Un créneau plus tôt
book-offer-open = Un créneau s'est libéré
book-offer-moves = Votre rendez-vous du { $when } sera déplacé à ce créneau : vous ne gardez qu'un seul rendez-vous.
book-offer-until = Proposé à plusieurs patients : le premier à le prendre l'obtient. L'offre est valable jusqu'au { $until }.
book-offer-take = Prendre ce créneau
book-offer-not-for-you = Ce créneau ne vous convient pas ? Ne faites rien : vous restez sur la liste.
book-offer-yours = Ce créneau est à vous. Nous vous avons envoyé les détails par e-mail, avec un lien pour déplacer ou annuler le rendez-vous.
book-offer-took = Vous avez pris ce créneau. L'e-mail que nous vous avons envoyé contient un lien pour déplacer ou annuler le rendez-vous.
book-offer-taken = Ce créneau a déjà été pris
book-offer-taken-text = Désolé, un autre patient a pris ce créneau avant vous. Vous êtes toujours sur la liste : nous vous enverrons un e-mail dès qu'un autre créneau se libérera.
book-offer-closed = Cette offre a expiré
book-offer-closed-text = Cette offre n'est plus valable. Si vous êtes toujours sur la liste, nous vous enverrons un e-mail dès qu'un autre créneau se libérera.
book-offer-choose-another = Choisir un autre créneau en ligne
book-offer-questions = Des questions ? Appelez { $clinic } au { $phone }.
book-time-taken = Désolé, le créneau du { $when } vient d'être pris par quelqu'un d'autre. Voici les créneaux encore disponibles.
book-too-late = Il est trop tard pour modifier ce rendez-vous en ligne (un préavis de { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
    } est nécessaire). Veuillez appeler { $clinic } au { $phone }.
book-too-late-to-confirm = Ce rendez-vous ne peut plus être confirmé en ligne. Veuillez appeler { $clinic } au { $phone }.
book-refused-as-automated = Nous n'avons pas pu accepter cette réservation en ligne. Veuillez patienter un instant et réessayer, ou appelez le cabinet.
book-hold-expired = Le créneau qui vous était réservé a expiré, ou ce lien n'est pas valide. Choisissez de nouveau un créneau sur { $address }.
book-cannot-book-with-details = Ce créneau ne peut pas être réservé en ligne avec ces coordonnées. Choisissez un autre créneau, ou appelez le cabinet.
book-already-booked-then = Vous avez déjà un rendez-vous à cette heure-là. Choisissez un autre créneau, ou appelez le cabinet.
book-offer-taken-error = Désolé, ce créneau vient d'être pris par un autre patient. Vous êtes toujours sur la liste : nous vous enverrons un e-mail dès qu'un autre créneau se libérera.
book-offer-closed-error = Cette offre a expiré. Si vous êtes toujours sur la liste, nous vous enverrons un e-mail dès qu'un autre créneau se libérera.
book-offer-already-booked-then = Vous avez déjà un rendez-vous à cette heure-là. Appelez le cabinet pour le modifier.
book-error-email-required = Saisissez votre adresse e-mail : la confirmation y sera envoyée.
book-error-phone-required = Saisissez un numéro de téléphone auquel le cabinet peut vous joindre.
book-error-returning = Indiquez si vous avez déjà consulté dans ce cabinet.

## Messages des champs de formulaire (sur toutes les pages, y compris celles de prise de rendez-vous).

field-enter = Saisissez { $what }.
field-too-long = Utilisez au maximum { $max } caractères.
field-control-characters = Supprimez les caractères de contrôle.
field-phone = Saisissez un numéro de téléphone comme 07700 900123 ou +44 7700 900123.
field-date-of-birth-missing = Saisissez la date de naissance.
field-date-day-first = Saisissez une date comme 07/03/1985 (jour, mois, année).
field-date-month-first = Saisissez une date comme 03/07/1985 (mois, jour, année).
field-date-of-birth-future = Une date de naissance ne peut pas être dans le futur.
field-date-before-1900 = Vérifiez l'année : elle est antérieure à 1900.
field-email-missing = Saisissez une adresse e-mail.
field-email-too-long = Une adresse e-mail comporte au maximum { $max } caractères.
field-email-invalid = Saisissez une adresse e-mail comme nom@example.com.
field-what-first-name = le prénom
field-what-last-name = le nom

## Erreurs que toute page peut afficher.

error-unauthorized = Veuillez vous connecter pour continuer.
error-sign-in-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-forbidden = Vous n'avez pas l'autorisation d'effectuer cette action.
error-not-found = Élément introuvable.
error-validation = Certains champs sont à vérifier.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] Trop de tentatives. Veuillez réessayer dans une seconde.
       *[other] Trop de tentatives. Veuillez réessayer dans { $seconds } secondes.
    }
    [one] Trop de tentatives. Veuillez réessayer dans une minute.
   *[other] Trop de tentatives. Veuillez réessayer dans { $minutes } minutes.
    }
error-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-form-too-long = Le formulaire était trop long.
error-internal = Une erreur s'est produite de notre côté (référence { $id }).

## E-mails. Les paramètres sont ceux du modèle ({ $appointment_date } est rempli à l'envoi).

email-greeting = Bonjour { $patient_first_name },
email-greeting-staff = Bonjour { $staff_name },
email-manage-intro = Pour le consulter, le déplacer ou l'annuler :
email-manage = Consulter, déplacer ou annuler votre rendez-vous
email-booked-subject = Votre rendez-vous du { $appointment_date } à { $appointment_time }
email-booked-body = Votre rendez-vous ({ $appointment_type }) avec { $provider } est prévu le { $appointment_date } à { $appointment_time } (fuseau horaire : { $time_zone }).
email-moved-subject = Votre rendez-vous a été déplacé au { $appointment_date } à { $appointment_time }
email-moved-body = Votre rendez-vous ({ $appointment_type }) avec { $provider } a été déplacé au { $appointment_date } à { $appointment_time } (fuseau horaire : { $time_zone }).
email-cancelled-subject = Votre rendez-vous du { $appointment_date } est annulé
email-cancelled-body = Votre rendez-vous ({ $appointment_type }) du { $appointment_date } à { $appointment_time } est annulé.
email-cancelled-book-again = Pour reprendre rendez-vous, appelez { $clinic_name } au { $clinic_phone }.
email-reminder-subject = Rappel : { $appointment_type } le { $appointment_date } à { $appointment_time }
email-reminder-body = Nous vous rappelons votre rendez-vous ({ $appointment_type }) avec { $provider } le { $appointment_date } à { $appointment_time } (fuseau horaire : { $time_zone }).
email-reminder-question = Viendrez-vous ?
email-reminder-confirm = Oui, je viendrai
email-reminder-confirm-intro = Viendrez-vous ? Confirmez :
email-reminder-move = Le déplacer
email-reminder-move-intro = Pour le déplacer :
email-reminder-cancel = L'annuler
email-reminder-cancel-intro = Pour l’annuler :
email-recall-subject = { $recall_kind } : il est temps de prendre rendez-vous chez { $clinic_name }
email-recall-body = Votre prochaine visite ({ $recall_kind }) chez { $clinic_name } est à prévoir pour le { $due_date }.
email-recall-choose = Choisissez le créneau qui vous convient
email-recall-choose-intro = Choisissez l’horaire qui vous convient :
email-recall-call = Vous pouvez aussi nous appeler au { $clinic_phone }.
email-offer-subject = Un créneau plus tôt : { $appointment_type } le { $appointment_date } à { $appointment_time }
email-offer-body = Un créneau s'est libéré chez { $clinic_name } : { $appointment_type } avec { $provider } le { $appointment_date } à { $appointment_time } (fuseau horaire : { $time_zone }).
email-offer-first-come = Nous l'avons proposé à plusieurs patients de notre liste d'attente ; le premier à le prendre l'obtient.
email-offer-take = Prendre ce créneau
email-offer-take-intro = Pour le prendre :
email-offer-until = L'offre est valable jusqu'au { $offer_expires }.
email-offer-moves = Si vous avez déjà un rendez-vous ultérieur du même type, il sera déplacé à ce créneau. Ce créneau ne vous convient pas ? Ne faites rien : vous restez sur la liste.
email-invitation-subject = Votre compte Chairside chez { $clinic_name }
email-invitation-body = Un compte a été créé pour vous chez { $clinic_name }.
email-invitation-choose = Choisissez votre mot de passe
email-invitation-choose-intro = Choisissez votre mot de passe ici :
email-invitation-once = Le lien ne fonctionne qu'une seule fois, jusqu'au { $expires }.
email-calendar-title = { $appointment_type } à { $clinic }
email-calendar-with = Avec { $provider }
field-language = Choisissez l'une des langues proposées.

## Commun aux pages du personnel.

common-loading = Chargement…

## Le compte.

account-language-title = Langue
account-language-legend = La langue dans laquelle vous lisez Chairside
account-language-browser = La langue de mon navigateur
account-language-save = Enregistrer
account-language-saved = Enregistré : Chairside s'affiche désormais dans la langue choisie.
account-sessions-title = Vos sessions
account-sessions-intro = Partout où vous êtes connecté. Si vous ne reconnaissez pas une session, fermez-la, puis changez votre mot de passe.
account-sessions-change-password = Changer votre mot de passe
account-sessions-loading = Chargement de vos sessions…
account-sessions-sign-out-others = Fermer toutes les autres sessions
account-sessions-none-other = Il n’y avait pas d’autre session.
account-sessions-signed-out-others = { $count ->
    [one] Une autre session a été fermée.
   *[other] { $count } autres sessions ont été fermées.
    }
account-sessions-end = Fermer
account-sessions-end-label = Fermer la session sur { $device }
account-sessions-this-device = Cet appareil
account-sessions-ip-unknown = inconnue
account-device-on = { $browser } sous { $system }
account-device-unknown = Appareil inconnu
account-device-other = Autre navigateur ou programme
account-password-title = Changer le mot de passe
account-password-intro = Utilisez au moins { $min } caractères ; quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir. Vos autres sessions seront fermées.
account-password-changed = Votre mot de passe a été changé et vos autres sessions fermées.
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
account-password-again = Nouveau mot de passe, à nouveau
account-password-strength = Solidité : { $strength }
account-welcome-title = Bienvenue
account-welcome-heading = Bienvenue dans Chairside
account-welcome-set = Votre mot de passe est défini.
account-welcome-intro = Choisissez le mot de passe de votre compte : au moins { $min } caractères ; quelques mots sans rapport entre eux en font un solide et facile à retenir.
account-welcome-password = Mot de passe
account-welcome-again = Mot de passe, à nouveau
account-welcome-submit = Définir mon mot de passe
field-region = Saisissez les deux lettres d'un pays, comme FR ou US.
field-week-starts = Choisissez le premier jour de la semaine.

## Configuration.

setup-clinic-language = Langue par défaut
setup-clinic-language-hint = Les e-mails aux patients sont envoyés dans leur propre langue ; celle-ci sert pour les patients dont la langue n'est pas connue.
setup-clinic-region = Région
setup-clinic-region-hint = Les deux lettres du pays, comme FR ou US : les dates, les heures et les nombres sont écrits à sa façon (une horloge sur 12 heures aux États-Unis, par exemple).
setup-clinic-week-starts = La semaine commence le

## L'agenda et Ma journée.

calendar-week-of = Semaine du { $day }
my-day-today = Aujourd'hui, { $day }

## Toutes les pages : l'en-tête, les pages qui ne font qu'afficher un message.

site-description = Chairside : agenda et dossiers patients pour les groupes de cabinets dentaires.
site-footer = Chairside · rendez-vous et dossiers pour les groupes dentaires
site-skip = Aller au contenu
site-main-nav = Navigation principale
site-home = Accueil
site-book-online = Prendre rendez-vous en ligne
site-sign-in = Se connecter
site-go-home = Aller à la page d'accueil
site-not-found = Page introuvable
site-not-found-text = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est mal saisi.
site-error = Une erreur s'est produite
site-error-text = Cette page n'a pas pu être affichée. Rien de ce que vous avez saisi n'a été perdu ; veuillez réessayer.
site-forbidden = Accès refusé
site-forbidden-text = Votre rôle ne donne pas accès à cette partie de Chairside. Si vous en avez besoin, adressez-vous à un administrateur de votre cabinet.
site-record-not-found = Introuvable
site-record-not-found-text = Ce dossier n'existe pas, ou il appartient à un cabinet dans lequel vous ne travaillez pas. Vérifiez le lien, ou recherchez-le de nouveau.

## Les sections de l'application du personnel, les rôles, la connexion.

nav-calendar = Agenda
nav-my-day = Ma journée
nav-patients = Patients
nav-recall = Relances
nav-asap = Liste d'attente
nav-setup = Configuration
nav-staff = Personnel
nav-outbox = Boîte d'envoi
nav-audit = Journal d'audit
nav-reports = Rapports
role-admin = Administrateur
role-dentist = Dentiste
role-hygienist = Hygiéniste dentaire
role-receptionist = Secrétaire
auth-sign-in-intro = Le personnel du cabinet se connecte avec son adresse e-mail professionnelle.
auth-email = Adresse e-mail
auth-password = Mot de passe
auth-enter-password = Saisissez votre mot de passe.
auth-sign-out = Se déconnecter

## The calendar, its dialogs, My day, confirmations, series, affected appointments, the keys.

## L'agenda (src/scheduling/pages/calendar.rs).

sched-calendar-title = Agenda
sched-calendar-loading = Chargement de l'agenda…
sched-calendar-zone = { $clinic } · heures de { $zone }
sched-calendar-confirmations = Confirmations à appeler
sched-clinic-nav = Cabinet
sched-layout-providers = Jour par praticien
sched-layout-chairs = Jour par fauteuil
sched-layout-week = Semaine
sched-provider = Praticien
sched-calendar-show = Afficher
sched-calendar-layout-nav = Affichage
sched-dates-nav = Dates
sched-calendar-previous = ‹ Précédent
sched-today = Aujourd'hui
sched-calendar-next = Suivant ›
sched-date = Date
sched-go = OK
sched-released = Annulations et absences
sched-possible-match = Réservé comme nouveau patient ; il pourrait s'agir de { $patient }.
sched-review-and-merge = Vérifier et fusionner
sched-not-the-same-person = Ce n'est pas la même personne
sched-new-online = { $count ->
    [one] { $count } nouvelle réservation en ligne
   *[other] { $count } nouvelles réservations en ligne
    }
sched-mark-as-seen = Marquer comme vues

## La grille de l'agenda (grid.rs).

sched-grid-no-chairs = Ce cabinet n'a pas encore de fauteuils.
sched-held-online = Réservé pour un patient qui réserve en ligne
sched-no-chair = Sans fauteuil
sched-grid-no-providers = Ce cabinet n'a pas encore de praticiens.
sched-grid-open-setup = Ouvrir la configuration du cabinet
sched-grid-no-appointments = Aucun rendez-vous sur cette période.
sched-grid-book-with = Réserver avec { $name }
sched-grid-new-online = Nouveau en ligne
sched-grid-online = En ligne

## La fenêtre d'un rendez-vous (appointment_dialog.rs).

sched-appointment = Rendez-vous
sched-appointment-not-shown = Ce rendez-vous n'est pas dans la période affichée. Il a peut-être été déplacé : cherchez-le sur la page du patient.
sched-appointment-changed-elsewhere = Quelqu'un d'autre vient de modifier ce rendez-vous. Fermez la fenêtre pour le voir tel qu'il est ; rien de ce que vous avez saisi ici n'a été envoyé.
sched-alerts-and-allergies = Alertes et allergies
sched-patient = Patient
sched-number-and-age = { $number } · { $age ->
        [one] { $age } an
       *[other] { $age } ans
    }
sched-when = Quand
sched-type = Type
sched-chair = Fauteuil
sched-chair-none = Aucun
sched-status = Statut
sched-booked-online = réservé en ligne
sched-notes = Notes
sched-book-follow-ups = Réserver des rendez-vous de suivi semblables…
sched-close = Fermer
sched-move = Déplacer
sched-move-new-start = Nouveau début
sched-any-free-chair = N'importe quel fauteuil libre (si le type en demande un)
sched-move-appointment = Déplacer le rendez-vous
sched-cancel = Annuler
sched-cancel-reason = Motif
sched-cancel-choose-reason = Choisissez un motif
sched-cancel-details = Précisions
sched-cancel-details-placeholder = Le patient a appelé : grippe
sched-cancel-details-hint = Obligatoire si le motif est « Autre ».
sched-cancel-appointment = Annuler le rendez-vous

## La fenêtre de réservation (booking_dialog.rs).

sched-book-title = Réserver un rendez-vous
sched-book-search-placeholder = Nom, téléphone, e-mail, date de naissance ou numéro P
sched-book-search = Rechercher
sched-book-searching = Recherche…
sched-book-search-first = Recherchez le patient pour lequel réserver.
sched-book-no-match = Aucun patient ne correspond.
sched-book-no-match-add = Ajoutez d'abord un nouveau patient
sched-book-no-match-then = puis réservez.
sched-book-has-alerts = A des alertes ou des allergies
sched-book-born = né(e) le { $date }
sched-book-patients-found = Patients trouvés
sched-book-ends-at = Se termine à { $time }.
sched-book-type = { $name } ({ $minutes } min)
sched-book-type-not-by-provider = { $name } ({ $minutes } min, pas réalisé par ce praticien)
sched-book-loading-patient = Chargement du patient…
sched-book-another-patient = Choisir un autre patient
sched-book-appointment-type = Type de rendez-vous
sched-book-starts = Début
sched-book-submit = Réserver le rendez-vous

## Pendant l'arrivée du code d'une fenêtre (lazy_dialog.rs).

sched-opening-label = Ouverture
sched-opening = Ouverture…

## Les rendez-vous pendant une absence (affected.rs).

sched-affected-title = Rendez-vous pendant une absence
sched-finding-appointments = Recherche des rendez-vous…
sched-affected-done = Terminé : { $moved } déplacé(s), { $cancelled } annulé(s), { $kept } conservé(s).
sched-affected-none = Plus aucun rendez-vous n'est réservé sur cette période.
sched-affected-back = Retour aux absences
sched-affected-move-to = Déplacer au { $time }
sched-type-with-provider = { $kind } avec { $provider }
sched-affected-what-to-do = Que faire du rendez-vous de { $patient }
sched-affected-keep = Conserver tel quel
sched-affected-apply = Appliquer ces choix
sched-affected-cancel-all = Tout annuler ({ $count })…
sched-affected-cancel-all-confirm = { $count ->
    [one] Annuler { $count } rendez-vous ? Il est enregistré comme annulé parce que { $whose } n'est pas disponible.
   *[other] Annuler les { $count } rendez-vous ? Chacun est enregistré comme annulé parce que { $whose } n'est pas disponible.
    }
sched-affected-cancel-them-all = Tout annuler

## Les confirmations à appeler (confirmations.rs).

sched-confirm-title = Confirmations
sched-confirm-recorded = Enregistré.
sched-confirm-no-working-day = Le cabinet n'a aucun jour ouvré dans les deux prochaines semaines.
sched-confirm-day = { $day } · { $count } à confirmer
sched-confirm-all-confirmed = Tous les rendez-vous de ce jour sont confirmés.
sched-confirm-record-call = Noter un appel
sched-confirm-time = Heure
sched-confirm-phone = Téléphone
sched-confirm-last-call = Dernier appel
sched-confirm-truncated = Seuls les 500 premiers sont affichés.
sched-confirm-lead = { $clinic } : rendez-vous des deux prochains jours ouvrés que le patient n'a pas encore confirmés. Appelez chacun et notez le résultat.
sched-back-to-calendar = Retour à l'agenda
sched-confirm-no-phone = Pas de téléphone
sched-confirm-outcome-label = Résultat de l'appel à { $patient }
sched-confirm-what-happened = Résultat ?
sched-confirm-note-label = Note sur l'appel à { $patient }
sched-confirm-note-placeholder = Note (facultatif)
sched-confirm-record = Enregistrer
sched-confirm-not-called = Pas encore appelé
sched-outcome-confirmed = Viendra (le confirmer)
sched-outcome-left-message = Message laissé
sched-outcome-no-answer = Pas de réponse
sched-outcome-wrong-number = Mauvais numéro
sched-outcome-emailed = Rappel envoyé par e-mail (l'envoyer)

## Réserver une série (series.rs).

sched-series-title = Réserver une série
sched-series-checking = Vérification de chaque date…
sched-series-first = Premier rendez-vous
sched-series-every = Toutes les
sched-series-unit = Unité
sched-series-weeks = semaines
sched-series-months = mois
sched-series-count = Rendez-vous
sched-series-check = Vérifier les dates
sched-series-free = Libre
sched-series-no-free-time = Aucun créneau libre avec ce praticien ce jour-là : modifiez la première date ou le rythme.
sched-series-taken = Pris
sched-series-instead = Réserver plutôt à
sched-series-book = { $count ->
    [one] Réserver { $count } rendez-vous
   *[other] Réserver { $count } rendez-vous
    }

## Ma journée (my_day.rs).

sched-my-day-title = Ma journée
sched-my-day-loading = Chargement de votre journée…
sched-my-day-not-linked = Votre compte n'est lié à aucun praticien : il n'y a donc pas de planning à afficher.
sched-my-day-not-linked-help = Un administrateur lie les comptes aux praticiens dans les pages de configuration du cabinet. En attendant, consultez
sched-my-day-not-linked-calendar = l'agenda
sched-my-day-not-linked-after = pour voir tout le cabinet.
sched-my-day-previous = ‹ Jour précédent
sched-my-day-next = Jour suivant ›
sched-my-day-feed = Vos rendez-vous dans l'agenda de votre téléphone
sched-my-day-released-row = { $time } · { $patient } · { $kind } ({ $status ->
        [no_show] absent
       *[other] annulé
    })
sched-my-day-count = { $count ->
    [0] Aucun rendez-vous.
    [one] { $count } rendez-vous.
   *[other] { $count } rendez-vous.
    }
sched-my-day-notes-to-sign = Notes en attente de votre signature
sched-my-day-no-alerts = Aucune alerte ni allergie.
sched-my-day-next-patient = Patient suivant
sched-age-and-number = { $age ->
        [one] { $age } an
       *[other] { $age } ans
    } · { $number }
sched-my-day-last-note = Dernière note ({ $when }, { $kind }, { $provider }) :
sched-my-day-note-missing = Rédiger la note clinique
sched-my-day-note-draft = Note clinique (brouillon)
sched-my-day-note-signed = Note clinique (signée)
sched-my-day-alerts-for = Alertes pour { $patient }

## Les statuts d'un rendez-vous et les boutons qui les changent (mod.rs).

sched-status-held = Retenu
sched-status-scheduled = Planifié
sched-status-confirmed = Confirmé
sched-status-arrived = Arrivé
sched-status-in-chair = Au fauteuil
sched-status-completed = Terminé
sched-status-cancelled = Annulé
sched-status-no-show = Absent
sched-mark-held = Marquer retenu
sched-mark-scheduled = Marquer planifié
sched-mark-confirmed = Marquer confirmé
sched-mark-arrived = Marquer arrivé
sched-mark-in-chair = Marquer au fauteuil
sched-mark-completed = Marquer terminé
sched-mark-cancelled = Marquer annulé
sched-mark-no-show = Marquer absent

## L'aide du clavier (src/ui/keys.rs).

sched-keys-title = Clavier
sched-keys-everywhere = Partout
sched-keys-on-calendar = Dans l'agenda
sched-keys-hint = Les touches fonctionnent quand aucun champ n'a le focus. Tab et Entrée atteignent tout comme d'habitude.
sched-keys-find-patient = Trouver un patient
sched-keys-this-list = Cette liste
sched-keys-close = Fermer une fenêtre ou cette liste
sched-keys-days = Jour suivant / précédent (semaine dans la vue semaine)
sched-keys-today = Aujourd'hui
sched-keys-next-layout = L'affichage suivant
sched-keys-go-to-date = Aller à une date
sched-keys-book-link = Le lien Réserver de la première colonne (Entrée ouvre la fenêtre de réservation)
sched-keys-appointments = Rendez-vous suivant / précédent (Entrée l'ouvre)
sched-keys-columns = La colonne voisine
sched-keys-within-column = Parcourir les rendez-vous de la colonne

## Patients, their documents and clinical notes.

## Les pages des patients (/patients, un dossier, sa modification, la fusion, la prise de
## rendez-vous depuis le dossier), les documents et la chronologie clinique d'un dossier, les
## notes cliniques et les modèles de notes.

patient-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
patient-date-full = { $order ->
    [mdy] { $day } { $month } { $year }
   *[other] { $day } { $month } { $year }
    }

## La recherche.

patient-patients = Patients
patient-search-label = Rechercher un patient
patient-search-hint = Un nom (l'orthographe n'a pas besoin d'être exacte), un numéro de téléphone, un e-mail, une date de naissance ou un numéro de patient.
patient-search-button = Rechercher
patient-search-include-archived = Inclure les patients archivés
patient-search-searching = Recherche en cours…
patient-search-clinic = Cabinet
patient-search-new = Nouveau patient
patient-search-of = Patients de { $clinic }
patient-search-by-name = Trouvés par nom chez { $clinic }
patient-search-by-phone = Trouvés par téléphone chez { $clinic }
patient-search-by-email = Trouvés par e-mail chez { $clinic }
patient-search-by-birth-date = Trouvés par date de naissance chez { $clinic }
patient-search-by-number = Trouvés par numéro de patient chez { $clinic }
patient-search-none = Aucun patient trouvé. Vérifiez l'orthographe ou recherchez par numéro de téléphone ou date de naissance.
patient-search-alerts = { $count ->
    [one] { $count } alerte
   *[other] { $count } alertes
    }
patient-archived = Archivé
patient-book-appointment = Prendre rendez-vous
patient-search-book-for = pour { $name }
patient-search-previous = Précédent
patient-search-next = Suivant
patient-search-pages = Pages de résultats

## Les formulaires de nouveau patient et de modification.

patient-date-shape = Saisissez une date comme 07/03/1985.
patient-sex-female = Femme
patient-sex-male = Homme
patient-sex-other = Autre
patient-sex-not-recorded = Non renseigné
patient-contact-sms = SMS
patient-contact-email = E-mail
patient-contact-post = Courrier
patient-contact-phone = Appel téléphonique
patient-date-hint-day-first = Jour, mois, année : 07/03/1985.
patient-date-hint-month-first = Mois, jour, année : 03/07/1985.
patient-form-name-and-birth = Nom et date de naissance
patient-field-first-name = Prénom
patient-field-last-name = Nom
patient-field-preferred-name = Prénom d'usage
patient-field-date-of-birth = Date de naissance
patient-field-sex = Sexe
patient-form-contact = Coordonnées
patient-field-mobile-phone = Téléphone portable
patient-field-home-phone = Téléphone fixe
patient-field-email = E-mail
patient-field-postal-address = Adresse postale
patient-field-preferred-contact = Moyen de contact préféré
patient-field-language = Langue des e-mails
patient-field-language-hint = Les confirmations et les rappels sont envoyés dans cette langue. Une réservation en ligne enregistre la langue dans laquelle le patient a réservé.
patient-language-clinics = La langue du cabinet
patient-field-email-reminders = Accepte les rappels par e-mail
patient-form-emergency-and-notes = Contact d'urgence et remarques
patient-field-emergency-contact = Contact d'urgence
patient-field-their-phone = Son téléphone
patient-field-notes = Remarques
patient-new-title = Nouveau patient
patient-new-for = Pour { $clinic }.
patient-new-different-person = Il s'agit d'une autre personne : créer un nouveau dossier
patient-new-create = Créer le patient
patient-loading-record = Chargement du dossier…
patient-edit-title = Modifier { $name }
patient-edit-save = Enregistrer le dossier
patient-cancel = Annuler

## Le dossier.

patient-restore = Restaurer
patient-archive-ask = Archiver…
patient-archive-question = Archiver ce dossier ? Il n'apparaît plus dans les recherches, sauf si les patients archivés sont inclus ; rien n'est supprimé.
patient-archive = Archiver
patient-merge-ask = Fusionner…
patient-edit-details = Modifier les informations
patient-merged-into = Ce dossier a été fusionné dans
patient-merged-into-link = un autre dossier
patient-merged-into-end = . Il est conservé pour référence.
patient-alert-kind = { $kind } :
patient-medical-alerts = Alertes médicales
patient-number = Numéro de patient
patient-born = { $age ->
    [one] { $date } ({ $age } an)
   *[other] { $date } ({ $age } ans)
    }
patient-mobile = Portable
patient-address = Adresse
patient-email-reminders = Rappels par e-mail
patient-yes = Oui
patient-no = Non
patient-created = Créé
patient-last-changed = Dernière modification
patient-medical-resolve = Résoudre
patient-medical-reactivate = Réactiver
patient-edit = Modifier
patient-medical-current = Actif
patient-medical-resolved = Résolu
patient-medical-none = Aucun antécédent médical enregistré.
patient-change-was = (avant : { $before })
patient-medical-history = Antécédents médicaux
patient-change-log = Historique des modifications ({ $count })
patient-severity-mild = Légère
patient-severity-moderate = Modérée
patient-severity-severe = Sévère
patient-medical-add-title = Ajouter aux antécédents médicaux
patient-saved = Enregistré.
patient-medical-kind = Type
patient-medical-what = Intitulé
patient-medical-what-hint = Par exemple : pénicilline, diabète de type 2, warfarine, prémédication nécessaire.
patient-medical-severity = Sévérité (allergies)
patient-medical-details = Détails
patient-medical-save = Enregistrer l'entrée
patient-medical-add = Ajouter l'entrée
patient-medical-done = Terminé
patient-appointments = Rendez-vous
patient-appointments-none = Aucun rendez-vous.
patient-appointment-online = En ligne
patient-medical-kind-alert = Alerte
patient-medical-kind-allergy = Allergie
patient-medical-kind-condition = Pathologie
patient-medical-kind-medication = Médicament
patient-severity-value = { $severity ->
    [mild] légère
    [moderate] modérée
    [severe] sévère
   *[unknown] { $severity }
    }
patient-sex-value = { $sex ->
    [female] femme
    [male] homme
    [other] autre
   *[unknown] { $sex }
    }

## La prise de rendez-vous depuis le patient.

patient-book-title = Prendre un rendez-vous
patient-book-finding = Recherche des créneaux libres…
patient-book-time = Réserver { $time }
patient-book-for = Prendre un rendez-vous pour { $patient }
patient-book-type = Type de rendez-vous
patient-book-show = Afficher les créneaux libres
patient-book-none = { $days ->
    [one] Aucun créneau libre pour ce type dans la prochaine journée. Essayez un autre type ou consultez l'agenda.
   *[other] Aucun créneau libre pour ce type dans les { $days } prochains jours. Essayez un autre type ou consultez l'agenda.
    }
patient-book-next = Les prochains créneaux libres
patient-book-free-times = Créneaux libres
patient-book-back = Retour au patient

## La fusion de deux dossiers.

patient-contact-value = { $contact ->
    [phone] téléphone
    [sms] SMS
    [email] e-mail
    [post] courrier
   *[unknown] { $contact }
    }
patient-merge-emergency-phone = Téléphone du contact d'urgence
patient-merge-title = Fusionner des dossiers
patient-merge-heading = Fusionner deux dossiers d'une même personne
patient-merge-intro = Le dossier d'où vous venez est conservé. Pour chaque champ, choisissez la valeur à garder ; les antécédents médicaux et les rendez-vous de l'autre dossier passent au dossier conservé, et l'autre dossier est archivé. Des dossiers ayant des rendez-vous qui se chevauchent ne peuvent pas être fusionnés.
patient-merge-other-number = Numéro de patient de l'autre dossier
patient-merge-compare = Comparer
patient-merge-loading = Chargement des dossiers…
patient-merge-surviving = Dossier conservé :
patient-merge-keep = Garder : { $name } ({ $number })
patient-merge-from = Provenant de : { $name } ({ $number })
patient-merge-understand = Je comprends que la fusion est irréversible et que { $number } sera archivé.
patient-merge-caption = Choisissez la valeur à garder pour chaque champ
patient-merge-field = Champ
patient-merge-moves = { $count ->
    [one] { $count } entrée des antécédents médicaux passera au dossier conservé.
   *[other] { $count } entrées des antécédents médicaux passeront au dossier conservé.
    }
patient-merge-submit = Fusionner les dossiers

## La chronologie clinique.

patient-timeline-none = Pas encore de notes cliniques ni de documents.
patient-timeline-title = Notes cliniques et documents
patient-timeline-addenda = { $count ->
    [one] { $count } addendum
   *[other] { $count } addenda
    }

## Les documents.

patient-document-category-xray = Radiographie
patient-document-category-consent = Formulaire de consentement
patient-document-category-referral = Lettre d'adressage
patient-document-category-insurance = Assurance
patient-document-category-other = Autre
patient-document-kind-jpeg = Image JPEG
patient-document-kind-png = Image PNG
patient-document-kind-pdf = PDF
patient-document-kind-dicom = DICOM
patient-upload-done = Le document a été ajouté.
patient-upload-too-large = Ce fichier est trop volumineux : la taille maximale d'un document est fixée par le cabinet (50 Mo sauf modification). Rien n'a été enregistré.
patient-upload-not-accepted = Ce fichier n'est ni une image JPEG ou PNG, ni un PDF, ni un fichier DICOM (d'après son contenu, pas son nom). Rien n'a été enregistré.
patient-upload-incomplete = Le formulaire était incomplet : choisissez une catégorie et un fichier. Rien n'a été enregistré.
patient-document-purged = Le document a été supprimé définitivement. Le journal d'audit conserve ce qu'il était, qui l'a supprimé et pourquoi.
patient-documents-none = Aucun document pour l'instant.
patient-documents = Documents
patient-document-thumbnail = Miniature de { $name }
patient-document-view = Afficher
patient-document-purge-ask = Supprimer définitivement…
patient-document-purge-explained = La suppression définitive efface ce document pour de bon (son fichier aussi, sauf si un autre document du cabinet est le même fichier). Elle est irréversible. Le journal d'audit conserve ce qu'il était, qui l'a supprimé et pourquoi ; les sauvegardes antérieures le conservent jusqu'à leur expiration.
patient-document-purge-reason = Motif de la suppression (10 à 500 caractères)
patient-document-purge-understand = Je comprends que cette action est irréversible
patient-document-purge = Supprimer définitivement
patient-document-taken = pris le { $date }
patient-document-added = Ajouté : { $when }
patient-document-download = Télécharger
patient-upload-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez ; rien n'a été enregistré.
patient-upload-progress = Progression de l'envoi
patient-upload-uploading = Envoi… { $percent } %
patient-upload-saving = Envoyé, enregistrement…
patient-upload-title = Ajouter un document
patient-upload-hint = Déposez un fichier ici ou choisissez-en un.
patient-upload-file = Fichier (JPEG, PNG, PDF ou DICOM)
patient-upload-dropped = Fichier déposé :
patient-upload-category = Catégorie
patient-upload-taken-on = Date de prise (facultatif)
patient-upload-note = Remarque (facultatif)
patient-upload-submit = Envoyer
patient-upload-too-large-here = Ce fichier est trop volumineux pour ce cabinet. Rien n'a été enregistré.
patient-upload-failed = L'envoi a échoué. Rien n'a été enregistré.

## Les notes cliniques.

patient-note-state-missing = Pas encore de note
patient-note-state-draft = Note en brouillon
patient-note-state-signed = Note signée
patient-note-title = Note clinique
patient-note-loading = Chargement de la note…
patient-note-heading = Note clinique : { $patient }
patient-note-my-day = Ma journée
patient-note-template = Partir d'un modèle
patient-note-use-template = Utiliser ses rubriques
patient-note-sign-ask = Signer…
patient-note-sign-question = Signer cette note telle qu'elle est enregistrée ? Une note signée ne peut plus être modifiée ; les corrections ultérieures sont ajoutées sous forme d'addenda.
patient-note-sign = Signer la note
patient-note-provider-signs = { $provider } signe cette note : c'est son rendez-vous.
patient-note-last-saved = Dernier enregistrement : { $when }.
patient-note-draft-saved = Brouillon enregistré.
patient-note-body = Note
patient-note-save = Enregistrer le brouillon
patient-note-addendum-written = Addendum, { $when }
patient-note-signed = Signée : { $when }.
patient-note-addenda = Addenda
patient-note-addenda-none = Aucun.
patient-note-addendum = Ajouter un addendum
patient-note-add-addendum = Ajouter l'addendum

## Configuration : les modèles de notes.

patient-templates-loading = Chargement des modèles de notes…
patient-templates-none = Aucun modèle de note pour l'instant.
patient-templates-unsigned-listed = { $days ->
    [one] Une note non signée dans un délai de { $days } jour apparaît dans « Ma journée » de son praticien.
   *[other] Une note non signée dans un délai de { $days } jours apparaît dans « Ma journée » de son praticien.
    }
patient-template-retire = Retirer
patient-template-use-again = Réutiliser
patient-template-retired = Retiré
patient-template-add-title = Ajouter un modèle
patient-template-added = Modèle ajouté.
patient-template-name = Nom
patient-template-name-hint = p. ex. Contrôle, Extraction.
patient-template-prompts = Rubriques
patient-template-prompts-hint = Une par ligne, p. ex. Motif :, Examen :, Traitement :, Conseils :.
patient-template-add = Ajouter le modèle
patient-templates-unsigned = Notes non signées
patient-templates-days = Jours pendant lesquels une note peut attendre sa signature
patient-templates-save = Enregistrer

## Pas encore utilisés : le titre et les colonnes de DataTable.


## Set-up, emails and staff.

## Set-up: the frame, the tabs and the list of clinics.

setup-section-clinic = Cabinet
setup-section-chairs = Fauteuils
setup-section-providers = Praticiens
setup-section-time-off = Absences
setup-section-types = Types de rendez-vous
setup-section-cancel-reasons = Motifs d'annulation
setup-section-notes = Notes cliniques
setup-section-emails = E-mails
setup-section-webhooks = Webhooks
setup-section-api = Clés d'API
setup-title = Configuration
setup-sections = Sections de la configuration
setup-read-only = Vous pouvez consulter la configuration de ce cabinet ; seul un administrateur peut la modifier.
setup-home-intro = Cabinets, fauteuils, praticiens et leurs horaires, absences et types de rendez-vous.
setup-home-loading = Chargement de vos cabinets…
setup-home-no-clinics = Vous n'appartenez encore à aucun cabinet. Demandez à un administrateur de vous ajouter.
setup-active = Actif
setup-inactive = Inactif
setup-deactivate-more = Désactiver…
setup-deactivate = Désactiver
setup-reactivate = Réactiver

## Set-up: the clinic.

setup-feed-none = Le type de rendez-vous uniquement
setup-feed-initials = Initiales (A. W.)
setup-feed-name = Nom complet
setup-clinic-loading = Chargement du cabinet…
setup-name = Nom
setup-clinic-time-zone = Fuseau horaire
setup-clinic-address = Adresse
setup-clinic-phone = Téléphone
setup-clinic-email = E-mail
setup-clinic-calling-code = Indicatif téléphonique du pays
setup-clinic-currency = Devise
setup-clinic-booking-address = Adresse de réservation en ligne
setup-clinic-slot-step = Pas des créneaux
setup-clinic-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
    }
setup-clinic-min-notice = Délai minimum pour réserver en ligne
setup-clinic-horizon = Horizon de réservation
setup-clinic-days-ahead = { $days ->
    [one] { $days } jour à l'avance
   *[other] { $days } jours à l'avance
    }
setup-clinic-cancel-notice = Les patients peuvent annuler en ligne jusqu'à
# $hours is a number, or a list of them ("48 et 2").
setup-clinic-hours-before = { $hours ->
    [one] { $hours } heure avant
   *[other] { $hours } heures avant
    }
setup-clinic-reminders = Rappels par e-mail
setup-none = Aucun
setup-clinic-and = et
setup-clinic-recall-emails = E-mails de relance
setup-clinic-recall-before = { $before ->
    [one] { $before } jour avant la date prévue
   *[other] { $before } jours avant la date prévue
    }
setup-clinic-recall-before-again = { $before ->
    [one] { $before } jour
   *[other] { $before } jours
    } avant la date prévue, puis de nouveau { $again ->
    [one] { $again } jour
   *[other] { $again } jours
    } plus tard sans réservation
setup-clinic-feed = Les agendas abonnés affichent les patients sous la forme
setup-clinic-saved = Les informations du cabinet sont enregistrées.
setup-clinic-legend = Le cabinet
setup-clinic-what-name = le nom du cabinet
setup-clinic-slug-hint = Des mots en minuscules reliés par des tirets ; les patients réservent sur /book/cette-adresse.
setup-clinic-time-zone-hint = Tapez pour chercher, par exemple Paris ou New_York. Les horaires et les rendez-vous sont dans ce fuseau.
setup-clinic-calling-code-hint = Il sert à lire les numéros locaux des patients : 33 en France, 1 en Amérique du Nord.
setup-clinic-currency-hint = Les tarifs des types de rendez-vous sont exprimés dans cette devise. Les rendez-vous conservent la devise de leur réservation.
setup-clinic-policy = Règles de réservation
setup-clinic-slot-step-label = Pas des créneaux (minutes)
setup-clinic-slot-step-hint = La grille des heures de début proposées : de 5 à 60 minutes.
setup-clinic-min-notice-label = Délai minimum pour réserver en ligne (minutes)
setup-clinic-horizon-label = Horizon de réservation (jours à l'avance)
setup-clinic-cancel-notice-label = Les patients peuvent annuler en ligne jusqu'à (heures avant)
setup-clinic-reminders-label = Rappels par e-mail (heures avant le rendez-vous)
setup-clinic-reminders-hint = Jusqu'à quatre, séparés par des virgules, comme 48, 2. Vide : aucun rappel.
setup-clinic-recall-before-label = E-mails de relance (jours avant la date prévue)
setup-clinic-recall-before-hint = Aux patients qui ont accepté les rappels par e-mail. Vide : aucun e-mail de relance.
setup-clinic-recall-again-label = De nouveau sans réservation après (jours)
setup-clinic-recall-again-hint = Vide : seulement le premier e-mail.
setup-clinic-feed-label = Les agendas abonnés des praticiens affichent les patients sous la forme
setup-clinic-feed-hint = Les agendas des téléphones sont vus par d'autres personnes et conservés sur les serveurs d'autres entreprises.
setup-clinic-save = Enregistrer le cabinet

## Set-up: chairs.

setup-chairs-loading = Chargement des fauteuils…
setup-chairs-deactivate-question = Désactiver { $name } ? Il ne sera plus proposé pour les rendez-vous.
setup-edit = Modifier
setup-chairs-none = Aucun fauteuil pour l'instant.
setup-edit-name = Modifier { $name }
setup-chairs-add-heading = Ajouter un fauteuil
setup-saved = Enregistré.
setup-chairs-order = Ordre dans l'agenda
setup-order-hint = Les plus petits nombres viennent en premier.
setup-chairs-save = Enregistrer le fauteuil
setup-chairs-add = Ajouter le fauteuil
setup-done = Terminé

## Set-up: providers.

setup-provider-kind-dentist = Dentiste
setup-provider-kind-hygienist = Hygiéniste dentaire
setup-providers-loading = Chargement des praticiens…
# Read after a button's word by screen readers: "Hours" + " of Dr Sam Patel".
setup-of-name = {" "}de { $name }
setup-providers-deactivate-question = Désactiver { $name } ? Ce praticien ne sera plus proposé pour les nouveaux rendez-vous ; ses horaires restent enregistrés.
setup-providers-hours = Horaires
setup-providers-none = Aucun praticien pour l'instant.
setup-providers-add-heading = Ajouter un praticien
setup-providers-no-staff-account = Aucun compte du personnel
setup-providers-kind = Type
setup-colour = Couleur dans l'agenda
setup-providers-staff-account = Compte du personnel
setup-providers-staff-hint = Relie le praticien à la connexion d'un dentiste ou d'un hygiéniste, pour sa propre vue de la journée.
setup-providers-save = Enregistrer le praticien
setup-providers-add = Ajouter le praticien

## Set-up: a provider's working hours.

setup-hours-loading = Chargement des horaires…
setup-hours-title = Horaires de travail
setup-hours-show-week = Afficher la semaine en vigueur le
setup-show = Afficher
setup-hours-not-working = Ne travaille pas
setup-hours-week = La semaine en un coup d'œil
setup-hours-scale = Les barres vont de { $first } (en haut) à { $last } (en bas).
setup-hours-none = Aucun horaire enregistré à partir d'aujourd'hui. Ajoutez un planning ci-dessous.
setup-hours-valid-until = du { $from } au { $until }
setup-hours-valid-from = à partir du { $from }
setup-hours-any = Indifférent
setup-hours-all-on-record = Tous les horaires enregistrés à partir d'aujourd'hui
setup-hours-any-chair = N'importe quel fauteuil
setup-hours-row-day = Jour, ligne { $row }
setup-hours-row-starts = Début, ligne { $row }
setup-hours-what-start = une heure de début
setup-hours-row-ends = Fin, ligne { $row }
setup-hours-what-end = une heure de fin
setup-hours-row-chair = Fauteuil, ligne { $row }
setup-hours-new-rota = Définir un nouveau planning
setup-hours-new-rota-intro = Le planning ci-dessous s'applique à partir de son premier jour (et jusqu'à son dernier jour, s'il est indiqué) ; les semaines précédentes gardent leurs horaires. Pour supprimer un intervalle, effacez ses heures. Les lignes laissées vides sont ignorées.
setup-hours-saved = Le nouveau planning est enregistré.
setup-first-day = Premier jour
setup-what-first-day = le premier jour
setup-hours-last-day-optional = Dernier jour (facultatif)
setup-hours-last-day-hint = Laissez vide pour garder le planning jusqu'à ce qu'il soit modifié.
setup-what-last-day = le dernier jour
setup-hours-save = Enregistrer le planning

## Set-up: time off.

setup-time-off-loading = Chargement des absences…
setup-time-off-remove-question = Supprimer « { $reason } » (du { $from } au { $until }) ?
setup-time-off-whole-clinic = Tout le cabinet
setup-time-off-remove-more = Supprimer…
setup-time-off-remove = Supprimer
setup-time-off-affected = { $count ->
    [one] { $count } rendez-vous est réservé pendant cette période
   *[other] { $count } rendez-vous sont réservés pendant cette période
    }
setup-time-off-local = Les heures sont celles du cabinet ({ $zone }).
setup-time-off-none = Aucune absence à venir.
setup-what-time = une heure
setup-time-off-whole-clinic-holiday = Tout le cabinet (fermeture)
setup-time-off-provider = Praticien : { $name }
setup-time-off-chair = Fauteuil : { $name }
setup-time-off-add = Ajouter une absence
setup-time-off-added = Ajoutée.
setup-time-off-applies-to = Concerne
setup-time-off-from-optional = De (facultatif)
setup-time-off-from-hint = Vide : dès le début de la journée.
setup-last-day = Dernier jour
setup-time-off-until-optional = Jusqu'à (facultatif)
setup-time-off-until-hint = Vide : jusqu'à la fin de la journée.
setup-reason = Motif
setup-time-off-reason-hint = Affiché dans l'agenda, par exemple « Noël » ou « Réparation du fauteuil ».

## Set-up: appointment types.

setup-types-loading = Chargement des types de rendez-vous…
setup-types-none-yet = Aucun pour l'instant
setup-types-deactivate-question = Désactiver { $name } ? Il ne sera plus proposé pour les nouveaux rendez-vous.
setup-types-duration = { $minutes } min
setup-yes = Oui
setup-no = Non
setup-types-recall-described = { $kind }, à revoir après { $months } mois
setup-types-empty = Aucun type de rendez-vous pour l'instant.
setup-types-add-heading = Ajouter un type de rendez-vous
setup-types-duration-label = Durée (minutes)
setup-types-duration-hint = Le temps du patient dans le fauteuil.
setup-types-before = Préparation avant (minutes)
setup-types-after = Nettoyage après (minutes)
setup-types-buffers-hint = La préparation et le nettoyage occupent le praticien et le fauteuil, mais ne sont pas montrés au patient.
setup-types-fee = Tarif ({ $currency })
setup-types-fee-hint = Conservé sur chaque rendez-vous au moment de la réservation : un nouveau tarif ne s'applique qu'aux réservations suivantes.
setup-types-recall-label = Relance (facultatif)
setup-types-recall-hint = Ce pour quoi une visite terminée de ce type fait revenir le patient, par ex. Hygiène.
setup-types-recall-months = À revoir après (mois)
setup-types-online = Les patients peuvent le réserver en ligne
setup-types-needs-chair = Nécessite un fauteuil
setup-types-providers = Praticiens qui le réalisent
setup-types-save = Enregistrer le type
setup-types-add = Ajouter le type

## Set-up: cancellation reasons.

setup-cancel-use-custom = Choisi par le personnel
setup-cancel-use-other = Choisi par le personnel, avec quelques mots de détail
setup-cancel-use-patient-online = Intégré : un patient a annulé depuis son e-mail
setup-cancel-use-time-off = Intégré : une absence a pris l'heure du rendez-vous
setup-cancel-loading = Chargement des motifs d'annulation…
setup-cancel-deactivate-question = Désactiver « { $label } » ? Il ne sera plus proposé au personnel ; les annulations passées le conservent.
setup-cancel-intro = Le personnel choisit l'un de ces motifs en annulant un rendez-vous, pour que les rapports puissent compter les raisons des annulations.
setup-cancel-edit = Modifier « { $label } »
setup-cancel-add-heading = Ajouter un motif
setup-cancel-order = Ordre dans la liste
setup-cancel-save = Enregistrer le motif
setup-cancel-add = Ajouter le motif

## Set-up: email templates.

setup-emails-loading = Chargement des modèles…
setup-emails-own = personnalisé
setup-emails-default = par défaut
setup-emails-intro = Ce que reçoivent les patients et les nouveaux membres du personnel. Chaque type part d'un modèle par défaut ; modifiez-le pour en faire celui du cabinet.
setup-emails-languages = Les patients reçoivent la version de leur langue ; ceux dont la langue n'est pas connue reçoivent celle du cabinet ({ $language }).
setup-emails-template-loading = Chargement du modèle…
setup-emails-subject = Objet
setup-emails-text = Texte
setup-emails-html = HTML (source)
setup-emails-part-subject = objet
setup-emails-part-text-body = corps texte
setup-emails-part-html-body = corps HTML
setup-emails-saved = Enregistré : les prochains e-mails de ce type l'utilisent.
setup-emails-text-body = Corps texte
setup-emails-html-body = Corps HTML
setup-emails-save = Enregistrer le modèle
setup-emails-reset = Revenir au modèle par défaut
setup-emails-aside = Variables et aperçu
setup-emails-placeholders = Variables
setup-emails-preview = Aperçu avec des données d'exemple
setup-emails-rendering = Génération…

## The kinds of email, and the outbox.

setup-email-kind-booking-confirmation = Confirmation de réservation
setup-email-kind-rescheduled = Rendez-vous déplacé
setup-email-kind-cancelled = Rendez-vous annulé
setup-email-kind-reminder = Rappel
setup-email-kind-staff-invitation = Invitation du personnel
setup-email-kind-recall = Relance (visite à prévoir)
setup-email-kind-asap-offer = Offre d'un créneau plus tôt (liste d'attente)
setup-outbox-status-queued = en attente
setup-outbox-status-sending = en cours d'envoi
setup-outbox-status-sent = envoyé
setup-outbox-status-failed = échoué
setup-outbox-status-cancelled = annulé
setup-outbox-title = Boîte d'envoi
setup-outbox-loading = Chargement de la boîte d'envoi…
setup-outbox-after-attempts = { $count ->
    [one] après { $count } tentative
   *[other] après { $count } tentatives
    }
setup-outbox-counts = { $queued } en attente · { $failed } en échec
setup-outbox-status = Statut
setup-outbox-any = Tous
setup-outbox-kind = Type
setup-outbox-queued-on = Mis en attente le (UTC)
setup-outbox-no-match = Aucun e-mail ne correspond.
setup-outbox-pages = Pages
setup-outbox-newer = ‹ Plus récents
setup-outbox-older = Plus anciens ›
setup-outbox-email-title = E-mail
setup-outbox-email-loading = Chargement de l'e-mail…
setup-outbox-send-again = Renvoyer
setup-outbox-cancel = Annuler cet e-mail
setup-outbox-to = À
setup-outbox-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
    }
setup-outbox-queued-utc = Mis en attente (UTC)
setup-outbox-sent-utc = Envoyé (UTC)
setup-outbox-goes-at = Part à (UTC)
setup-outbox-server-answer = Réponse du serveur
setup-outbox-last-problem = Dernier problème

## Staff.

setup-staff-title = Personnel
setup-staff-loading = Chargement du personnel…
setup-staff-none = Aucun membre du personnel pour l'instant.
setup-staff-deactivated = Désactivé
setup-staff-role-of = Rôle de { $name }
setup-staff-deactivate-question = Désactiver { $name } ? Cette personne est déconnectée partout à la fois.
setup-staff-change = Modifier
setup-staff-clinics-more = Cabinets…
setup-staff-clinics-of = Cabinets de { $name }
setup-staff-save-clinics = Enregistrer les cabinets
setup-staff-invited = { $name } peut maintenant choisir un mot de passe avec ce lien, qui lui a aussi été envoyé par e-mail. Il ne fonctionne qu'une fois, pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }.
setup-staff-invitation-link = Lien d'invitation
setup-staff-add-heading = Ajouter un membre du personnel
setup-staff-work-email = E-mail professionnel
setup-staff-role = Rôle
setup-staff-clinics = Cabinets
setup-staff-add = Ajouter et obtenir le lien d'invitation

## Reports, the audit log, notifications, the home page, integrations, recall and the ASAP list.

## Reports (src/reports/pages.rs).

admin-report-title = Rapports
admin-report-lead = Comment se porte le cabinet : chaque chiffre à côté du même chiffre pour la période précédente.
admin-report-counting = Calcul en cours…
admin-report-period = { $days ->
    [one] Du { $from } au { $to } ({ $days } jour), par rapport à la période du { $previous_from } au { $previous_to }
   *[other] Du { $from } au { $to } ({ $days } jours), par rapport à la période du { $previous_from } au { $previous_to }
    }
admin-report-clinic = Cabinet
admin-report-all-clinics = Tous les miens
admin-report-period-label = Période
admin-report-from = Du
admin-report-to = Au
admin-report-provider = Praticien
admin-report-everyone = Tout le monde
admin-report-show = Afficher
admin-report-figures = Chiffres
admin-report-day-by-day = Jour par jour
admin-report-previous-period = Période précédente : { $value }
admin-report-change-points = { $sign }{ $points } points
admin-report-chart-description = Du { $first } au { $last } ; maximum { $highest } le { $day }. Le tableau ci-dessous donne chaque jour.
admin-report-chart-empty = Du { $first } au { $last } ; rien à afficher.
admin-report-chart-title = { $title } par jour
admin-report-chart-top = Haut du graphique : { $top }
admin-report-chart-as-table = { $title } sous forme de tableau
admin-report-date = Date
admin-report-download-csv = Télécharger en CSV
admin-report-nothing = Rien sur cette période.
admin-report-def-heading = Comment c'est calculé
admin-report-def-dates = Dates
admin-report-def-dates-text = Les rendez-vous comptent à la date locale de la visite, dans le fuseau horaire de leur cabinet. La période précédente a la même durée que celle-ci et se termine la veille de son début. Les créneaux retenus par des patients en train de réserver en ligne ne sont pas comptés.
admin-report-def-utilization = Taux d'occupation
admin-report-def-utilization-text = Temps réservé ÷ temps disponible. Le temps réservé est celui qu'occupent les rendez-vous actifs (ni annulés, ni non honorés) : la visite avec sa préparation et son nettoyage. Le temps disponible correspond aux horaires hebdomadaires de chaque praticien à chaque date (un jour de changement d'heure dure ce qu'il dure réellement), moins ses absences et les fermetures du cabinet. Pour un fauteuil : les heures pendant lesquelles un praticien y est planifié, moins les absences du fauteuil, du praticien et du cabinet.
admin-report-def-no-show-rate = Taux de rendez-vous non honorés
admin-report-def-no-show-rate-text = Rendez-vous non honorés ÷ (rendez-vous non honorés + patients venus : arrivés, au fauteuil ou terminés).
admin-report-def-cancellations = Annulations tardives et anticipées
admin-report-def-cancellations-text = Une annulation est tardive lorsqu'elle a été faite dans le délai de prévenance d'annulation du cabinet avant la visite (par exemple 24 heures), anticipée sinon. Les motifs sont ceux de la liste des motifs d'annulation du cabinet, sous leur nom actuel.
admin-report-def-production = Chiffre d'affaires
admin-report-def-production-text = Prévu : les honoraires des rendez-vous actifs. Réalisé : les honoraires des visites terminées. Chaque rendez-vous garde le tarif de son type au moment de la réservation. Par heure disponible : honoraires réalisés ÷ heures disponibles. Les montants dans des devises différentes ne sont jamais additionnés.
admin-report-def-new-patients = Nouveaux patients
admin-report-def-new-patients-text = Patients dont la toute première visite terminée tombe dans la période, comptés pour le praticien de cette visite ; en ligne lorsque le patient a réservé cette visite lui-même en ligne, à l'accueil sinon.
admin-report-def-hygiene = Reprise de rendez-vous en hygiène
admin-report-def-hygiene-text = Parmi les visites terminées avec un hygiéniste, la part dont le patient est reparti avec un rendez-vous ultérieur réservé : pris avant la fin de la journée de la visite et pas annulé entre-temps.
admin-report-def-online = Part des réservations en ligne et délai de réservation
admin-report-def-online-text = Rendez-vous réservés en ligne par le patient ÷ tous les rendez-vous pris (annulés compris) ; le délai de réservation est le nombre moyen de jours entre la réservation et la visite.
admin-report-col-provider = Praticien
admin-report-col-clinic = Cabinet
admin-report-col-chair = Fauteuil
admin-report-col-day = Jour
admin-report-col-date = Date
admin-report-col-reason = Motif
admin-report-col-late = Tardives
admin-report-col-early = Anticipées
admin-report-col-all = Toutes
admin-report-col-all-previous = Toutes (précédente)
admin-report-col-available-hours = Heures disponibles
admin-report-col-scheduled-hours = Heures planifiées
admin-report-col-booked-hours = Heures réservées
admin-report-col-utilization = Taux d'occupation
admin-report-col-utilization-previous = Taux d'occupation (précédent)
admin-report-col-appointments = Rendez-vous
admin-report-col-no-shows = Non honorés
admin-report-col-no-show-rate = Taux de non-honorés
admin-report-col-late-cancellations = Annulations tardives
admin-report-col-early-cancellations = Annulations anticipées
admin-report-col-cancellations = Annulations (tardives et anticipées)
admin-report-col-scheduled-fees = Honoraires prévus
admin-report-col-completed-fees = Honoraires réalisés
admin-report-col-completed-fees-previous = Honoraires réalisés (précédent)
admin-report-col-completed-fees-per-hour = Honoraires réalisés par heure disponible
admin-report-col-scheduled-production = Chiffre d'affaires prévu
admin-report-col-completed-production = Chiffre d'affaires réalisé
admin-report-col-completed-production-per-hour = Chiffre d'affaires réalisé par heure disponible
admin-report-col-new-patients = Nouveaux patients
admin-report-col-new-patients-online = Nouveaux patients ayant réservé en ligne
admin-report-col-hygiene-reappointment = Reprise de rendez-vous en hygiène
admin-report-col-online-share = Part en ligne
admin-report-col-online-booking-share = Part des réservations en ligne
admin-report-col-lead-time = Délai de réservation
admin-report-col-lead-time-days = Délai de réservation (jours)
admin-report-col-lead-time-booking = Délai de réservation (jours, de la réservation à la visite)
admin-report-table-providers = Par praticien
admin-report-download-providers = {" "}du tableau « Par praticien »
admin-report-table-chairs = Par fauteuil
admin-report-download-chairs = {" "}du tableau « Par fauteuil »
admin-report-table-weekdays = Par jour de la semaine
admin-report-download-weekdays = {" "}du tableau « Par jour de la semaine »
admin-report-table-reasons = Annulations par motif
admin-report-download-reasons = {" "}du tableau « Annulations par motif »
admin-report-table-days = Jour par jour
admin-report-download-days = {" "}du tableau « Jour par jour »
admin-report-preset-this-week = Cette semaine
admin-report-preset-last-month = Le mois dernier
admin-report-preset-this-quarter = Ce trimestre
admin-report-preset-last-12-months = Les 12 derniers mois
admin-report-preset-custom = Dates ci-dessous
admin-report-unit-cancellations = annulations
admin-report-unit-patients = patients
admin-report-unit-days = jours
admin-report-unit-fees = honoraires

## The audit log and a patient's access history (src/audit/pages.rs).

admin-audit-title = Journal d'audit
admin-audit-lead = Qui a vu ou modifié quoi, quand et d'où. La consultation de ce journal y est aussi enregistrée.
admin-audit-loading = Chargement du journal d'audit…
admin-audit-staff = Membre du personnel
admin-audit-anyone = N'importe qui
admin-audit-patient-number = Numéro de patient
admin-audit-action = Action
admin-audit-action-placeholder = patient. ou calendar.viewed
admin-audit-clinic = Cabinet
admin-audit-all-clinics = Tous les miens
admin-audit-from = Du (UTC)
admin-audit-to = Au (UTC)
admin-audit-show = Afficher
admin-audit-download = Télécharger ces entrées en CSV
admin-audit-download-hint = Pour télécharger des entrées en CSV, choisissez le premier et le dernier jour, puis Afficher.
admin-audit-no-match = Aucune entrée ne correspond.
# For the DataTables of the audit log and the access history, once `DataTable` takes text.

admin-audit-pages = Pages
admin-audit-newest = ‹ Plus récentes
admin-audit-older = Plus anciennes ›
admin-audit-not-signed-in = Non connecté
admin-audit-patient = patient { $patient }
admin-audit-result-success = Réussi
admin-audit-result-denied = Refusé
admin-audit-result-failed = Échoué
admin-audit-show-details = Afficher
admin-audit-chain-heading = Contrôle d'intégrité
admin-audit-chain-unchecked = La chaîne des entrées n'a pas encore été vérifiée.
admin-audit-chain-command-line = la ligne de commande
admin-audit-chain-intact = { $rows ->
    [one] Intacte : { $rows } entrée vérifiée, la chaîne sans rupture jusqu'à la position { $position } ({ $at }, par { $who }).
   *[other] Intacte : { $rows } entrées vérifiées, la chaîne sans rupture jusqu'à la position { $position } ({ $at }, par { $who }).
    }
admin-audit-chain-broken = Rupture trouvée ({ $at }, par { $who }) : { $problem }
admin-audit-checking = Vérification…
admin-audit-check-now = Vérifier la chaîne maintenant
admin-access-title = Historique des accès
admin-access-loading = Chargement de l'historique des accès…
admin-access-this-patient = Ce patient
admin-access-not-signed-in = Non connecté (en ligne, ou un lien dans un e-mail)
admin-access-patients = Patients
admin-access-heading = { $name } : historique des accès
admin-access-lead = Toutes les personnes qui ont consulté ou modifié ce dossier, les plus récentes d'abord, et les listes qui l'ont affiché (comme une journée de l'agenda). La consultation de cet historique est aussi enregistrée.
admin-access-open-audit = Ouvrir dans le journal d'audit (filtres, téléchargement CSV)
admin-access-empty = Personne n'a encore ouvert ce dossier.
admin-patient-tabs = Patient
admin-patient-tab-record = Dossier
admin-patient-tab-access = Historique des accès

## Notifications and the bell (src/notifications/pages.rs).

admin-notifications-bell-unread = { $count ->
    [one] Notifications, { $count } non lue
   *[other] Notifications, { $count } non lues
    }
admin-notifications-title = Notifications
admin-notifications-loading = Chargement de vos notifications…
admin-notifications-none-unread = Rien de non lu.
admin-notifications-unread = { $count ->
    [one] { $count } non lue.
   *[other] { $count } non lues.
    }
admin-notifications-mark-all = Tout marquer comme lu
admin-notifications-empty = Rien à traiter. Les nouvelles notifications apparaissent ici, et la cloche en haut les compte.
admin-notifications-more = Les notifications plus anciennes ne sont pas listées.
admin-notifications-choices = Ce dont vous êtes averti
admin-notifications-tell-me = Me prévenir quand
admin-notifications-save = Enregistrer mes choix
admin-notifications-saved = Enregistré.
admin-notifications-mark-read = Marquer comme lue
admin-notifications-new = Nouvelle
admin-notifications-kind-online-booked = un patient a réservé en ligne
admin-notifications-kind-online-moved = un patient a déplacé son rendez-vous
admin-notifications-kind-online-cancelled = un patient a annulé son rendez-vous
admin-notifications-kind-online-confirmed = un patient a confirmé son rendez-vous
admin-notifications-kind-asap-claimed = un patient de la liste d'attente a pris un créneau libéré
admin-notifications-kind-email-failed = un e-mail n'a pas pu être envoyé
admin-notifications-kind-medical-alert = une alerte médicale a été ajoutée pour un patient que vous voyez aujourd'hui

## The home page (src/home/pages.rs).

admin-home-lead = Agenda, dossiers patients et réservation en ligne pour les groupes dentaires à plusieurs cabinets.
admin-home-reception = Accueil
admin-home-reception-text = Trouvez ou enregistrez un patient en quelques secondes, voyez la journée du cabinet, réservez, déplacez et annulez.
admin-home-clinicians = Dentistes et hygiénistes
admin-home-clinicians-text = Votre journée d'un coup d'œil, avec les alertes médicales de chaque patient à côté du rendez-vous.
admin-home-patients = Patients
admin-home-patients-text = Ils réservent en ligne depuis leur téléphone, et annulent ou déplacent depuis le lien de l'e-mail.
admin-home-email = E-mails
admin-home-outbox-counts = { $queued } en attente d'envoi · { $failed } en échec
admin-home-open-outbox = Ouvrir la boîte d'envoi
admin-home-see-failed = Voir ceux en échec
admin-home-checking = Vérification…
admin-home-connection = Connexion
admin-home-connection-text = Vérifiez que ce navigateur, le serveur et la base de données communiquent entre eux.
admin-home-check-connection = Vérifier la connexion
admin-home-connected = Connecté. La base de données a répondu en { $millis } ms (version du serveur { $version }).

## API keys (src/api_keys/pages.rs).

admin-api-loading = Chargement des clés d'API…
admin-api-empty = Aucune clé d'API pour l'instant. Créez-en une ci-dessous pour chaque système qui doit lire ou modifier l'agenda de ce cabinet.
admin-api-col-name = Nom
admin-api-col-key = Clé
admin-api-col-scopes = Autorisations
admin-api-col-per-minute = Par minute
admin-api-col-made = Créée
admin-api-col-last-used = Dernière utilisation
admin-api-col-actions = Actions
admin-api-title = Clés d'API

admin-api-intro = Les autres systèmes appellent l'API REST à /api/v1 avec une clé dans l'en-tête Authorization (Bearer …). La référence se trouve à{" "}
admin-api-intro-end = .
admin-api-revoke-open = Révoquer…
admin-api-revoke-confirm = Révoquer « { $name } » ? Toute requête avec cette clé sera refusée désormais ; c'est irréversible.
admin-api-revoke = Révoquer
admin-api-revoked = Révoquée le { $when }
admin-api-never = Jamais
admin-api-made = Créée. La clé n'est affichée que cette fois : copiez-la maintenant dans l'autre système. Quiconque la détient peut agir au nom de cette clé.
admin-api-key-label = Clé d'API
admin-api-new-heading = Créer une clé
admin-api-name = À quoi elle sert
admin-api-name-hint = Le système qui l'utilisera, par ex. Standard téléphonique.
admin-api-read-scope = Toutes les clés lisent les praticiens, types de rendez-vous, créneaux libres et rendez-vous de ce cabinet.
admin-api-write-scope = Modifications : réserver, déplacer et annuler des rendez-vous, changer leur statut
admin-api-patients-scope = Patients : les rechercher et les lire (et, avec les modifications, les ajouter et les mettre à jour)
admin-api-per-minute = Requêtes par minute
admin-api-per-minute-hint = Les requêtes au-delà de ce nombre dans une minute sont refusées (429) jusqu'à la minute suivante.
admin-api-create = Créer la clé
admin-api-origins-heading = Origines de navigateur
admin-api-origins-saved = Origines enregistrées.
admin-api-origins = Applications web autorisées à appeler l'API depuis un navigateur
admin-api-origins-hint = Une par ligne, comme https://crm.example.com. Laissez vide si seuls des serveurs appellent l'API.
admin-api-origins-save = Enregistrer les origines

## Webhooks (src/webhooks/pages.rs).

admin-webhooks-loading = Chargement des webhooks…
admin-webhooks-empty = Aucun webhook pour l'instant. Ajoutez-en un ci-dessous pour envoyer les réservations et les modifications de patients à un autre système au fur et à mesure.
admin-webhooks-title = Webhooks

admin-webhooks-intro = Chaque événement est envoyé en POST JSON signé (en-tête Chairside-Signature: t=…,v1=… — un HMAC-SHA256 de « t.body » avec le secret du point de terminaison), et renvoyé avec des délais croissants pendant environ une journée si le point de terminaison ne répond pas 2xx.
admin-webhooks-nothing-sent = Rien n'a encore été envoyé.
admin-webhooks-send-test = Envoyer un événement de test
admin-webhooks-disable-open = Désactiver…
admin-webhooks-disable-confirm = Désactiver ce webhook ? Plus rien ne lui sera envoyé, y compris les événements en attente.
admin-webhooks-disable = Désactiver
admin-webhooks-disabled = Désactivé
admin-webhooks-events = Événements : { $events }
admin-webhooks-deliveries = Derniers envois
admin-webhooks-added = Ajouté. Son secret de signature n'est affiché que cette fois : conservez-le là où le système destinataire peut le lire.
admin-webhooks-secret = Secret de signature
admin-webhooks-new-heading = Ajouter un webhook
admin-webhooks-url = Adresse
admin-webhooks-url-hint = Une adresse https:// qui accepte les requêtes POST.
admin-webhooks-events-legend = Événements à envoyer
admin-webhooks-description = Description (facultative)
admin-webhooks-create = Ajouter le webhook
admin-webhooks-event-appointment-booked = Rendez-vous réservé
admin-webhooks-event-appointment-moved = Rendez-vous déplacé
admin-webhooks-event-appointment-cancelled = Rendez-vous annulé
admin-webhooks-event-appointment-status-changed = Statut du rendez-vous modifié
admin-webhooks-event-patient-created = Patient créé
admin-webhooks-event-patient-updated = Patient mis à jour

## The calendar feed (src/feeds/pages.rs).

admin-feeds-title = Flux d'agenda
admin-feeds-my-day = Ma journée
admin-feeds-heading = Vos rendez-vous dans votre propre agenda
admin-feeds-lead = Activez un flux et abonnez-vous à son adresse dans Google Agenda, Calendrier d'Apple ou Outlook : vos rendez-vous de 30 jours en arrière à 180 jours en avant y apparaissent et suivent chaque modification (les applications d'agenda vérifient toutes les quelques heures). Les patients n'apparaissent que par leurs initiales, sauf si le cabinet en décide autrement.
admin-feeds-loading = Chargement…
admin-feeds-no-provider = Votre compte n'est pas lié à un praticien : il n'y a donc pas de planning à mettre dans un agenda. Un administrateur lie les comptes aux praticiens dans les pages de configuration du cabinet.
admin-feeds-on-now = Le flux est activé. Copiez maintenant cette adresse dans votre application d'agenda (« S'abonner à un agenda », « À partir d'une URL ») : elle n'est affichée que cette fois.
admin-feeds-address = Adresse du flux
admin-feeds-off = Désactivé
admin-feeds-on-unfetched = Activé depuis le { $since } ; aucun agenda ne l'a encore récupéré
admin-feeds-on-fetched = Activé depuis le { $since } ; dernière récupération le { $last }
admin-feeds-new-address = Nouvelle adresse…
admin-feeds-turn-on = Activer
admin-feeds-turn-off-open = Désactiver…
admin-feeds-turn-off-confirm = Désactiver le flux ? Les agendas abonnés ne recevront plus vos rendez-vous.
admin-feeds-turn-off = Désactiver
admin-feeds-replace-note = Une nouvelle adresse remplace l'ancienne, qui cesse de fonctionner.
admin-feeds-caption = Vos flux d'agenda
admin-feeds-col-provider = Praticien
admin-feeds-col-feed = Flux
admin-feeds-col-actions = Actions

## Recall (src/recall/pages.rs).

admin-recall-title = Relances
admin-recall-loading = Recherche des patients à revoir…
admin-recall-clinic = Cabinet
admin-recall-recorded = Enregistré.
admin-recall-empty = Aucun patient à revoir sur cette période.
admin-recall-caption = Patients à revoir
admin-recall-col-patient = Patient
admin-recall-col-phone = Téléphone
admin-recall-col-due-for = Motif
admin-recall-col-due = Échéance
admin-recall-col-last-visit = Dernière visite
admin-recall-col-booked = Rendez-vous pris
admin-recall-col-last-contact = Dernier contact
admin-recall-col-record = Noter un contact
admin-recall-previous = ‹ Précédente
admin-recall-next = Suivante ›
admin-recall-lead = { $clinic } : patients à revoir pour une visite. Ceux qui ont déjà un rendez-vous de ce type ne sont pas affichés, sauf si vous les demandez.
admin-recall-window = Échéance
admin-recall-kind = Motif
admin-recall-every-kind = Tous les motifs
admin-recall-sort = Trier par
admin-recall-with-booked = {" "}Inclure ceux qui ont déjà un rendez-vous
admin-recall-show = Afficher
admin-recall-pages = Pages
admin-recall-page = Page { $page }
admin-recall-no-phone = Pas de téléphone
admin-recall-due-overdue = { $due } (en retard)
admin-recall-set-by-hand = Fixée manuellement : { $reason }
admin-recall-no-last-visit = Aucune enregistrée
admin-recall-not-booked = Non
admin-recall-not-contacted = Pas encore contacté
admin-recall-outcome-label = Comment vous avez essayé de joindre { $patient }
admin-recall-contact = Contact…
admin-recall-note-label = Note sur le contact avec { $patient }
admin-recall-note-placeholder = Note (facultative)
admin-recall-record = Noter
admin-recall-patient-empty = Aucune échéance de relance pour l'instant.
admin-recall-patient-due = { $kind } : échéance le { $due }
admin-recall-patient-overdue = {" "}(en retard)
admin-recall-patient-last-visit = , dernière visite le { $last }
admin-recall-patient-reason = . Fixée manuellement : { $reason }
admin-recall-saved = Enregistré.
admin-recall-set-due = Fixer ou reporter une échéance
admin-recall-due-for = Motif
admin-recall-due-for-hint = Par ex. Hygiène ; une échéance existante de ce type est remplacée.
admin-recall-due-on = Échéance
admin-recall-why = Pourquoi
admin-recall-why-hint = Par exemple : le patient a demandé d'attendre la fin de l'été.
admin-recall-set-button = Fixer l'échéance
admin-recall-window-overdue = En retard
admin-recall-window-within = À revoir dans les { $days } jours, et en retard
admin-recall-sort-due = Échéance
admin-recall-sort-last-visit = Dernière visite
admin-recall-sort-name = Nom
admin-recall-sort-last-contact = Dernier contact
admin-recall-outcome-called = Appelé
admin-recall-outcome-left-message = Message laissé
admin-recall-outcome-emailed = E-mail envoyé
admin-recall-outcome-declined = Refusé

## The ASAP list (src/asap/pages.rs).

admin-asap-title = Liste d'attente
admin-asap-loading = Chargement de la liste…
admin-asap-clinic = Cabinet
admin-asap-offered = Proposé : l'e-mail est en route.
admin-asap-freed-empty = Aucun créneau ne s'est libéré récemment. Quand un rendez-vous à venir est annulé ou déplacé, son créneau apparaît ici et est proposé aux patients à qui il convient.
admin-asap-freed = Créneaux libérés
admin-asap-col-time = Créneau
admin-asap-col-provider = Praticien
admin-asap-col-offers-sent = Propositions envoyées
admin-asap-col-state = État
admin-asap-col-offer = Proposer à un patient
admin-asap-waiting-empty = Personne n'attend. Ajoutez un patient depuis sa page (« Liste d'attente »), ou les patients s'inscrivent eux-mêmes en réservant en ligne.
admin-asap-waiting-caption = Patients en attente
admin-asap-col-patient = Patient
admin-asap-col-phone = Téléphone
admin-asap-col-for = Pour
admin-asap-col-when = Quand
admin-asap-col-booked = Rendez-vous actuel
admin-asap-col-since = En attente depuis
admin-asap-col-until = Jusqu'au
admin-asap-col-offers = Propositions
admin-asap-col-actions = Actions
admin-asap-lead = { $clinic } : patients qui prendraient un créneau plus tôt. Les créneaux libérés sont proposés par e-mail à ceux à qui ils conviennent, quelques-uns à la fois, en commençant par ceux qui attendent depuis le plus longtemps ; le premier qui accepte obtient le rendez-vous.
admin-asap-waiting = En attente ({ $count })
admin-asap-offer-label = Patient à qui proposer { $when }
admin-asap-offer = Proposer
admin-asap-no-phone = Pas de téléphone
admin-asap-not-booked = Non
admin-asap-remove-open = Retirer…
admin-asap-remove-confirm = Retirer { $patient } de la liste d'attente pour { $type_name } ?
admin-asap-remove = Retirer
admin-asap-patient-none = Pas sur la liste d'attente.
admin-asap-patient-request = { $offers ->
    [one] { $type_name } avec { $provider } : { $when }, jusqu'au { $until } ({ $offers } proposition pour l'instant)
   *[other] { $type_name } avec { $provider } : { $when }, jusqu'au { $until } ({ $offers } propositions pour l'instant)
    }
admin-asap-choose = Choisir…
admin-asap-any-provider = N'importe quel praticien
admin-asap-added = Ajouté à la liste d'attente.
admin-asap-add = Ajouter à la liste d'attente
admin-asap-waiting-for = En attente de
admin-asap-with = Avec
admin-asap-days = Ces jours-là (aucun coché : n'importe quel jour)
admin-asap-earliest = Début au plus tôt à
admin-asap-latest = Début au plus tard à
admin-asap-until = Sur la liste jusqu'au
admin-asap-note = Note
admin-asap-note-hint = Par exemple : peut venir avec une heure de préavis.

## Tables: their captions (for screen readers) and column headings.

table-patients-found = Patients trouvés
table-medical-history = Antécédents médicaux
table-changes-to-the-medical-history = Modifications des antécédents médicaux
table-the-patient-s-appointments = Les rendez-vous du patient
table-your-signed-in-sessions = Vos sessions ouvertes
table-audit-entries-newest-first = Entrées du journal, les plus récentes d'abord
table-access-history-newest-first = Historique des accès, les plus récents d'abord
table-staff-of-your-clinics = Personnel de vos cabinets
table-email-templates = Modèles d'e-mail
table-emails = E-mails
table-time-off-ahead = Absences à venir
table-providers = Praticiens
table-chairs = Fauteuils
table-appointment-types = Types de rendez-vous
table-working-hours-on-record = Horaires enregistrés
table-intervals-of-the-new-rota = Plages du nouveau planning
table-cancellation-reasons = Motifs d'annulation
column-applies-to = S'applique à
column-from = Du
column-until = Au
column-reason = Motif
column-day = Jour
column-hours = Horaires
column-chair = Fauteuil
column-valid = Validité
column-starts = Début
column-ends = Fin
column-device = Appareil
column-ip-address = Adresse IP
column-signed-in = Connexion
column-last-seen = Dernière activité
column-email = E-mail
column-versions = Versions
column-kind = Type
column-what = Quoi
column-severity = Gravité
column-details = Détails
column-status = Statut
column-name = Nom
column-duration = Durée
column-buffers-before-after-min = Marge avant / après (min)
column-fee = Tarif
column-online = En ligne
column-providers = Praticiens
column-recall = Relance
column-role = Rôle
column-clinics = Cabinets
column-order = Ordre
column-number = Numéro
column-born-age = Naissance (âge)
column-phone = Téléphone
column-queued-utc = En file (UTC)
column-to = À
column-subject = Objet
column-last-problem = Dernier problème
column-used-for = Utilisé pour
column-when-utc = Quand (UTC)
column-who = Qui
column-clinic = Cabinet
column-action = Action
column-record = Dossier
column-result = Résultat
column-what-it-recorded = Ce qui a été enregistré
column-when = Quand
column-appointment = Rendez-vous
column-with = Avec
column-change = Modification
column-entry = Entrée
column-staff-account = Compte du personnel

## Field checks and the set-up's own messages.

## Checks of fields and server messages (domain parsers, set-up, staff).
## A check-what-* message is a noun phrase put in another message ({ $what }, { $unit }).

check-whole-number = Saisissez un nombre entier de { $min } à { $max } ({ $unit }).
check-what-minutes = minutes
check-multiple-of-five = Utilisez un multiple de 5 minutes.
check-colour = Choisissez une couleur, écrite comme #1f7a8c.
check-slug = Utilisez des lettres minuscules et des chiffres, avec un seul tiret entre les mots (comme paris-nord).
check-slug-manage = « manage » est réservé aux liens de la réservation en ligne : choisissez-en une autre.
check-phone = Saisissez un numéro de téléphone comme +33 1 23 45 67 89.
check-time-zone-missing = Choisissez le fuseau horaire du cabinet.
check-time-zone-unknown = { $zone } n'est pas un nom de fuseau horaire. Choisissez-en un dans la liste, comme Europe/Paris.
check-weekday = Choisissez un jour de la semaine.
check-time-shape = Saisissez une heure comme 09:30.
check-date-shape = Saisissez une date comme 2026-12-01.
check-last-day-before-first = Le dernier jour ne peut pas précéder le premier.
check-end-before-start = La fin doit être après le début.
check-currency = Choisissez l'une des devises proposées.
check-fee-negative = Un tarif ne peut pas être négatif.
check-fee-shape = Saisissez le tarif sous forme de montant, par exemple 45,00.
check-fee-decimals = Un tarif a au maximum deux décimales.
check-fee-too-much = Un tarif est d'au maximum 100 000,00.
check-password-too-short = Utilisez au moins { $min } caractères ; une courte phrase convient très bien.
check-password-email = N'utilisez pas votre adresse e-mail dans votre mot de passe.
check-password-name = N'utilisez pas votre nom dans votre mot de passe.
check-password-common = Ce mot de passe fait partie des plus courants ; choisissez-en un autre.
check-strength-too-short = Trop court
check-strength-weak = Faible
check-strength-fair = Moyen
check-strength-strong = Fort
check-status-choose = Choisissez un statut dans la liste.
check-no-show-before-start = Un rendez-vous ne peut être marqué « Absent » qu'une fois commencé. Pour libérer le créneau avant, annulez-le en indiquant un motif.
check-status-final = Ce rendez-vous a le statut « { $status } » : il ne peut plus changer.
check-status-cannot-become = Ce rendez-vous a le statut « { $status } » : il ne peut pas passer à « { $next } ».
# A status as the two messages above put it ($status is its code).
check-status-in-sentence = { $status ->
    [held] Retenu
    [scheduled] Planifié
    [confirmed] Confirmé
    [arrived] Arrivé
    [in_chair] Au fauteuil
    [completed] Terminé
    [cancelled] Annulé
   *[no_show] Absent
    }
check-what-hours = heures
check-reminders-at-most-four = Quatre rappels au maximum.
check-what-days = jours
check-what-calling-code = indicatif du pays
check-what-chair-name = un nom pour le fauteuil
check-what-places = position
check-what-cancel-reason = le motif tel que le personnel le choisira
check-provider-kind = Choisissez dentiste ou hygiéniste dentaire.
check-what-provider-name = le nom du praticien
check-staff-member-or-none = Choisissez un membre du personnel ou aucun.
# A rota's interval: "Monday 09:00–12:30".
check-rota-interval = { $weekday } { $starts }–{ $ends }
check-rota-at-most = Un planning compte au maximum { $count } plages.
check-chair-or-none = Choisissez un fauteuil ou aucun.
check-rota-overlap = Ceci chevauche { $interval } ; un praticien ne peut pas être à deux endroits à la fois.
check-time-off-applies-to = Choisissez tout le cabinet, un praticien ou un fauteuil.
check-what-time-off-reason = un motif (affiché dans l'agenda)
check-what-type-name = un nom pour le type de rendez-vous
check-what-months = mois
check-providers-from-list = Choisissez des praticiens dans la liste.
check-providers-at-most = Choisissez au maximum { $count } praticiens.
check-recall-months-missing = Indiquez après combien de mois le patient doit revenir.
check-recall-kind-missing = Indiquez pour quoi le patient doit revenir, par ex. Hygiène.
check-slug-taken = Un autre cabinet utilise déjà cette adresse.
check-time-zone-not-in-database = La base de données ne connaît pas ce fuseau horaire ; choisissez-en un autre.
check-chair-name-taken = Ce cabinet a déjà un fauteuil portant ce nom.
check-provider-name-taken = Ce cabinet a déjà un praticien portant ce nom.
check-staff-member-linked = Ce membre du personnel est déjà lié à un autre praticien.
check-staff-member-of-clinic = Choisissez un membre du personnel de ce cabinet.
check-what-date = une date
check-rota-from-past = Un nouveau planning commence le { $date } ou plus tard ; les semaines passées gardent leurs horaires.
check-rota-chair-taken = Le fauteuil choisi pour { $interval } est alors utilisé par un autre praticien.
check-rota-overlaps-other-hours = { $interval } chevauche d'autres horaires de ce praticien.
check-time-off-clocks-forward = { $moment } n'existe pas dans le fuseau { $zone } : les horloges avancent à ce moment-là. Choisissez une autre heure.
check-time-off-not-in-clinic = Choisissez un praticien ou un fauteuil de ce cabinet.
check-providers-of-clinic = Choisissez des praticiens de ce cabinet.
check-type-name-taken = Ce cabinet a déjà un type de rendez-vous portant ce nom.
check-cancel-reason-taken = Ce cabinet a déjà ce motif.
check-cancel-reason-built-in = « { $label } » est intégré : l'application le choisit, il reste donc dans la liste. Vous pouvez le renommer.
check-staff-own-account = Vous ne pouvez pas désactiver votre propre compte ; demandez à un autre administrateur.
check-staff-own-role = Vous ne pouvez pas changer votre propre rôle ; demandez à un autre administrateur.
check-staff-clinics-of-yours = Choisissez parmi vos cabinets.
check-staff-email-taken = Un compte existe déjà avec cette adresse e-mail.
check-staff-own-clinics = Vous ne pouvez pas changer vos propres cabinets ; demandez à un autre administrateur.
check-what-staff-name = son nom
check-staff-clinics-at-most = Choisissez au maximum { $count } cabinets.
check-staff-clinics-from-list = Choisissez des cabinets dans la liste.
check-staff-clinics-at-least-one = Choisissez au moins un cabinet.

## Scheduling, patients, notes and documents: what the server writes.

## What the server writes for people: field checks, refusals, and the dates of its lists.

server-date-medium-year = { $order ->
    [mdy] { $date } { $year }
   *[other] { $date } { $year }
    }
server-date-comma-time = { $date }, { $time }
server-at-by = { $at } par { $by }

## Booking, moving and cancelling appointments.

server-choose-date-time = Choisissez une date et une heure.
server-booking-skipped-time = { $time } n'existe pas dans le fuseau { $zone } : on avance les horloges à ce moment-là.
server-choose-type-of-clinic = Choisissez un type de rendez-vous de ce cabinet.
server-choose-provider-of-clinic = Choisissez un praticien de ce cabinet.
server-booking-not-performed = { $provider } ne réalise pas « { $kind } ».
server-choose-chair-of-clinic = Choisissez un fauteuil de ce cabinet.
server-booking-time-off = Ce créneau tombe pendant une absence ({ $reason }) de { $provider }, du fauteuil ou du cabinet. Choisissez un autre créneau.
server-booking-just-taken = Ce créneau vient d'être pris : { $when } n'est plus libre. Choisissez un autre créneau.
server-booking-patient-busy = Le patient a déjà un rendez-vous le { $when }.
server-choose-provider = Choisissez un praticien.
server-appointment-changed = Ce rendez-vous a été modifié par quelqu'un d'autre. Consultez-le de nouveau, puis réessayez.
server-reschedule-not-movable = Ce rendez-vous a le statut « { $status } » : seuls les rendez-vous planifiés ou confirmés peuvent être déplacés.
server-choose-reason = Choisissez un motif dans la liste.
server-cancel-say-why = Indiquez pourquoi le rendez-vous est annulé.

## Recurring appointments.

server-choose-patient = Choisissez un patient.
server-choose-type = Choisissez un type.
server-choose-chair = Choisissez un fauteuil.
server-series-choose-first = Choisissez la première date et l'heure.
server-series-every = Répétez toutes les 1 à 52 semaines ou tous les 1 à 52 mois.
server-series-unit = Choisissez semaines ou mois.
server-series-occurrences = Réservez de 2 à { $max } rendez-vous.
server-series-provider-booked = Le praticien est pris à ce moment-là.
server-series-patient-busy = Le patient a un autre rendez-vous à ce moment-là.
server-series-chair-taken = Le fauteuil est pris à ce moment-là.
server-series-time-off = Absence : { $reason }.
server-series-choose-every-time = Choisissez un horaire pour chaque rendez-vous de la série.
server-series-choose-time = Choisissez un horaire pour ce rendez-vous.

## Appointments in a time off.

server-batch-not-a-choice = « { $choice } » n'est pas un choix de cette page.
server-batch-whole-clinic = Tout le cabinet
server-batch-suggestion = { $when } avec { $provider }
server-batch-period = du { $from } au { $until }
server-batch-too-many = Modifiez au plus { $max } rendez-vous à la fois.
server-batch-unavailable = { $whose } indisponible : { $reason }
server-batch-nothing-changed = Rien n'a été modifié. { $message }

## The confirmations list.

server-call-confirmed = Viendra
server-call-left-message = Message laissé
server-call-no-answer = Pas de réponse
server-call-wrong-number = Mauvais numéro
server-call-emailed = Rappel envoyé par e-mail
server-call-choose-outcome = Choisissez ce qui s'est passé.
server-status-over = Passé
server-call-nothing-to-remind = Ce rendez-vous a le statut « { $status } » : il n'y a rien à rappeler au patient.
server-call-not-emailable = Ce patient n'a pas d'adresse e-mail ou n'a pas accepté les rappels par e-mail.
server-call-already-emailed = Un rappel pour ce créneau a déjà été envoyé depuis cette liste.

## Free times.

server-choose-type-from-list = Choisissez un type de rendez-vous dans la liste.
server-what-first-day = le premier jour
server-slots-days = Demandez de 1 à { $max } jours.

## Patients' records.

server-record-merged-into = Ce dossier a été fusionné avec { $number } : réservez sur celui-ci.
server-record-archived = Ce dossier est archivé : restaurez-le d'abord pour réserver pour ce patient.
server-medical-entry-unknown = Entrée
server-medical-entry = { $kind } : { $label }
server-medical-entry-severity = { $entry } ({ $severity })
server-medical-entry-details = { $entry } — { $details }
server-duplicate = { $name } ({ $number }, né(e) le { $born })
server-duplicates-found = Ce patient est peut-être déjà connu du cabinet : { $names }. Vérifiez avant de créer un second dossier ; s'il s'agit d'une autre personne, cochez la case et enregistrez de nouveau.
server-record-someone-else = Quelqu'un d'autre
server-record-changed = { $by } a modifié ce dossier après que vous l'avez ouvert. Vos modifications sont ci-dessous ; rouvrez le dossier pour voir les siennes, puis refaites les vôtres.
server-medical-choose-kind = Choisissez alerte, allergie, pathologie ou médicament.
server-choose-from-list = Choisissez dans la liste.
server-patient-reminders-need-email = Les rappels par e-mail nécessitent une adresse e-mail.
server-what-medical-label = ce dont il s'agit (par exemple Pénicilline)
server-medical-choose-severity = Choisissez la sévérité de l'allergie.
server-medical-severity-only-allergies = Seules les allergies ont une sévérité.

## Merging two records.

server-merge-choose-fields = Choisissez, pour chaque champ de la liste, le dossier dont la valeur est conservée.
server-merge-overlap-pair = { $first } ({ $first_number }) et { $second } ({ $second_number })
server-merge-more = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
    }
server-merge-overlaps = Ces dossiers ont des rendez-vous qui se chevauchent : { $pairs }. Une même personne ne peut pas être aux deux : annulez ou déplacez un rendez-vous de chaque paire, puis fusionnez.
server-merge-enter-number = Saisissez un numéro de patient comme P-000123.
server-merge-no-such-patient = Ce cabinet n'a aucun patient avec ce numéro.
server-merge-same-record = C'est ce même dossier.
server-merge-confirm = Cochez la case pour confirmer : une fusion est irréversible.
server-merge-into-itself = Un dossier ne peut pas être fusionné avec lui-même.
server-merge-already = L'un de ces dossiers a déjà été fusionné.
server-merge-just-booked = Un rendez-vous vient d'être réservé pour l'un de ces dossiers en même temps qu'un rendez-vous de l'autre. Consultez de nouveau les deux dossiers, puis fusionnez.

## Clinical notes and their templates.

server-note-signed-final = Cette note est signée : elle ne peut plus changer. Ajoutez plutôt un addendum ci-dessous.
server-note-too-long = La note doit faire moins de { $max } caractères.
server-note-saved-by-someone = Quelqu'un d'autre a enregistré cette note après que vous l'avez ouverte ; votre texte est ci-dessous. Ouvrez la note dans un autre onglet pour voir le sien, puis enregistrez le vôtre.
server-note-only-provider-signs = Seul(e) { $provider } signe cette note : c'est son rendez-vous.
server-note-write-first = Rédigez la note avant de la signer.
server-note-changed = La note a changé depuis que vous l'avez ouverte. Relisez-la avant de signer.
server-note-addendum = Rédigez l'addendum (jusqu'à { $max } caractères).
server-note-addendum-unsigned = Les addenda suivent une note signée : celle-ci n'est pas encore signée, modifiez-la plutôt.
server-template-name = Nommez le modèle (jusqu'à 80 caractères).
server-template-body = Rédigez les rubriques (jusqu'à 4 000 caractères).
server-template-name-taken = Le cabinet a déjà un modèle portant ce nom.
server-template-active-name = Un modèle actif porte ce nom : renommez d'abord l'un des deux.
server-what-days = jours

## Patients' documents.

server-document-archive-first = Archivez d'abord le document : seul un document archivé peut être supprimé définitivement.
server-document-purge-reason = Indiquez pourquoi il est supprimé, en 10 à 500 caractères (c'est conservé dans le journal d'audit).
server-document-study = examen du { $date }
server-document-modality = modalité { $modality }
server-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
    }
server-size-kb = { $size } Ko
server-size-mb = { $size } Mo
server-document-send-form = Envoyez le document sous forme de formulaire avec un fichier.
server-document-too-large = Le fichier dépasse { $max } Mo.
server-document-choose-file = Choisissez un fichier à envoyer.
server-document-not-accepted = Ce fichier n'est ni une image JPEG ou PNG, ni un PDF, ni un fichier DICOM (d'après son contenu, pas son nom).
server-document-incomplete = Le formulaire était incomplet : choisissez une catégorie et un fichier (et une date au format AAAA-MM-JJ).

## Lists, emails, integrations, the audit log and reports: what the server writes.

## The server's own words: the ASAP list, recall, emails, integrations, the account, the
## audit log, reports and notifications (messages of fields and errors, dates in lists).

## Dates and times in lists: "3 déc. 2026", "3 déc. 2026 10:02", "jeu. 3 déc. 2026 10:02".

desk-weekday-date-time = { $order ->
    [mdy] { $weekday } { $date } { $time }
   *[other] { $weekday } { $date } { $time }
    }
desk-utc = { $moment } UTC

## The ASAP list.

desk-asap-any-day = N'importe quel jour
desk-asap-choose-type = Choisissez ce que le patient attend.
desk-asap-choose-provider = Choisissez un praticien dans la liste.
desk-what-earliest-start = l'heure de début au plus tôt
desk-what-latest-start = l'heure de début au plus tard
desk-asap-latest-after-earliest = L'heure de début au plus tard doit être après celle au plus tôt.
desk-what-last-day-on-list = le dernier jour sur la liste
desk-asap-until-past = Le dernier jour ne peut pas être dans le passé.
desk-asap-until-too-far = { $days ->
    [one] Gardez un patient sur la liste { $days } jour au plus d'affilée.
   *[other] Gardez un patient sur la liste { $days } jours au plus d'affilée.
    }
desk-asap-any-time = à toute heure
desk-asap-from = à partir de { $time }
desk-asap-until = jusqu'à { $time }
desk-asap-between = { $from }–{ $to }
desk-asap-days-window = { $days } · { $window }
desk-asap-closed-nobody-fits = il ne convient à personne en attente
desk-asap-closed-offered-all = proposé à autant de patients que permis
desk-asap-closed-passed = le créneau est passé
desk-asap-closed-claimed = pris
desk-asap-added-online = En ligne
desk-asap-taken-by = Pris par { $patient }
desk-asap-passed = Passé
desk-asap-no-more-batches = Plus de propositions : { $reason }
desk-asap-offering = Proposé
desk-asap-type-from-list = Choisissez un type de rendez-vous dans la liste.
desk-asap-provider-does-not-do-type = Ce praticien ne fait pas ce type de rendez-vous : choisissez-en un autre, ou n'importe quel praticien.
desk-asap-time-gone = Ce créneau a été pris, ou il est passé.
desk-asap-time-does-not-suit = Ce créneau ne convient pas à cette demande (son type, son praticien, ses jours ou ses heures), le patient a un rendez-vous plus tôt ou pas d'adresse e-mail, ou il lui a déjà été proposé.
desk-asap-time-no-longer-free = Ce créneau n'est plus libre pour ce type de rendez-vous.

## Recall.

desk-recall-choose-outcome = Choisissez comment vous avez essayé de joindre le patient.
desk-recall-choose-window = Choisissez une période dans la liste.
desk-recall-choose-order = Choisissez un ordre dans la liste.
desk-recall-choose-page = Choisissez une page dans la liste.
desk-recall-contacted-by-email = E-mail de relance
desk-what-recall-kind = le motif de la visite à prévoir
desk-what-due-date = la date d'échéance
desk-what-recall-reason = la raison pour laquelle la date est fixée à la main

## Email templates' placeholders: what each holds.

desk-placeholder-patient-first-name = Le prénom du patient (ou son prénom d'usage)
desk-placeholder-patient-name = Le nom complet du patient
desk-placeholder-appointment-date = Le jour, dans le fuseau horaire du cabinet : mardi 1 décembre 2026
desk-placeholder-appointment-time = L'heure de début, dans le fuseau horaire du cabinet : 10:30
desk-placeholder-time-zone = Le fuseau horaire du cabinet : Europe/Paris
desk-placeholder-appointment-type = L'objet du rendez-vous : Contrôle
desk-placeholder-provider = Le praticien que le patient verra : Dr Sam Martin
desk-placeholder-clinic-name = Le nom du cabinet
desk-placeholder-clinic-address = L'adresse du cabinet
desk-placeholder-clinic-phone = Le numéro de téléphone du cabinet
desk-placeholder-manage-link = Le lien personnel du patient pour voir, déplacer ou annuler le rendez-vous en ligne
desk-placeholder-confirm-link = Le lien du patient pour dire qu'il viendra (il demande une dernière fois, puis confirme)
desk-placeholder-move-link = Le lien du patient pour choisir un autre créneau
desk-placeholder-cancel-link = Le lien du patient pour annuler (il demande une dernière fois)
desk-placeholder-recall-kind = Pour quoi le patient doit revenir : Détartrage
desk-placeholder-due-date = Quand la visite est à prévoir : mardi 12 janvier 2027
desk-placeholder-booking-link = Le lien personnel du patient vers la prise de rendez-vous en ligne, le type de rendez-vous déjà choisi : il ne choisit que l'heure
desk-placeholder-offer-date = Le jour du créneau libéré, dans le fuseau horaire du cabinet : mardi 1 décembre 2026
desk-placeholder-offer-time = Son heure de début, dans le fuseau horaire du cabinet : 10:30
desk-placeholder-offer-type = L'objet du créneau : Détartrage
desk-placeholder-offer-provider = Le praticien que le patient verrait : Dr Sam Martin
desk-placeholder-offer-link = Le lien personnel du patient pour prendre le créneau (le premier à le prendre l'obtient)
desk-placeholder-offer-expires = Jusqu'à quand l'offre est valable : mardi 1 décembre à 09:30
desk-placeholder-staff-name = Le nom du nouveau membre de l'équipe
desk-placeholder-invitation-link = Le lien à usage unique pour choisir un mot de passe
desk-placeholder-invitation-expires = Quand le lien cesse de fonctionner : jeudi 3 décembre 2026
desk-placeholder-inviting-clinic-name = Le nom du cabinet qui invite

## Emails: templates and the outbox.

desk-email-choose-kind = Choisissez un type d'e-mail dans la liste.
desk-template-part-empty = Cette partie ne peut pas être vide.
desk-template-part-too-long = Au maximum { $max } caractères.
desk-outbox-choose-status = Choisissez un statut dans la liste.
desk-what-a-date = une date
desk-outbox-only-failed-retried = Seul un e-mail en échec peut être renvoyé : celui-ci a changé entre-temps. Consultez-le à nouveau.
desk-outbox-only-queued-cancelled = Seul un e-mail en attente peut être annulé : celui-ci a changé entre-temps. Consultez-le à nouveau.

## API keys, webhooks and calendar feeds.

desk-api-key-name = Nommez la clé (jusqu'à { $max } caractères).
desk-api-key-per-minute = Saisissez un nombre entier de { $min } à { $max }.
desk-api-origin-invalid = « { $origin } » n'est pas une origine comme https://crm.example.com.
desk-api-origins-too-many = Autorisez au maximum { $max } origines.
desk-api-key-when-by = { $when } par { $who }
desk-api-key-name-taken = Une clé active porte déjà ce nom : choisissez-en un autre, ou révoquez cette clé.
desk-api-key-revoked-already = Cette clé est déjà révoquée.
desk-webhook-no-answer = pas de réponse
desk-webhook-delivery = { $day } { $time } · { $event } · { $outcome }
desk-webhook-url-full-address = Saisissez une adresse complète, comme https://example.com/hooks.
desk-webhook-url-https = Utilisez une adresse https://.
desk-webhook-url-unresolved = { $host } est introuvable. Vérifiez l’adresse.
desk-webhook-url-private = { $host } est une adresse privée ou locale ; les webhooks ne vont qu’à des adresses publiques.
desk-webhook-disabled = Ce point de terminaison est désactivé.
desk-feed-choose-detail = Choisissez comment les agendas abonnés affichent les patients.

## The account: sessions, passwords, invitations.

desk-auth-not-your-session = Ce n'est pas l'une de vos sessions.
desk-auth-new-passwords-differ = Les deux nouveaux mots de passe sont différents.
desk-auth-not-current-password = Ce n'est pas votre mot de passe actuel.
desk-auth-password-unchanged = Choisissez un mot de passe différent de l'actuel.
desk-auth-invitation-gone = Ce lien d'invitation ne fonctionne plus : il a déjà été utilisé, ou il a expiré. Demandez-en un nouveau à un administrateur.
desk-auth-passwords-differ = Les deux mots de passe sont différents.

## The audit log.

desk-audit-chain-broken = La chaîne est rompue à la position { $position } : cette entrée ou son sceau a été modifié, ou une entrée a été supprimée ou insérée à cet endroit. Toutes les positions précédentes sont vérifiées.
desk-audit-entry-unaccounted = L'entrée { $entry } n'est ni scellée ni en attente de scellement : sa place dans la file de scellement a été supprimée.
desk-audit-entry-changed = L'entrée { $entry }, pas encore scellée, ne correspond plus à son MAC : elle a été modifiée.
desk-audit-entry-deleted = L'entrée { $entry } attendait d'être scellée et n'existe plus : elle a été supprimée.
desk-audit-action-shape = Une action s'écrit comme patient.viewed, ou patient. pour toutes celles-ci.
desk-audit-last-before-first = Le dernier jour est avant le premier.

## Reports.

desk-what-first-day = le premier jour
desk-what-last-day = le dernier jour
desk-report-last-before-first = Le dernier jour vient avant le premier.
desk-report-choose-period = Choisissez une période dans la liste.
desk-report-too-long = { $days ->
    [one] Choisissez au maximum { $days } jour.
   *[other] Choisissez au maximum { $days } jours.
    }
desk-report-choose-table = Choisissez l'un des tableaux du rapport.

## Notifications.

desk-notifications-choose = Choisissez parmi les types proposés.
desk-webhook-events-from-list = Choisissez des événements dans la liste.
desk-webhook-events-one = Choisissez au moins un événement.
desk-staff-choose-role = Choisissez administrateur, dentiste, hygiéniste ou réceptionniste.
desk-audit-export-days = Choisissez le premier et le dernier jour à exporter.
desk-audit-export-most-days = Exportez au plus { $days } jours à la fois.
desk-template-line = Ligne { $line } : { $reason }
desk-template-undefined = un champ que cet e-mail n’a pas
desk-template-syntax = erreur de syntaxe
desk-notification-online-booked = Un patient a réservé en ligne : { $type_name }, { $when }.
desk-notification-online-moved = Un patient a déplacé son rendez-vous en ligne, désormais : { $type_name }, { $when }.
desk-notification-online-cancelled = Un patient a annulé en ligne : { $type_name }, { $when }.
desk-notification-online-confirmed = Un patient a confirmé : { $type_name }, { $when }.
desk-notification-asap-claimed = Un patient de la liste d’attente a pris un créneau libéré : { $type_name }, { $when }.
desk-notification-appointment-changed = Un rendez-vous a changé : { $type_name }, { $when }.
desk-notification-email-failed = Un e-mail ({ $kind }) à { $address } n’a pas pu être envoyé.
desk-notification-medical-alert = Une alerte médicale a été ajoutée pour votre patient de { $when }.
