# Die Meldungen von Chairside auf Deutsch: die deutsche Übersetzung von en.ftl.
#
# Die Schlüssel sind danach gruppiert, wo sie erscheinen: `format-` (Datum, Uhrzeit, Zahlen: jede
# Sprache hat sie alle), `book-` (die Buchungsseiten für Patienten), `email-` (die E-Mails), dann
# die Seiten für das Praxisteam. Eine Sprache nur für Patienten (siehe src/i18n/language.rs)
# braucht die ersten drei Gruppen.
# Argumente werden { $name } geschrieben; ein Selektor wählt nach einem Wert ({ $order -> ... }).

## Datum, Uhrzeit und Zahlen. $order ist die Reihenfolge von Tag, Monat und Jahr in der Region
## der Praxis: dmy, mdy oder ymd.

format-weekday-1 = Montag
format-weekday-2 = Dienstag
format-weekday-3 = Mittwoch
format-weekday-4 = Donnerstag
format-weekday-5 = Freitag
format-weekday-6 = Samstag
format-weekday-7 = Sonntag
format-weekday-short-1 = Mo.
format-weekday-short-2 = Di.
format-weekday-short-3 = Mi.
format-weekday-short-4 = Do.
format-weekday-short-5 = Fr.
format-weekday-short-6 = Sa.
format-weekday-short-7 = So.
format-month-1 = Januar
format-month-2 = Februar
format-month-3 = März
format-month-4 = April
format-month-5 = Mai
format-month-6 = Juni
format-month-7 = Juli
format-month-8 = August
format-month-9 = September
format-month-10 = Oktober
format-month-11 = November
format-month-12 = Dezember
format-month-short-1 = Jan.
format-month-short-2 = Feb.
format-month-short-3 = März
format-month-short-4 = Apr.
format-month-short-5 = Mai
format-month-short-6 = Juni
format-month-short-7 = Juli
format-month-short-8 = Aug.
format-month-short-9 = Sept.
format-month-short-10 = Okt.
format-month-short-11 = Nov.
format-month-short-12 = Dez.
format-date-long = { $order ->
    [mdy] { $weekday }, { $day }. { $month } { $year }
   *[other] { $weekday }, { $day }. { $month } { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short }, { $day }. { $month_short }
   *[other] { $weekday_short }, { $day }. { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday }, { $day }. { $month }
   *[other] { $weekday }, { $day }. { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $day }. { $month_short }
   *[other] { $day }. { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] { $month2 }/{ $day2 }/{ $year }
    [ymd] { $year }-{ $month2 }-{ $day2 }
   *[other] { $day2 }.{ $month2 }.{ $year }
    }
format-month-year = { $month } { $year }
format-date-time = { $date } um { $time }
format-time-24 = { $hour }:{ $minute }
format-time-12 = { $hour }:{ $minute } { $period ->
    [am] AM
   *[pm] PM
    }
format-number-decimal = ,
format-number-group = .
format-money = { $amount }{"\u00A0"}{ $symbol }

## Die Buchungsseiten für Patienten (/book, /book/manage, /book/offer).

book-language = Sprache
book-title = Termin buchen
book-loading = Wird geladen…
book-not-found = Seite nicht gefunden
book-not-found-text = Diese Seite wurde nicht gefunden. Vielleicht ist der Link falsch eingegeben oder nicht mehr gültig.
book-start = Buchung beginnen
book-no-clinics = Zurzeit nimmt keine Praxis Online-Buchungen an. Bitte rufen Sie Ihre Praxis an.
book-choose-clinic = Wählen Sie Ihre Praxis.
book-at = Termin buchen bei { $clinic }
book-step = Schritt { $step } von { $steps }
book-invite-for = Buchung für { $first_name }: Wählen Sie eine Uhrzeit und bestätigen Sie sie. Ihre Angaben müssen Sie nicht eingeben.
book-invite-spent = Der Link in Ihrer E-Mail ist abgelaufen oder wurde bereits für eine Buchung verwendet. Sie können trotzdem buchen: Nach der Wahl einer Uhrzeit werden Sie nach Ihren Angaben gefragt.
book-what-for = Wofür möchten Sie einen Termin?
book-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
    }
