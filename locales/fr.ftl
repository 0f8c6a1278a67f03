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
field-language = Choisissez l'une des langues proposées.

## Commun aux pages du personnel.

common-loading = Chargement…

## Le compte.

account-language-title = Langue
account-language-legend = La langue dans laquelle vous lisez Chairside
account-language-browser = La langue de mon navigateur
account-language-save = Enregistrer
account-language-saved = Enregistré : Chairside s'affiche désormais dans la langue choisie.
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