book-who = { $appointment_type }: Bei wem möchten Sie den Termin?
book-first-available = Nächster freier Termin
book-first-available-detail = Bei wem es am schnellsten geht
book-kind-dentist = Zahnarzt/Zahnärztin
book-kind-hygienist = Dentalhygieniker/in
book-change-type = ‹ Terminart ändern
book-change = Ändern
book-choose-a-day = Wählen Sie einen Tag.
book-choose-day = Tag wählen
book-zone-note = Alle Uhrzeiten gelten in der Zeitzone der Praxis ({ $zone }).
book-device-zone-note = Ihr Gerät ist auf { $zone } eingestellt. Die Uhrzeiten hier sind Ortszeiten der Praxis.
book-day-free = { $count ->
    [0] ausgebucht
    [one] { $count } Termin
   *[other] { $count } Termine
    }
book-earlier = ‹ Früher
book-later = Später ›
book-free-times-on = Freie Termine am { $day }
book-no-free-time = An diesem Tag ist kein Termin frei. Wählen Sie oben einen anderen Tag oder sehen Sie später nach.
book-held-until = Wir halten diesen Termin bis { $time } (Zeitzone { $zone }) für Sie frei.
book-summary-appointment = Termin
book-summary-with = Bei
book-summary-when = Wann
book-summary-where = Wo
book-summary-status = Status
book-details = Ihre Angaben
book-details-known = Die Praxis hat Ihre Angaben bereits.
book-review = Prüfen und bestätigen
book-review-it = Prüfen und bestätigen
book-trap = Dieses Feld bitte leer lassen
book-first-name = Vorname
book-last-name = Nachname
book-date-of-birth = Geburtsdatum
book-email = E-Mail
book-email-hint = Hierhin senden wir Ihre Bestätigung mit einem Link zum Ändern oder Absagen.
book-phone = Telefon
book-reason-optional = Grund des Besuchs (optional)
book-reason = Grund
book-name = Name
book-been-before = Waren Sie schon einmal in dieser Praxis?
book-new-patient = Nein, ich bin neu
book-returning-patient = Ja, ich war schon einmal da
book-reminders = Erinnerungen vor dem Termin per E-Mail erhalten
book-earlier-time = Benachrichtigen Sie mich, wenn ein früherer Termin frei wird
book-earlier-time-hint = Wir schreiben Ihnen eine E-Mail, wenn vor Ihrem Termin etwas frei wird. Wer zuerst zugreift, bekommt den Termin, und Ihr Termin wird dorthin verlegt.
book-continue = Weiter
book-for-known-patient = Buchung für { $first_name }. Die Bestätigung geht an die E-Mail-Adresse, die die Praxis von Ihnen hat.
book-change-details = Meine Angaben ändern
book-confirm = Buchung bestätigen
book-booked = Gebucht
book-not-confirmed = Diese Buchung ist noch nicht bestätigt.
book-booked-heading = Ihr Termin ist gebucht
book-confirmed = Ihr Termin ist bestätigt.
book-details-sent = Wir haben Ihnen die Einzelheiten per E-Mail geschickt, mit einem Link zum Verschieben oder Absagen des Termins.
book-questions = Fragen? Rufen Sie die Praxis unter { $phone } an.
book-manage-title = Ihr Termin
book-manage-cancelled = Ihr Termin ist abgesagt. Wir haben Ihnen eine E-Mail geschickt.
book-manage-moved = Ihr Termin wurde verschoben. Wir haben Ihnen eine E-Mail geschickt.
book-manage-confirmed = Vielen Dank: Die Praxis weiß jetzt, dass Sie kommen.
book-status-cancelled = Abgesagt
book-status-completed = Abgeschlossen
book-status-missed = Nicht erschienen
book-status-confirmed = Bestätigt
book-status-booked = Gebucht
book-will-you-come = Kommen Sie?
book-will-you-come-text = Geben Sie der Praxis Bescheid, dass Sie kommen.
book-i-will-come = Ja, ich komme
book-call-to-change = Wenn Sie den Termin jetzt ändern möchten, rufen Sie bitte { $clinic } unter { $phone } an.
book-another = Weiteren Termin buchen
book-move-or-cancel-instead = Stattdessen verschieben oder absagen
book-cancel-question = Diesen Termin absagen?
book-cancel-question-text = Der Termin wird dann an jemand anderen vergeben.
book-cancel-yes = Ja, absagen
book-cancel-no = Nein, behalten
book-move = Auf eine andere Zeit verschieben
book-move-hint = Ihr bisheriger Termin bleibt bestehen, bis der neue sicher ist.
book-keep-time = Meinen bisherigen Termin behalten
book-change-until = Sie können den Termin bis { $until } online verschieben oder absagen.
book-cancel = Termin absagen
book-offer-title = Ein früherer Termin
book-offer-open = Ein Termin ist frei geworden
book-offer-moves = Ihr Termin am { $when } wird auf diese Zeit verlegt: Sie behalten nur einen Termin.
book-offer-until = Dieser Termin wird mehreren Patienten angeboten: Wer zuerst zugreift, bekommt ihn. Das Angebot gilt bis { $until }.
book-offer-take = Diesen Termin nehmen
book-offer-not-for-you = Passt nicht? Dann müssen Sie nichts tun: Sie bleiben auf der Liste.
book-offer-yours = Der Termin gehört Ihnen. Wir haben Ihnen die Einzelheiten per E-Mail geschickt, mit einem Link zum Verschieben oder Absagen des Termins.
book-offer-took = Sie haben diesen Termin angenommen. Die E-Mail, die wir Ihnen geschickt haben, enthält einen Link zum Verschieben oder Absagen des Termins.
book-offer-taken = Dieser Termin ist bereits vergeben
book-offer-taken-text = Leider war ein anderer Patient schneller. Sie stehen weiterhin auf der Liste: Wir schreiben Ihnen, sobald wieder ein Termin frei wird.
book-offer-closed = Dieses Angebot ist abgelaufen
book-offer-closed-text = Dieses Angebot gilt nicht mehr. Wenn Sie noch auf der Liste stehen, schreiben wir Ihnen, sobald wieder ein Termin frei wird.
book-offer-choose-another = Online einen anderen Termin wählen
book-offer-questions = Fragen? Rufen Sie { $clinic } unter { $phone } an.
book-time-taken = Leider wurde der Termin am { $when } gerade von jemand anderem gebucht. Hier sind die Termine, die noch frei sind.
book-too-late = Dieser Termin kann online nicht mehr geändert werden (dafür ist eine Frist von { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
    } nötig). Bitte rufen Sie { $clinic } unter { $phone } an.
book-too-late-to-confirm = Dieser Termin kann nicht mehr online bestätigt werden. Bitte rufen Sie { $clinic } unter { $phone } an.
book-refused-as-automated = Wir konnten diese Buchung online nicht annehmen. Bitte warten Sie einen Moment und versuchen Sie es erneut, oder rufen Sie die Praxis an.
book-hold-expired = Die für Sie reservierte Zeit ist abgelaufen, oder dieser Link ist nicht korrekt. Wählen Sie unter { $address } erneut eine Uhrzeit.
book-cannot-book-with-details = Mit diesen Angaben kann dieser Termin nicht online gebucht werden. Wählen Sie eine andere Zeit oder rufen Sie die Praxis an.
book-already-booked-then = Sie haben zu dieser Zeit bereits einen Termin. Wählen Sie eine andere Zeit oder rufen Sie die Praxis an.
book-offer-taken-error = Leider wurde dieser Termin gerade von einem anderen Patienten angenommen. Sie stehen weiterhin auf der Liste: Wir schreiben Ihnen, sobald wieder ein Termin frei wird.
book-offer-closed-error = Dieses Angebot ist abgelaufen. Wenn Sie noch auf der Liste stehen, schreiben wir Ihnen, sobald wieder ein Termin frei wird.
book-offer-already-booked-then = Sie haben zu dieser Zeit bereits einen Termin. Rufen Sie die Praxis an, um ihn zu ändern.
book-error-email-required = Bitte geben Sie Ihre E-Mail-Adresse ein: Dorthin senden wir die Bestätigung.
book-error-phone-required = Bitte geben Sie eine Telefonnummer ein, unter der die Praxis Sie erreichen kann.
book-error-returning = Bitte geben Sie an, ob Sie schon einmal in der Praxis waren.

## Meldungen zu Formularfeldern (auf jeder Seite, auch auf den Buchungsseiten).

field-enter = Bitte geben Sie { $what } ein.
field-too-long = Bitte verwenden Sie höchstens { $max } Zeichen.
field-control-characters = Bitte entfernen Sie die Steuerzeichen.
field-phone = Bitte geben Sie eine Telefonnummer ein, z. B. 030 12345678 oder +49 30 12345678.
field-date-of-birth-missing = Bitte geben Sie das Geburtsdatum ein.
field-date-day-first = Bitte geben Sie ein Datum wie 07.03.1985 ein (Tag, Monat, Jahr).
field-date-month-first = Bitte geben Sie ein Datum wie 03/07/1985 ein (Monat, Tag, Jahr).
field-date-of-birth-future = Ein Geburtsdatum kann nicht in der Zukunft liegen.
field-date-before-1900 = Bitte prüfen Sie das Jahr: Es liegt vor 1900.
field-email-missing = Bitte geben Sie eine E-Mail-Adresse ein.
field-email-too-long = Eine E-Mail-Adresse hat höchstens { $max } Zeichen.
field-email-invalid = Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.
field-what-first-name = den Vornamen
field-what-last-name = den Nachnamen

## Fehler, die jede Seite anzeigen kann.

error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-sign-in-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
error-forbidden = Dazu haben Sie keine Berechtigung.
error-not-found = Das wurde nicht gefunden.
error-validation = Einige Felder müssen geprüft werden.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] Zu viele Versuche. Bitte versuchen Sie es in einer Sekunde erneut.
       *[other] Zu viele Versuche. Bitte versuchen Sie es in { $seconds } Sekunden erneut.
    }
    [one] Zu viele Versuche. Bitte versuchen Sie es in einer Minute erneut.
   *[other] Zu viele Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
    }
error-unreachable = Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-internal = Bei uns ist ein Fehler aufgetreten (Referenz { $id }).

## E-Mails. Die Platzhalter gehören zur Vorlage ({ $appointment_date } wird beim Versand eingesetzt).

email-greeting = Hallo { $patient_first_name },
email-greeting-staff = Hallo { $staff_name },
email-manage-intro = Hier können Sie Ihren Termin ansehen, verschieben oder absagen:
email-manage = Termin ansehen, verschieben oder absagen
email-booked-subject = Ihr Termin am { $appointment_date } um { $appointment_time }
email-booked-body = Ihr Termin ({ $appointment_type }) bei { $provider } ist gebucht: am { $appointment_date } um { $appointment_time } (Zeitzone { $time_zone }).
email-moved-subject = Ihr Termin wurde verschoben auf { $appointment_date } um { $appointment_time }
email-moved-body = Ihr Termin ({ $appointment_type }) bei { $provider } ist jetzt am { $appointment_date } um { $appointment_time } (Zeitzone { $time_zone }).
email-cancelled-subject = Ihr Termin am { $appointment_date } ist abgesagt
email-cancelled-body = Ihr Termin ({ $appointment_type }) am { $appointment_date } um { $appointment_time } ist abgesagt.
email-cancelled-book-again = Für einen neuen Termin rufen Sie bitte { $clinic_name } unter { $clinic_phone } an.
email-reminder-subject = Erinnerung: { $appointment_type } am { $appointment_date } um { $appointment_time }
email-reminder-body = Wir möchten Sie an Ihren Termin ({ $appointment_type }) bei { $provider } am { $appointment_date } um { $appointment_time } (Zeitzone { $time_zone }) erinnern.
email-reminder-question = Kommen Sie?
email-reminder-confirm = Ja, ich komme
email-reminder-confirm-intro = Kommen Sie? Bestätigen Sie hier:
email-reminder-move = Verschieben
email-reminder-move-intro = Zum Verschieben:
email-reminder-cancel = Absagen
email-reminder-cancel-intro = Zum Absagen:
email-recall-subject = Zeit für Ihren nächsten Termin ({ $recall_kind }) bei { $clinic_name }
email-recall-body = Ihr nächster Termin ({ $recall_kind }) bei { $clinic_name } ist am { $due_date } fällig.
email-recall-choose = Wählen Sie einen passenden Termin
email-recall-choose-intro = Wählen Sie einen passenden Termin:
email-recall-call = Oder rufen Sie uns unter { $clinic_phone } an.
email-offer-subject = Ein früherer Termin: { $appointment_type } am { $appointment_date } um { $appointment_time }
email-offer-body = Bei { $clinic_name } ist ein Termin frei geworden: { $appointment_type } bei { $provider } am { $appointment_date } um { $appointment_time } (Zeitzone { $time_zone }).
email-offer-first-come = Wir haben ihn mehreren Patienten auf unserer Warteliste angeboten; wer zuerst zugreift, bekommt ihn.
email-offer-take = Diesen Termin nehmen
email-offer-take-intro = Zum Übernehmen:
email-offer-until = Das Angebot gilt bis { $offer_expires }.
email-offer-moves = Wenn Sie bereits einen späteren Termin dieser Art haben, wird er auf diese Zeit verlegt. Passt nicht? Dann müssen Sie nichts tun: Sie bleiben auf der Liste.
email-invitation-subject = Ihr Chairside-Konto bei { $clinic_name }
email-invitation-body = Für Sie wurde ein Konto bei { $clinic_name } angelegt.
email-invitation-choose = Passwort festlegen
email-invitation-choose-intro = Wählen Sie hier Ihr Passwort:
email-invitation-once = Der Link funktioniert nur einmal, bis { $expires }.
field-language = Bitte wählen Sie eine der angebotenen Sprachen.

## Gemeinsam für die Seiten des Praxisteams.

common-loading = Wird geladen…

## Das Konto.

account-language-title = Sprache
account-language-legend = Die Sprache, in der Sie Chairside verwenden
account-language-browser = Die Sprache meines Browsers
account-language-save = Speichern
account-language-saved = Gespeichert: Chairside erscheint jetzt in der gewählten Sprache.
field-region = Bitte geben Sie den zweistelligen Ländercode ein, z. B. DE oder AT.
field-week-starts = Bitte wählen Sie den ersten Tag der Woche.

## Einrichtung.

setup-clinic-language = Standardsprache
setup-clinic-language-hint = E-Mails an Patienten werden in ihrer eigenen Sprache verschickt; diese gilt für Patienten, deren Sprache nicht bekannt ist.
setup-clinic-region = Region
setup-clinic-region-hint = Der zweistellige Ländercode, z. B. DE oder US: Datum, Uhrzeit und Zahlen werden so geschrieben, wie es dort üblich ist (in den USA z. B. mit 12-Stunden-Uhr).
setup-clinic-week-starts = Die Woche beginnt am

## Der Kalender und „Mein Tag“.

calendar-week-of = Woche vom { $day }
my-day-today = Heute, { $day }

## Jede Seite: die Kopfzeile, die Seiten, die nur etwas mitteilen.

site-description = Chairside: Terminplanung und Patientenakten für Zahnarztpraxen.
site-skip = Zum Inhalt springen
site-main-nav = Hauptmenü
site-home = Startseite
site-book-online = Online buchen
site-sign-in = Anmelden
site-go-home = Zur Startseite
site-not-found = Seite nicht gefunden
site-not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist falsch eingegeben.
site-error = Etwas ist schiefgelaufen
site-error-text = Diese Seite konnte nicht angezeigt werden. Ihre Eingaben sind nicht verloren; bitte versuchen Sie es erneut.
site-forbidden = Kein Zugriff
site-forbidden-text = Ihre Rolle umfasst diesen Bereich von Chairside nicht. Wenn Sie ihn benötigen, wenden Sie sich an eine Administratorin oder einen Administrator Ihrer Praxis.
site-record-not-found = Nicht gefunden
site-record-not-found-text = Diesen Datensatz gibt es nicht, oder er gehört zu einer Praxis, in der Sie nicht arbeiten. Prüfen Sie den Link oder suchen Sie erneut.

## Die Bereiche der Anwendung für das Praxisteam, Rollen, Anmeldung.

nav-calendar = Kalender
nav-my-day = Mein Tag
nav-patients = Patienten
nav-recall = Recall
nav-asap = ASAP-Liste
nav-setup = Einrichtung
nav-staff = Team
nav-outbox = Postausgang
nav-audit = Protokoll
nav-reports = Berichte
role-admin = Administration
role-dentist = Zahnarzt/Zahnärztin
role-hygienist = Dentalhygieniker/in
role-receptionist = Empfang
auth-sign-in-intro = Mitarbeitende der Praxis melden sich mit ihrer dienstlichen E-Mail-Adresse an.
auth-email = E-Mail-Adresse
auth-password = Passwort
auth-enter-password = Bitte geben Sie Ihr Passwort ein.
auth-sign-out = Abmelden
