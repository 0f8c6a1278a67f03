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
format-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
format-date-and-time = { $date } { $time }
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
format-percent = { $number }{"\u00A0"}%

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
error-form-too-long = Das Formular war zu lang.
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
email-calendar-title = { $appointment_type } in { $clinic }
email-calendar-with = Bei { $provider }
field-language = Bitte wählen Sie eine der angebotenen Sprachen.

## Gemeinsam für die Seiten des Praxisteams.

common-loading = Wird geladen…

## Das Konto.

account-language-title = Sprache
account-language-legend = Die Sprache, in der Sie Chairside verwenden
account-language-browser = Die Sprache meines Browsers
account-language-save = Speichern
account-language-saved = Gespeichert: Chairside erscheint jetzt in der gewählten Sprache.
account-sessions-title = Ihre Sitzungen
account-sessions-intro = Überall, wo Sie angemeldet sind. Wenn Sie eine Sitzung nicht wiedererkennen, beenden Sie sie und ändern Sie danach Ihr Passwort.
account-sessions-change-password = Ihr Passwort ändern
account-sessions-loading = Ihre Sitzungen werden geladen…
account-sessions-sign-out-others = Alle anderen Sitzungen abmelden
account-sessions-none-other = Es gab keine anderen Sitzungen.
account-sessions-signed-out-others = { $count ->
    [one] Eine andere Sitzung wurde abgemeldet.
   *[other] { $count } andere Sitzungen wurden abgemeldet.
    }
account-sessions-end = Beenden
account-sessions-end-label = Die Sitzung auf { $device } beenden
account-sessions-this-device = Dieses Gerät
account-sessions-ip-unknown = unbekannt
account-device-on = { $browser } unter { $system }
account-device-unknown = Unbekanntes Gerät
account-device-other = Anderer Browser oder anderes Programm
account-password-title = Passwort ändern
account-password-intro = Verwenden Sie mindestens { $min } Zeichen; einige Wörter ohne Zusammenhang ergeben ein starkes, einprägsames Passwort. Ihre anderen Sitzungen werden abgemeldet.
account-password-changed = Ihr Passwort wurde geändert, und Ihre anderen Sitzungen wurden abgemeldet.
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort
account-password-again = Neues Passwort, noch einmal
account-password-strength = Stärke: { $strength }
account-welcome-title = Willkommen
account-welcome-heading = Willkommen bei Chairside
account-welcome-set = Ihr Passwort ist festgelegt.
account-welcome-intro = Wählen Sie das Passwort Ihres Kontos: mindestens { $min } Zeichen; einige Wörter ohne Zusammenhang ergeben ein starkes, einprägsames.
account-welcome-password = Passwort
account-welcome-again = Passwort, noch einmal
account-welcome-submit = Mein Passwort festlegen
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
site-footer = Chairside · Termine und Akten für Zahnarztgruppen
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

## The calendar, its dialogs, My day, confirmations, series, affected appointments, the keys.

## Der Kalender (src/scheduling/pages/calendar.rs).

sched-calendar-title = Kalender
sched-calendar-loading = Kalender wird geladen…
sched-calendar-zone = { $clinic } · Zeiten in { $zone }
sched-calendar-confirmations = Bestätigungsanrufe
sched-clinic-nav = Praxis
sched-layout-providers = Tag nach Behandler
sched-layout-chairs = Tag nach Stuhl
sched-layout-week = Woche
sched-provider = Behandler
sched-calendar-show = Anzeigen
sched-calendar-layout-nav = Ansicht
sched-dates-nav = Tage
sched-calendar-previous = ‹ Zurück
sched-today = Heute
sched-calendar-next = Weiter ›
sched-date = Datum
sched-go = Los
sched-released = Absagen und nicht erschienen
sched-possible-match = Als neuer Patient gebucht; möglicherweise { $patient }.
sched-review-and-merge = Prüfen und zusammenführen
sched-not-the-same-person = Nicht dieselbe Person
sched-new-online = { $count ->
    [one] { $count } neue Online-Buchung
   *[other] { $count } neue Online-Buchungen
    }
sched-mark-as-seen = Als gesehen markieren

## Das Raster des Kalenders (grid.rs).

sched-grid-no-chairs = Diese Praxis hat noch keine Behandlungsstühle.
sched-held-online = Für einen Patienten reserviert, der online bucht
sched-no-chair = Ohne Behandlungsstuhl
sched-grid-no-providers = Diese Praxis hat noch keine Behandler.
sched-grid-open-setup = Einrichtung der Praxis öffnen
sched-grid-no-appointments = Keine Termine in diesem Zeitraum.
sched-grid-book-with = Bei { $name } buchen
sched-grid-new-online = Neu online
sched-grid-online = Online

## Der Dialog eines Termins (appointment_dialog.rs).

sched-appointment = Termin
sched-appointment-not-shown = Dieser Termin liegt nicht im angezeigten Zeitraum. Vielleicht wurde er verschoben: Suchen Sie ihn auf der Seite des Patienten.
sched-appointment-changed-elsewhere = Jemand anderes hat diesen Termin gerade geändert. Schließen Sie den Dialog, um ihn im aktuellen Stand zu sehen; nichts von Ihren Eingaben hier wurde gesendet.
sched-alerts-and-allergies = Warnhinweise und Allergien
sched-patient = Patient
sched-number-and-age = { $number } · { $age ->
        [one] { $age } Jahr
       *[other] { $age } Jahre
    }
sched-when = Wann
sched-type = Art
sched-chair = Stuhl
sched-chair-none = Keiner
sched-status = Status
sched-booked-online = online gebucht
sched-notes = Notizen
sched-book-follow-ups = Folgetermine wie diesen buchen…
sched-close = Schließen
sched-move = Verschieben
sched-move-new-start = Neuer Beginn
sched-any-free-chair = Beliebiger freier Stuhl (wenn die Terminart einen braucht)
sched-move-appointment = Termin verschieben
sched-cancel = Absagen
sched-cancel-reason = Grund
sched-cancel-choose-reason = Wählen Sie einen Grund
sched-cancel-details = Details
sched-cancel-details-placeholder = Patient hat angerufen: Grippe
sched-cancel-details-hint = Erforderlich, wenn der Grund „Sonstiges“ ist.
sched-cancel-appointment = Termin absagen

## Der Buchungsdialog (booking_dialog.rs).

sched-book-title = Termin buchen
sched-book-search-placeholder = Name, Telefon, E-Mail, Geburtsdatum oder P-Nummer
sched-book-search = Suchen
sched-book-searching = Suche läuft…
sched-book-search-first = Suchen Sie den Patienten, für den Sie buchen möchten.
sched-book-no-match = Kein Patient gefunden.
sched-book-no-match-add = Legen Sie zuerst einen neuen Patienten an
sched-book-no-match-then = und buchen Sie dann.
sched-book-has-alerts = Hat Warnhinweise oder Allergien
sched-book-born = geboren am { $date }
sched-book-patients-found = Gefundene Patienten
sched-book-ends-at = Endet um { $time }.
sched-book-type = { $name } ({ $minutes } Min.)
sched-book-type-not-by-provider = { $name } ({ $minutes } Min., nicht bei diesem Behandler)
sched-book-loading-patient = Patient wird geladen…
sched-book-another-patient = Anderen Patienten wählen
sched-book-appointment-type = Terminart
sched-book-starts = Beginn
sched-book-submit = Termin buchen

## Während der Code eines Dialogs geladen wird (lazy_dialog.rs).

sched-opening-label = Wird geöffnet
sched-opening = Wird geöffnet…

## Termine in einer Abwesenheit (affected.rs).

sched-affected-title = Termine in einer Abwesenheit
sched-finding-appointments = Termine werden gesucht…
sched-affected-done = Erledigt: { $moved } verschoben, { $cancelled } abgesagt, { $kept } beibehalten.
sched-affected-none = In diesem Zeitraum ist kein Termin mehr gebucht.
sched-affected-back = Zurück zu den Abwesenheiten
sched-affected-move-to = Verschieben auf { $time }
sched-type-with-provider = { $kind } bei { $provider }
sched-affected-what-to-do = Vorgehen für den Termin von { $patient }
sched-affected-keep = Wie gebucht beibehalten
sched-affected-apply = Diese Auswahl übernehmen
sched-affected-cancel-all = Alle { $count } absagen…
sched-affected-cancel-all-confirm = { $count ->
    [one] { $count } Termin absagen? Er wird als abgesagt erfasst, weil { $whose } nicht verfügbar ist.
   *[other] Alle { $count } Termine absagen? Jeder wird als abgesagt erfasst, weil { $whose } nicht verfügbar ist.
    }
sched-affected-cancel-them-all = Alle absagen

## Anzurufende Bestätigungen (confirmations.rs).

sched-confirm-title = Bestätigungen
sched-confirm-recorded = Erfasst.
sched-confirm-no-working-day = Die Praxis hat in den nächsten zwei Wochen keinen Arbeitstag.
sched-confirm-day = { $day } · { $count } zu bestätigen
sched-confirm-all-confirmed = Alle Termine dieses Tages sind bestätigt.
sched-confirm-record-call = Anruf erfassen
sched-confirm-time = Uhrzeit
sched-confirm-phone = Telefon
sched-confirm-last-call = Letzter Anruf
sched-confirm-truncated = Nur die ersten 500 werden angezeigt.
sched-confirm-lead = { $clinic }: Termine der nächsten zwei Arbeitstage, die der Patient noch nicht bestätigt hat. Rufen Sie jeden an und erfassen Sie das Ergebnis.
sched-back-to-calendar = Zurück zum Kalender
sched-confirm-no-phone = Keine Telefonnummer
sched-confirm-outcome-label = Ergebnis des Anrufs bei { $patient }
sched-confirm-what-happened = Ergebnis?
sched-confirm-note-label = Notiz zum Anruf bei { $patient }
sched-confirm-note-placeholder = Notiz (optional)
sched-confirm-record = Erfassen
sched-confirm-not-called = Noch nicht angerufen
sched-outcome-confirmed = Kommt (bestätigen)
sched-outcome-left-message = Nachricht hinterlassen
sched-outcome-no-answer = Keine Antwort
sched-outcome-wrong-number = Falsche Nummer
sched-outcome-emailed = Erinnerung per E-Mail (senden)

## Eine Terminserie buchen (series.rs).

sched-series-title = Terminserie buchen
sched-series-checking = Alle Termine werden geprüft…
sched-series-first = Erster Termin
sched-series-every = Alle
sched-series-unit = Einheit
sched-series-weeks = Wochen
sched-series-months = Monate
sched-series-count = Termine
sched-series-check = Termine prüfen
sched-series-free = Frei
sched-series-no-free-time = Bei diesem Behandler ist an diesem Tag nichts frei: Ändern Sie das erste Datum oder den Rhythmus.
sched-series-taken = Belegt
sched-series-instead = Stattdessen buchen um
sched-series-book = { $count ->
    [one] { $count } Termin buchen
   *[other] { $count } Termine buchen
    }

## Mein Tag (my_day.rs).

sched-my-day-title = Mein Tag
sched-my-day-loading = Ihr Tag wird geladen…
sched-my-day-not-linked = Ihr Konto ist mit keinem Behandler verknüpft, daher gibt es keinen Terminplan anzuzeigen.
sched-my-day-not-linked-help = Eine Administratorin oder ein Administrator verknüpft Konten mit Behandlern auf den Einrichtungsseiten der Praxis. Bis dahin zeigt der
sched-my-day-not-linked-calendar = Kalender
sched-my-day-not-linked-after = die ganze Praxis.
sched-my-day-previous = ‹ Vorheriger Tag
sched-my-day-next = Nächster Tag ›
sched-my-day-feed = Ihre Termine im Kalender Ihres Telefons
sched-my-day-released-row = { $time } · { $patient } · { $kind } ({ $status ->
        [no_show] nicht erschienen
       *[other] abgesagt
    })
sched-my-day-count = { $count ->
    [0] Keine Termine.
    [one] { $count } Termin.
   *[other] { $count } Termine.
    }
sched-my-day-notes-to-sign = Notizen, die auf Ihre Unterschrift warten
sched-my-day-no-alerts = Keine Warnhinweise oder Allergien.
sched-my-day-next-patient = Nächster Patient
sched-age-and-number = { $age ->
        [one] { $age } Jahr
       *[other] { $age } Jahre
    } · { $number }
sched-my-day-last-note = Letzte Notiz ({ $when }, { $kind }, { $provider }):
sched-my-day-note-missing = Behandlungsnotiz schreiben
sched-my-day-note-draft = Behandlungsnotiz (Entwurf)
sched-my-day-note-signed = Behandlungsnotiz (unterschrieben)
sched-my-day-alerts-for = Warnhinweise zu { $patient }

## Die Status eines Termins und die Schaltflächen, die sie setzen (mod.rs).

sched-status-held = Vorgemerkt
sched-status-scheduled = Geplant
sched-status-confirmed = Bestätigt
sched-status-arrived = Angekommen
sched-status-in-chair = Im Stuhl
sched-status-completed = Abgeschlossen
sched-status-cancelled = Abgesagt
sched-status-no-show = Nicht erschienen
sched-mark-held = Als vorgemerkt markieren
sched-mark-scheduled = Als geplant markieren
sched-mark-confirmed = Als bestätigt markieren
sched-mark-arrived = Als angekommen markieren
sched-mark-in-chair = Als im Stuhl markieren
sched-mark-completed = Als abgeschlossen markieren
sched-mark-cancelled = Als abgesagt markieren
sched-mark-no-show = Als nicht erschienen markieren

## Die Tastaturhilfe (src/ui/keys.rs).

sched-keys-title = Tastatur
sched-keys-everywhere = Überall
sched-keys-on-calendar = Im Kalender
sched-keys-hint = Die Tasten wirken, wenn kein Feld den Fokus hat. Tab und Eingabetaste erreichen wie gewohnt alles.
sched-keys-find-patient = Patienten suchen
sched-keys-this-list = Diese Liste
sched-keys-close = Einen Dialog oder diese Liste schließen
sched-keys-days = Nächster / vorheriger Tag (Woche in der Wochenansicht)
sched-keys-today = Heute
sched-keys-next-layout = Die nächste Ansicht
sched-keys-go-to-date = Zu einem Datum springen
sched-keys-book-link = Der Buchen-Link der ersten Spalte (Eingabetaste öffnet den Buchungsdialog)
sched-keys-appointments = Nächster / vorheriger Termin (Eingabetaste öffnet ihn)
sched-keys-columns = Die benachbarte Spalte
sched-keys-within-column = Durch die Termine der Spalte

## Patients, their documents and clinical notes.

## Die Patientenseiten (/patients, eine Akte, ihre Bearbeitung, das Zusammenführen, Termine aus
## der Akte), die Dokumente und der klinische Verlauf einer Akte, klinische Notizen und die
## Notizvorlagen.

patient-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
patient-date-full = { $order ->
    [mdy] { $day }. { $month } { $year }
   *[other] { $day }. { $month } { $year }
    }

## Die Suche.

patient-patients = Patienten
patient-search-label = Patient suchen
patient-search-hint = Ein Name (die Schreibweise muss nicht genau stimmen), eine Telefonnummer, eine E-Mail-Adresse, ein Geburtsdatum oder eine Patientennummer.
patient-search-button = Suchen
patient-search-include-archived = Archivierte Patienten einbeziehen
patient-search-searching = Suche läuft…
patient-search-clinic = Praxis
patient-search-new = Neuer Patient
patient-search-of = Patienten von { $clinic }
patient-search-by-name = Treffer nach Name in { $clinic }
patient-search-by-phone = Treffer nach Telefonnummer in { $clinic }
patient-search-by-email = Treffer nach E-Mail-Adresse in { $clinic }
patient-search-by-birth-date = Treffer nach Geburtsdatum in { $clinic }
patient-search-by-number = Treffer nach Patientennummer in { $clinic }
patient-search-none = Keine Patienten gefunden. Prüfen Sie die Schreibweise oder suchen Sie nach Telefonnummer oder Geburtsdatum.
patient-search-alerts = { $count ->
    [one] { $count } Warnhinweis
   *[other] { $count } Warnhinweise
    }
patient-archived = Archiviert
patient-book-appointment = Termin buchen
patient-search-book-for = für { $name }
patient-search-previous = Zurück
patient-search-next = Weiter
patient-search-pages = Ergebnisseiten

## Die Formulare für neue Patienten und zum Bearbeiten.

patient-date-shape = Bitte geben Sie ein Datum wie 07.03.1985 ein.
patient-sex-female = Weiblich
patient-sex-male = Männlich
patient-sex-other = Divers
patient-sex-not-recorded = Nicht erfasst
patient-contact-sms = SMS
patient-contact-email = E-Mail
patient-contact-post = Post
patient-contact-phone = Anruf
patient-date-hint-day-first = Tag, Monat, Jahr: 07.03.1985.
patient-date-hint-month-first = Monat, Tag, Jahr: 03/07/1985.
patient-form-name-and-birth = Name und Geburtsdatum
patient-field-first-name = Vorname
patient-field-last-name = Nachname
patient-field-preferred-name = Rufname
patient-field-date-of-birth = Geburtsdatum
patient-field-sex = Geschlecht
patient-form-contact = Kontakt
patient-field-mobile-phone = Mobiltelefon
patient-field-home-phone = Festnetz
patient-field-email = E-Mail
patient-field-postal-address = Postanschrift
patient-field-preferred-contact = Bevorzugter Kontaktweg
patient-field-language = Sprache der E-Mails
patient-field-language-hint = Bestätigungen und Erinnerungen werden in dieser Sprache verschickt. Eine Online-Buchung übernimmt die Sprache, in der der Patient gebucht hat.
patient-language-clinics = Die Sprache der Praxis
patient-field-email-reminders = Ist mit Erinnerungen per E-Mail einverstanden
patient-form-emergency-and-notes = Notfallkontakt und Notizen
patient-field-emergency-contact = Notfallkontakt
patient-field-their-phone = Telefon des Notfallkontakts
patient-field-notes = Notizen
patient-new-title = Neuer Patient
patient-new-for = Für { $clinic }.
patient-new-different-person = Dies ist eine andere Person: neue Akte anlegen
patient-new-create = Patient anlegen
patient-loading-record = Akte wird geladen…
patient-edit-title = { $name } bearbeiten
patient-edit-save = Akte speichern
patient-cancel = Abbrechen

## Die Akte.

patient-restore = Wiederherstellen
patient-archive-ask = Archivieren…
patient-archive-question = Diese Akte archivieren? Sie erscheint dann nur noch in Suchen, die archivierte Patienten einbeziehen; es wird nichts gelöscht.
patient-archive = Archivieren
patient-merge-ask = Zusammenführen…
patient-edit-details = Angaben bearbeiten
patient-merged-into = Diese Akte wurde zusammengeführt mit
patient-merged-into-link = einer anderen Akte
patient-merged-into-end = . Sie wird zur Einsicht aufbewahrt.
patient-alert-kind = { $kind }:
patient-medical-alerts = Medizinische Warnhinweise
patient-number = Patientennummer
patient-born = { $age ->
    [one] { $date } ({ $age } Jahr)
   *[other] { $date } ({ $age } Jahre)
    }
patient-mobile = Mobil
patient-address = Adresse
patient-email-reminders = Erinnerungen per E-Mail
patient-yes = Ja
patient-no = Nein
patient-created = Angelegt
patient-last-changed = Zuletzt geändert
patient-medical-resolve = Abschließen
patient-medical-reactivate = Reaktivieren
patient-edit = Bearbeiten
patient-medical-current = Aktuell
patient-medical-resolved = Abgeschlossen
patient-medical-none = Keine Anamnese erfasst.
patient-change-was = (vorher: { $before })
patient-medical-history = Anamnese
patient-change-log = Änderungsprotokoll ({ $count })
patient-severity-mild = Leicht
patient-severity-moderate = Mittel
patient-severity-severe = Schwer
patient-medical-add-title = Zur Anamnese hinzufügen
patient-saved = Gespeichert.
patient-medical-kind = Art
patient-medical-what = Was
patient-medical-what-hint = Zum Beispiel Penicillin, Diabetes Typ 2, Warfarin, Prämedikation erforderlich.
patient-medical-severity = Schweregrad (Allergien)
patient-medical-details = Details
patient-medical-save = Eintrag speichern
patient-medical-add = Eintrag hinzufügen
patient-medical-done = Fertig
patient-appointments = Termine
patient-appointments-none = Keine Termine.
patient-appointment-online = Online
patient-medical-kind-alert = Warnhinweis
patient-medical-kind-allergy = Allergie
patient-medical-kind-condition = Erkrankung
patient-medical-kind-medication = Medikament
patient-severity-value = { $severity ->
    [mild] leicht
    [moderate] mittel
    [severe] schwer
   *[unknown] { $severity }
    }
patient-sex-value = { $sex ->
    [female] weiblich
    [male] männlich
    [other] divers
   *[unknown] { $sex }
    }

## Termine aus der Akte buchen.

patient-book-title = Termin buchen
patient-book-finding = Freie Termine werden gesucht…
patient-book-time = { $time } buchen
patient-book-for = Termin buchen für { $patient }
patient-book-type = Terminart
patient-book-show = Freie Termine anzeigen
patient-book-none = { $days ->
    [one] Für diese Terminart ist am nächsten Tag nichts frei. Versuchen Sie eine andere Terminart oder sehen Sie im Kalender nach.
   *[other] Für diese Terminart ist in den nächsten { $days } Tagen nichts frei. Versuchen Sie eine andere Terminart oder sehen Sie im Kalender nach.
    }
patient-book-next = Die nächsten freien Termine
patient-book-free-times = Freie Termine
patient-book-back = Zurück zum Patienten

## Zwei Akten zusammenführen.

patient-contact-value = { $contact ->
    [phone] Telefon
    [sms] SMS
    [email] E-Mail
    [post] Post
   *[unknown] { $contact }
    }
patient-merge-emergency-phone = Telefon des Notfallkontakts
patient-merge-title = Akten zusammenführen
patient-merge-heading = Zwei Akten einer Person zusammenführen
patient-merge-intro = Die Akte, von der Sie kommen, bleibt bestehen. Wählen Sie für jedes Feld den Wert, der bleiben soll; Anamnese und Termine der anderen Akte gehen auf die bestehende Akte über, und die andere Akte wird archiviert. Akten mit Terminen zu überschneidenden Zeiten können nicht zusammengeführt werden.
patient-merge-other-number = Patientennummer der anderen Akte
patient-merge-compare = Vergleichen
patient-merge-loading = Akten werden geladen…
patient-merge-surviving = Bestehende Akte:
patient-merge-keep = Behalten: { $name } ({ $number })
patient-merge-from = Aus: { $name } ({ $number })
patient-merge-understand = Mir ist bewusst, dass das Zusammenführen nicht rückgängig gemacht werden kann und dass { $number } archiviert wird.
patient-merge-caption = Wählen Sie für jedes Feld den Wert, der bleiben soll
patient-merge-field = Feld
patient-merge-moves = { $count ->
    [one] { $count } Anamnese-Eintrag geht auf die bestehende Akte über.
   *[other] { $count } Anamnese-Einträge gehen auf die bestehende Akte über.
    }
patient-merge-submit = Akten zusammenführen

## Der klinische Verlauf.

patient-timeline-none = Noch keine klinischen Notizen oder Dokumente.
patient-timeline-title = Klinische Notizen und Dokumente
patient-timeline-addenda = { $count ->
    [one] { $count } Nachtrag
   *[other] { $count } Nachträge
    }

## Dokumente.

patient-document-category-xray = Röntgenbild
patient-document-category-consent = Einwilligungserklärung
patient-document-category-referral = Überweisung
patient-document-category-insurance = Versicherung
patient-document-category-other = Sonstiges
patient-document-kind-jpeg = JPEG-Bild
patient-document-kind-png = PNG-Bild
patient-document-kind-pdf = PDF
patient-document-kind-dicom = DICOM
patient-upload-done = Das Dokument wurde hinzugefügt.
patient-upload-too-large = Diese Datei ist zu groß: Die Höchstgröße eines Dokuments legt die Praxis fest (50 MB, sofern nicht geändert). Es wurde nichts gespeichert.
patient-upload-not-accepted = Diese Datei ist weder ein JPEG- oder PNG-Bild noch ein PDF oder eine DICOM-Datei (beurteilt nach ihrem Inhalt, nicht nach ihrem Namen). Es wurde nichts gespeichert.
patient-upload-incomplete = Das Formular war unvollständig: Wählen Sie eine Kategorie und eine Datei. Es wurde nichts gespeichert.
patient-document-purged = Das Dokument wurde endgültig gelöscht. Das Audit-Protokoll hält fest, was es war, wer es gelöscht hat und warum.
patient-documents-none = Noch keine Dokumente.
patient-documents = Dokumente
patient-document-thumbnail = Vorschaubild von { $name }
patient-document-view = Ansehen
patient-document-purge-ask = Endgültig löschen…
patient-document-purge-explained = Endgültiges Löschen entfernt dieses Dokument für immer (auch seine Datei, sofern nicht ein anderes Dokument der Praxis dieselbe Datei ist). Es kann nicht rückgängig gemacht werden. Das Audit-Protokoll hält fest, was es war, wer es gelöscht hat und warum; zuvor erstellte Sicherungen enthalten es bis zu ihrem Ablauf.
patient-document-purge-reason = Grund für das Löschen (10 bis 500 Zeichen)
patient-document-purge-understand = Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann
patient-document-purge = Endgültig löschen
patient-document-taken = aufgenommen am { $date }
patient-document-added = Hinzugefügt: { $when }
patient-document-download = Herunterladen
patient-upload-unreachable = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; es wurde nichts gespeichert.
patient-upload-progress = Fortschritt des Hochladens
patient-upload-uploading = Wird hochgeladen… { $percent } %
patient-upload-saving = Hochgeladen, wird gespeichert…
patient-upload-title = Dokument hinzufügen
patient-upload-hint = Legen Sie eine Datei hier ab oder wählen Sie eine aus.
patient-upload-file = Datei (JPEG, PNG, PDF oder DICOM)
patient-upload-dropped = Abgelegt:
patient-upload-category = Kategorie
patient-upload-taken-on = Aufnahmedatum (optional)
patient-upload-note = Notiz (optional)
patient-upload-submit = Hochladen
patient-upload-too-large-here = Diese Datei ist für diese Praxis zu groß. Es wurde nichts gespeichert.
patient-upload-failed = Das Hochladen ist fehlgeschlagen. Es wurde nichts gespeichert.

## Klinische Notizen.

patient-note-state-missing = Noch keine Notiz
patient-note-state-draft = Notiz im Entwurf
patient-note-state-signed = Signierte Notiz
patient-note-title = Klinische Notiz
patient-note-loading = Notiz wird geladen…
patient-note-heading = Klinische Notiz: { $patient }
patient-note-my-day = Mein Tag
patient-note-template = Mit einer Vorlage beginnen
patient-note-use-template = Ihre Gliederung übernehmen
patient-note-sign-ask = Signieren…
patient-note-sign-question = Diese Notiz im gespeicherten Stand signieren? Eine signierte Notiz kann nicht mehr geändert werden; spätere Korrekturen werden als Nachträge hinzugefügt.
patient-note-sign = Notiz signieren
patient-note-provider-signs = { $provider } signiert diese Notiz: Es ist ihr bzw. sein Termin.
patient-note-last-saved = Zuletzt gespeichert: { $when }.
patient-note-draft-saved = Entwurf gespeichert.
patient-note-body = Notiz
patient-note-save = Entwurf speichern
patient-note-addendum-written = Nachtrag, { $when }
patient-note-signed = Signiert: { $when }.
patient-note-addenda = Nachträge
patient-note-addenda-none = Keine.
patient-note-addendum = Nachtrag verfassen
patient-note-add-addendum = Nachtrag hinzufügen

## Einrichtung: Notizvorlagen.

patient-templates-loading = Notizvorlagen werden geladen…
patient-templates-none = Noch keine Notizvorlagen.
patient-templates-unsigned-listed = { $days ->
    [one] Eine Notiz, die nicht innerhalb von { $days } Tag signiert wird, erscheint unter „Mein Tag“ ihres Behandlers.
   *[other] Eine Notiz, die nicht innerhalb von { $days } Tagen signiert wird, erscheint unter „Mein Tag“ ihres Behandlers.
    }
patient-template-retire = Nicht mehr verwenden
patient-template-use-again = Wieder verwenden
patient-template-retired = Nicht mehr verwendet
patient-template-add-title = Vorlage hinzufügen
patient-template-added = Vorlage hinzugefügt.
patient-template-name = Name
patient-template-name-hint = z. B. Kontrolle, Extraktion.
patient-template-prompts = Gliederung
patient-template-prompts-hint = Ein Punkt pro Zeile, z. B. Beschwerden:, Befund:, Behandlung:, Empfehlung:.
patient-template-add = Vorlage speichern
patient-templates-unsigned = Nicht signierte Notizen
patient-templates-days = Tage, die eine Notiz auf ihre Signatur warten darf
patient-templates-save = Speichern

## Noch nicht verwendet: Titel und Spalten von DataTable.


## Set-up, emails and staff.

## Set-up: the frame, the tabs and the list of clinics.

setup-section-clinic = Praxis
setup-section-chairs = Behandlungsstühle
setup-section-providers = Behandler
setup-section-time-off = Abwesenheiten
setup-section-types = Terminarten
setup-section-cancel-reasons = Absagegründe
setup-section-notes = Klinische Notizen
setup-section-emails = E-Mails
setup-section-webhooks = Webhooks
setup-section-api = API-Schlüssel
setup-title = Einrichtung
setup-sections = Bereiche der Einrichtung
setup-read-only = Sie können die Einrichtung dieser Praxis ansehen; nur eine Administratorin oder ein Administrator kann sie ändern.
setup-home-intro = Praxen, Behandlungsstühle, Behandler mit ihren Arbeitszeiten, Abwesenheiten und Terminarten.
setup-home-loading = Ihre Praxen werden geladen…
setup-home-no-clinics = Sie gehören noch keiner Praxis an. Bitten Sie die Administration, Sie hinzuzufügen.
setup-active = Aktiv
setup-inactive = Inaktiv
setup-deactivate-more = Deaktivieren…
setup-deactivate = Deaktivieren
setup-reactivate = Reaktivieren

## Set-up: the clinic.

setup-feed-none = Nur die Terminart
setup-feed-initials = Initialen (A. W.)
setup-feed-name = Vollständiger Name
setup-clinic-loading = Die Praxis wird geladen…
setup-name = Name
setup-clinic-time-zone = Zeitzone
setup-clinic-address = Adresse
setup-clinic-phone = Telefon
setup-clinic-email = E-Mail
setup-clinic-calling-code = Ländervorwahl
setup-clinic-currency = Währung
setup-clinic-booking-address = Adresse für Online-Buchungen
setup-clinic-slot-step = Zeitraster
setup-clinic-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
    }
setup-clinic-min-notice = Mindestvorlauf für Online-Buchungen
setup-clinic-horizon = Buchungszeitraum
setup-clinic-days-ahead = { $days ->
    [one] { $days } Tag im Voraus
   *[other] { $days } Tage im Voraus
    }
setup-clinic-cancel-notice = Patienten können online absagen bis
# $hours is a number, or a list of them ("48 und 2").
setup-clinic-hours-before = { $hours ->
    [one] { $hours } Stunde vorher
   *[other] { $hours } Stunden vorher
    }
setup-clinic-reminders = Erinnerungen per E-Mail
setup-none = Keine
setup-clinic-and = und
setup-clinic-recall-emails = Recall-E-Mails
setup-clinic-recall-before = { $before ->
    [one] { $before } Tag vor dem Fälligkeitsdatum
   *[other] { $before } Tage vor dem Fälligkeitsdatum
    }
setup-clinic-recall-before-again = { $before ->
    [one] { $before } Tag
   *[other] { $before } Tage
    } vor dem Fälligkeitsdatum und, falls kein Termin gebucht wurde, erneut { $again ->
    [one] { $again } Tag
   *[other] { $again } Tage
    } später
setup-clinic-feed = Kalender-Abos zeigen Patienten als
setup-clinic-saved = Die Angaben der Praxis sind gespeichert.
setup-clinic-legend = Die Praxis
setup-clinic-what-name = den Namen der Praxis
setup-clinic-slug-hint = Wörter in Kleinbuchstaben, durch Bindestriche verbunden; Patienten buchen unter /book/diese-adresse.
setup-clinic-time-zone-hint = Zum Suchen tippen, z. B. Berlin oder New_York. Arbeitszeiten und Termine gelten in dieser Zone.
setup-clinic-calling-code-hint = Damit werden die lokalen Telefonnummern der Patienten gelesen: 49 in Deutschland, 1 in Nordamerika.
setup-clinic-currency-hint = Die Preise der Terminarten sind in dieser Währung. Termine behalten die Währung, in der sie gebucht wurden.
setup-clinic-policy = Buchungsregeln
setup-clinic-slot-step-label = Zeitraster (Minuten)
setup-clinic-slot-step-hint = Das Raster der angebotenen Anfangszeiten: 5 bis 60 Minuten.
setup-clinic-min-notice-label = Mindestvorlauf für Online-Buchungen (Minuten)
setup-clinic-horizon-label = Buchungszeitraum (Tage im Voraus)
setup-clinic-cancel-notice-label = Patienten können online absagen bis (Stunden vorher)
setup-clinic-reminders-label = Erinnerungen per E-Mail (Stunden vor dem Termin)
setup-clinic-reminders-hint = Bis zu vier, durch Kommas getrennt, z. B. 48, 2. Leer: keine Erinnerungen.
setup-clinic-recall-before-label = Recall-E-Mails (Tage vor dem Fälligkeitsdatum)
setup-clinic-recall-before-hint = An Patienten, die Erinnerungen per E-Mail zugestimmt haben. Leer: keine Recall-E-Mails.
setup-clinic-recall-again-label = Erneut, falls nicht gebucht, nach (Tagen)
setup-clinic-recall-again-hint = Leer: nur die erste E-Mail.
setup-clinic-feed-label = Kalender-Abos der Behandler zeigen Patienten als
setup-clinic-feed-hint = Kalender auf Telefonen sehen auch andere, und sie liegen auf Servern anderer Unternehmen.
setup-clinic-save = Praxis speichern

## Set-up: chairs.

setup-chairs-loading = Behandlungsstühle werden geladen…
setup-chairs-deactivate-question = { $name } deaktivieren? Dieser Behandlungsstuhl wird für Termine nicht mehr angeboten.
setup-edit = Bearbeiten
setup-chairs-none = Noch keine Behandlungsstühle.
setup-edit-name = { $name } bearbeiten
setup-chairs-add-heading = Behandlungsstuhl hinzufügen
setup-saved = Gespeichert.
setup-chairs-order = Reihenfolge im Kalender
setup-order-hint = Kleinere Zahlen kommen zuerst.
setup-chairs-save = Behandlungsstuhl speichern
setup-chairs-add = Behandlungsstuhl hinzufügen
setup-done = Fertig

## Set-up: providers.

setup-provider-kind-dentist = Zahnarzt/Zahnärztin
setup-provider-kind-hygienist = Dentalhygieniker/in
setup-providers-loading = Behandler werden geladen…
# Read after a button's word by screen readers: "Hours" + " of Dr Sam Patel".
setup-of-name = {" "}von { $name }
setup-providers-deactivate-question = { $name } deaktivieren? Diese Person wird für neue Termine nicht mehr angeboten; die Arbeitszeiten bleiben gespeichert.
setup-providers-hours = Arbeitszeiten
setup-providers-none = Noch keine Behandler.
setup-providers-add-heading = Behandler hinzufügen
setup-providers-no-staff-account = Kein Benutzerkonto
setup-providers-kind = Art
setup-colour = Farbe im Kalender
setup-providers-staff-account = Benutzerkonto
setup-providers-staff-hint = Verknüpft den Behandler mit der Anmeldung einer Zahnärztin, eines Zahnarztes oder einer Dentalhygienikerin, für die eigene Tagesansicht.
setup-providers-save = Behandler speichern
setup-providers-add = Behandler hinzufügen

## Set-up: a provider's working hours.

setup-hours-loading = Arbeitszeiten werden geladen…
setup-hours-title = Arbeitszeiten
setup-hours-show-week = Die Woche anzeigen, die gilt am
setup-show = Anzeigen
setup-hours-not-working = Arbeitet nicht
setup-hours-week = Die Woche auf einen Blick
setup-hours-scale = Die Balken reichen von { $first } (oben) bis { $last } (unten).
setup-hours-none = Ab heute sind keine Arbeitszeiten gespeichert. Legen Sie unten einen Dienstplan an.
setup-hours-valid-until = { $from } bis { $until }
setup-hours-valid-from = ab { $from }
setup-hours-any = Beliebig
setup-hours-all-on-record = Alle gespeicherten Arbeitszeiten ab heute
setup-hours-any-chair = Beliebiger Behandlungsstuhl
setup-hours-row-day = Tag, Zeile { $row }
setup-hours-row-starts = Beginn, Zeile { $row }
setup-hours-what-start = eine Anfangszeit
setup-hours-row-ends = Ende, Zeile { $row }
setup-hours-what-end = eine Endzeit
setup-hours-row-chair = Behandlungsstuhl, Zeile { $row }
setup-hours-new-rota = Neuen Dienstplan festlegen
setup-hours-new-rota-intro = Der folgende Dienstplan gilt ab seinem ersten Tag (und bis zu seinem letzten Tag, falls angegeben); die Wochen davor behalten ihre Arbeitszeiten. Um ein Intervall zu entfernen, löschen Sie seine Zeiten. Leere Zeilen werden ignoriert.
setup-hours-saved = Der neue Dienstplan ist gespeichert.
setup-first-day = Erster Tag
setup-what-first-day = den ersten Tag
setup-hours-last-day-optional = Letzter Tag (optional)
setup-hours-last-day-hint = Leer lassen, damit der Dienstplan gilt, bis er geändert wird.
setup-what-last-day = den letzten Tag
setup-hours-save = Dienstplan speichern

## Set-up: time off.

setup-time-off-loading = Abwesenheiten werden geladen…
setup-time-off-remove-question = „{ $reason }“ ({ $from } bis { $until }) entfernen?
setup-time-off-whole-clinic = Ganze Praxis
setup-time-off-remove-more = Entfernen…
setup-time-off-remove = Entfernen
setup-time-off-affected = { $count ->
    [one] { $count } Termin ist in diesem Zeitraum gebucht
   *[other] { $count } Termine sind in diesem Zeitraum gebucht
    }
setup-time-off-local = Die Zeiten sind Ortszeit der Praxis ({ $zone }).
setup-time-off-none = Keine bevorstehenden Abwesenheiten.
setup-what-time = eine Uhrzeit
setup-time-off-whole-clinic-holiday = Ganze Praxis (geschlossen)
setup-time-off-provider = Behandler: { $name }
setup-time-off-chair = Behandlungsstuhl: { $name }
setup-time-off-add = Abwesenheit hinzufügen
setup-time-off-added = Hinzugefügt.
setup-time-off-applies-to = Gilt für
setup-time-off-from-optional = Von (optional)
setup-time-off-from-hint = Leer: ab Beginn des Tages.
setup-last-day = Letzter Tag
setup-time-off-until-optional = Bis (optional)
setup-time-off-until-hint = Leer: bis zum Ende des Tages.
setup-reason = Grund
setup-time-off-reason-hint = Wird im Kalender angezeigt, z. B. „Weihnachten“ oder „Reparatur Behandlungsstuhl“.

## Set-up: appointment types.

setup-types-loading = Terminarten werden geladen…
setup-types-none-yet = Noch keine
setup-types-deactivate-question = { $name } deaktivieren? Diese Terminart wird für neue Termine nicht mehr angeboten.
setup-types-duration = { $minutes } Min.
setup-yes = Ja
setup-no = Nein
setup-types-recall-described = { $kind }, fällig nach { $months ->
    [one] { $months } Monat
   *[other] { $months } Monaten
    }
setup-types-empty = Noch keine Terminarten.
setup-types-add-heading = Terminart hinzufügen
setup-types-duration-label = Dauer (Minuten)
setup-types-duration-hint = Die Zeit des Patienten auf dem Behandlungsstuhl.
setup-types-before = Vorbereitung vorher (Minuten)
setup-types-after = Nachbereitung danach (Minuten)
setup-types-buffers-hint = Vor- und Nachbereitung belegen Behandler und Behandlungsstuhl, werden dem Patienten aber nicht angezeigt.
setup-types-fee = Preis ({ $currency })
setup-types-fee-hint = Wird bei der Buchung im Termin gespeichert: Ein neuer Preis gilt nur für spätere Buchungen.
setup-types-recall-label = Recall (optional)
setup-types-recall-hint = Wofür ein abgeschlossener Besuch dieser Art den Patienten erneut fällig macht, z. B. Prophylaxe.
setup-types-recall-months = Erneut fällig nach (Monaten)
setup-types-online = Patienten können dies online buchen
setup-types-needs-chair = Braucht einen Behandlungsstuhl
setup-types-providers = Behandler, die sie durchführen
setup-types-save = Terminart speichern
setup-types-add = Terminart hinzufügen

## Set-up: cancellation reasons.

setup-cancel-use-custom = Vom Team ausgewählt
setup-cancel-use-other = Vom Team ausgewählt, mit ein paar Worten Erläuterung
setup-cancel-use-patient-online = Vorgegeben: Ein Patient hat über seine E-Mail abgesagt
setup-cancel-use-time-off = Vorgegeben: Eine Abwesenheit hat die Zeit des Termins belegt
setup-cancel-loading = Absagegründe werden geladen…
setup-cancel-deactivate-question = „{ $label }“ deaktivieren? Dieser Grund wird dem Team nicht mehr angeboten; frühere Absagen behalten ihn.
setup-cancel-intro = Das Team wählt beim Absagen eines Termins einen dieser Gründe, damit Berichte zählen können, warum Termine abgesagt werden.
setup-cancel-edit = „{ $label }“ bearbeiten
setup-cancel-add-heading = Grund hinzufügen
setup-cancel-order = Reihenfolge in der Liste
setup-cancel-save = Grund speichern
setup-cancel-add = Grund hinzufügen

## Set-up: email templates.

setup-emails-loading = Die Vorlagen werden geladen…
setup-emails-own = eigene
setup-emails-default = Standard
setup-emails-intro = Was Patienten und neue Teammitglieder erhalten. Jede Art beginnt mit einer Standardvorlage; bearbeiten Sie sie, um eine eigene Vorlage der Praxis daraus zu machen.
setup-emails-languages = Patienten erhalten die Fassung in ihrer Sprache; Patienten ohne bekannte Sprache erhalten die der Praxis ({ $language }).
setup-emails-template-loading = Die Vorlage wird geladen…
setup-emails-subject = Betreff
setup-emails-text = Text
setup-emails-html = HTML (Quelltext)
setup-emails-part-subject = Betreff
setup-emails-part-text-body = Textteil
setup-emails-part-html-body = HTML-Teil
setup-emails-saved = Gespeichert: Die nächsten E-Mails dieser Art verwenden sie.
setup-emails-text-body = Textteil
setup-emails-html-body = HTML-Teil
setup-emails-save = Vorlage speichern
setup-emails-reset = Zur Standardvorlage zurückkehren
setup-emails-aside = Platzhalter und Vorschau
setup-emails-placeholders = Platzhalter
setup-emails-preview = Vorschau mit Beispieldaten
setup-emails-rendering = Wird erstellt…

## The kinds of email, and the outbox.

setup-email-kind-booking-confirmation = Buchungsbestätigung
setup-email-kind-rescheduled = Termin verschoben
setup-email-kind-cancelled = Termin abgesagt
setup-email-kind-reminder = Erinnerung
setup-email-kind-staff-invitation = Einladung ins Team
setup-email-kind-recall = Recall (Wiedervorstellung fällig)
setup-email-kind-asap-offer = Angebot eines früheren Termins (ASAP-Liste)
setup-outbox-status-queued = in Warteschlange
setup-outbox-status-sending = wird gesendet
setup-outbox-status-sent = gesendet
setup-outbox-status-failed = fehlgeschlagen
setup-outbox-status-cancelled = abgebrochen
setup-outbox-title = Postausgang
setup-outbox-loading = Der Postausgang wird geladen…
setup-outbox-after-attempts = { $count ->
    [one] nach { $count } Versuch
   *[other] nach { $count } Versuchen
    }
setup-outbox-counts = { $queued } in Warteschlange · { $failed } fehlgeschlagen
setup-outbox-status = Status
setup-outbox-any = Alle
setup-outbox-kind = Art
setup-outbox-queued-on = Eingereiht am (UTC)
setup-outbox-no-match = Keine passende E-Mail.
setup-outbox-pages = Seiten
setup-outbox-newer = ‹ Neuere
setup-outbox-older = Ältere ›
setup-outbox-email-title = E-Mail
setup-outbox-email-loading = Die E-Mail wird geladen…
setup-outbox-send-again = Erneut senden
setup-outbox-cancel = Diese E-Mail abbrechen
setup-outbox-to = An
setup-outbox-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
    }
setup-outbox-queued-utc = Eingereiht (UTC)
setup-outbox-sent-utc = Gesendet (UTC)
setup-outbox-goes-at = Geht raus um (UTC)
setup-outbox-server-answer = Antwort des Servers
setup-outbox-last-problem = Letztes Problem

## Staff.

setup-staff-title = Team
setup-staff-loading = Das Team wird geladen…
setup-staff-none = Noch keine Teammitglieder.
setup-staff-deactivated = Deaktiviert
setup-staff-role-of = Rolle von { $name }
setup-staff-deactivate-question = { $name } deaktivieren? Die Person wird sofort überall abgemeldet.
setup-staff-change = Ändern
setup-staff-clinics-more = Praxen…
setup-staff-clinics-of = Praxen von { $name }
setup-staff-save-clinics = Praxen speichern
setup-staff-invited = { $name } kann jetzt mit diesem Link ein Passwort wählen; der Link wurde auch per E-Mail verschickt. Er funktioniert einmal, { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
    } lang.
setup-staff-invitation-link = Einladungslink
setup-staff-add-heading = Teammitglied hinzufügen
setup-staff-work-email = Dienstliche E-Mail
setup-staff-role = Rolle
setup-staff-clinics = Praxen
setup-staff-add = Hinzufügen und Einladungslink erhalten

## Reports, the audit log, notifications, the home page, integrations, recall and the ASAP list.

## Reports (src/reports/pages.rs).

admin-report-title = Berichte
admin-report-lead = Wie es der Praxis geht: jede Kennzahl neben derselben Kennzahl des vorherigen Zeitraums.
admin-report-counting = Wird berechnet…
admin-report-period = { $days ->
    [one] { $from } bis { $to } ({ $days } Tag), verglichen mit { $previous_from } bis { $previous_to }
   *[other] { $from } bis { $to } ({ $days } Tage), verglichen mit { $previous_from } bis { $previous_to }
    }
admin-report-clinic = Praxis
admin-report-all-clinics = Alle meine
admin-report-period-label = Zeitraum
admin-report-from = Von
admin-report-to = Bis
admin-report-provider = Behandler
admin-report-everyone = Alle
admin-report-show = Anzeigen
admin-report-figures = Kennzahlen
admin-report-day-by-day = Tag für Tag
admin-report-previous-period = Vorheriger Zeitraum: { $value }
admin-report-change-points = { $sign }{ $points } Prozentpunkte
admin-report-chart-description = { $first } bis { $last }; Höchstwert { $highest } am { $day }. Die Tabelle darunter enthält jeden Tag.
admin-report-chart-empty = { $first } bis { $last }; nichts anzuzeigen.
admin-report-chart-title = { $title } pro Tag
admin-report-chart-top = Oberkante des Diagramms: { $top }
admin-report-chart-as-table = { $title } als Tabelle
admin-report-date = Datum
admin-report-download-csv = CSV herunterladen
admin-report-nothing = Nichts in diesem Zeitraum.
admin-report-def-heading = So wird gezählt
admin-report-def-dates = Daten
admin-report-def-dates-text = Termine zählen am örtlichen Datum des Besuchs, in der Zeitzone ihrer Praxis. Der vorherige Zeitraum ist genauso lang wie dieser und endet am Tag vor dessen Beginn. Reservierungen von Patienten, die gerade online buchen, werden nicht gezählt.
admin-report-def-utilization = Auslastung
admin-report-def-utilization-text = Gebuchte Zeit ÷ verfügbare Zeit. Gebuchte Zeit ist die Zeit, die bestehende Termine (nicht abgesagt, nicht versäumt) belegen: der Besuch mit Vor- und Nachbereitung. Verfügbare Zeit sind die Wochenarbeitszeiten jedes Behandlers an jedem Datum (ein Tag der Zeitumstellung ist so lang, wie er wirklich ist), abzüglich Abwesenheiten und Schließzeiten der Praxis. Für einen Behandlungsstuhl: die Stunden, in denen ein Behandler an ihm eingeplant ist, abzüglich der Abwesenheiten des Stuhls, des Behandlers und der Praxis.
admin-report-def-no-show-rate = Ausfallquote
admin-report-def-no-show-rate-text = Nicht erschienen ÷ (nicht erschienen + erschienene Patienten: angekommen, im Stuhl oder abgeschlossen).
admin-report-def-cancellations = Kurzfristige und frühzeitige Absagen
admin-report-def-cancellations-text = Eine Absage ist kurzfristig, wenn sie innerhalb der Absagefrist der Praxis vor dem Besuch erfolgte (zum Beispiel 24 Stunden), sonst frühzeitig. Die Gründe sind die Liste der Absagegründe der Praxis, mit ihren aktuellen Namen.
admin-report-def-production = Umsatz
admin-report-def-production-text = Geplant: die Honorare bestehender Termine. Erbracht: die Honorare abgeschlossener Besuche. Jeder Termin behält das Honorar seiner Terminart zum Zeitpunkt der Buchung. Pro verfügbare Stunde: erbrachte Honorare ÷ verfügbare Stunden. Beträge in verschiedenen Währungen werden nie zusammengezählt.
admin-report-def-new-patients = Neue Patienten
admin-report-def-new-patients-text = Patienten, deren allererster abgeschlossener Besuch in den Zeitraum fällt, gezählt für den Behandler dieses Besuchs; online, wenn der Patient diesen Besuch selbst online gebucht hat, sonst Empfang.
admin-report-def-hygiene = Folgetermin nach Prophylaxe
admin-report-def-hygiene-text = Von den abgeschlossenen Besuchen bei einer Dentalhygienikerin oder einem Dentalhygieniker der Anteil, bei dem der Patient mit einem gebuchten späteren Termin ging: einer, der bis zum Ende des Besuchstags vereinbart und bis dahin nicht abgesagt wurde.
admin-report-def-online = Anteil Online-Buchungen und Vorlaufzeit
admin-report-def-online-text = Vom Patienten online gebuchte Termine ÷ alle vereinbarten Termine (abgesagte eingeschlossen); die Vorlaufzeit ist die durchschnittliche Zahl der Tage von der Buchung bis zum Besuch.
admin-report-col-provider = Behandler
admin-report-col-clinic = Praxis
admin-report-col-chair = Behandlungsstuhl
admin-report-col-day = Tag
admin-report-col-date = Datum
admin-report-col-reason = Grund
admin-report-col-late = Kurzfristig
admin-report-col-early = Frühzeitig
admin-report-col-all = Alle
admin-report-col-all-previous = Alle (vorher)
admin-report-col-available-hours = Verfügbare Stunden
admin-report-col-scheduled-hours = Eingeplante Stunden
admin-report-col-booked-hours = Gebuchte Stunden
admin-report-col-utilization = Auslastung
admin-report-col-utilization-previous = Auslastung (vorher)
admin-report-col-appointments = Termine
admin-report-col-no-shows = Nicht erschienen
admin-report-col-no-show-rate = Ausfallquote
admin-report-col-late-cancellations = Kurzfristige Absagen
admin-report-col-early-cancellations = Frühzeitige Absagen
admin-report-col-cancellations = Absagen (kurzfristig und frühzeitig)
admin-report-col-scheduled-fees = Geplante Honorare
admin-report-col-completed-fees = Erbrachte Honorare
admin-report-col-completed-fees-previous = Erbrachte Honorare (vorher)
admin-report-col-completed-fees-per-hour = Erbrachte Honorare pro verfügbare Stunde
admin-report-col-scheduled-production = Geplanter Umsatz
admin-report-col-completed-production = Erbrachter Umsatz
admin-report-col-completed-production-per-hour = Erbrachter Umsatz pro verfügbare Stunde
admin-report-col-new-patients = Neue Patienten
admin-report-col-new-patients-online = Neue Patienten mit Online-Buchung
admin-report-col-hygiene-reappointment = Folgetermin nach Prophylaxe
admin-report-col-online-share = Anteil online
admin-report-col-online-booking-share = Anteil Online-Buchungen
admin-report-col-lead-time = Vorlaufzeit
admin-report-col-lead-time-days = Vorlaufzeit (Tage)
admin-report-col-lead-time-booking = Vorlaufzeit (Tage von der Buchung bis zum Besuch)
admin-report-table-providers = Nach Behandler
admin-report-download-providers = {" "}der Tabelle „Nach Behandler“
admin-report-table-chairs = Nach Behandlungsstuhl
admin-report-download-chairs = {" "}der Tabelle „Nach Behandlungsstuhl“
admin-report-table-weekdays = Nach Wochentag
admin-report-download-weekdays = {" "}der Tabelle „Nach Wochentag“
admin-report-table-reasons = Absagen nach Grund
admin-report-download-reasons = {" "}der Tabelle „Absagen nach Grund“
admin-report-table-days = Tag für Tag
admin-report-download-days = {" "}der Tabelle „Tag für Tag“
admin-report-preset-this-week = Diese Woche
admin-report-preset-last-month = Letzter Monat
admin-report-preset-this-quarter = Dieses Quartal
admin-report-preset-last-12-months = Letzte 12 Monate
admin-report-preset-custom = Daten unten
admin-report-unit-cancellations = Absagen
admin-report-unit-patients = Patienten
admin-report-unit-days = Tage
admin-report-unit-fees = Honorare

## The audit log and a patient's access history (src/audit/pages.rs).

admin-audit-title = Protokoll
admin-audit-lead = Wer was wann und von wo gesehen oder geändert hat. Auch das Lesen dieses Protokolls wird darin festgehalten.
admin-audit-loading = Protokoll wird geladen…
admin-audit-staff = Teammitglied
admin-audit-anyone = Alle
admin-audit-patient-number = Patientennummer
admin-audit-action = Aktion
admin-audit-action-placeholder = patient. oder calendar.viewed
admin-audit-clinic = Praxis
admin-audit-all-clinics = Alle meine
admin-audit-from = Von (UTC)
admin-audit-to = Bis (UTC)
admin-audit-show = Anzeigen
admin-audit-download = Diese Einträge als CSV herunterladen
admin-audit-download-hint = Um Einträge als CSV herunterzuladen, wählen Sie den ersten und den letzten Tag und dann Anzeigen.
admin-audit-no-match = Kein Eintrag passt.
# For the DataTables of the audit log and the access history, once `DataTable` takes text.

admin-audit-pages = Seiten
admin-audit-newest = ‹ Neueste
admin-audit-older = Ältere ›
admin-audit-not-signed-in = Nicht angemeldet
admin-audit-patient = Patient { $patient }
admin-audit-result-success = Erfolgreich
admin-audit-result-denied = Verweigert
admin-audit-result-failed = Fehlgeschlagen
admin-audit-show-details = Anzeigen
admin-audit-chain-heading = Manipulationsprüfung
admin-audit-chain-unchecked = Die Kette der Einträge wurde noch nicht geprüft.
admin-audit-chain-command-line = die Kommandozeile
admin-audit-chain-intact = { $rows ->
    [one] Unversehrt: { $rows } Eintrag geprüft, die Kette ist bis Position { $position } lückenlos ({ $at }, von { $who }).
   *[other] Unversehrt: { $rows } Einträge geprüft, die Kette ist bis Position { $position } lückenlos ({ $at }, von { $who }).
    }
admin-audit-chain-broken = Bruch gefunden ({ $at }, von { $who }): { $problem }
admin-audit-checking = Wird geprüft…
admin-audit-check-now = Kette jetzt prüfen
admin-access-title = Zugriffsverlauf
admin-access-loading = Zugriffsverlauf wird geladen…
admin-access-this-patient = Dieser Patient
admin-access-not-signed-in = Nicht angemeldet (online oder über einen Link in einer E-Mail)
admin-access-patients = Patienten
admin-access-heading = { $name }: Zugriffsverlauf
admin-access-lead = Alle, die diese Akte angesehen oder geändert haben, neueste zuerst, und Listen, in denen sie erschien (etwa ein Tag im Kalender). Auch das Lesen dieses Verlaufs wird festgehalten.
admin-access-open-audit = Im Protokoll öffnen (Filter, CSV-Download)
admin-access-empty = Noch niemand hat diese Akte geöffnet.
admin-patient-tabs = Patient
admin-patient-tab-record = Akte
admin-patient-tab-access = Zugriffsverlauf

## Notifications and the bell (src/notifications/pages.rs).

admin-notifications-bell-unread = Benachrichtigungen, { $count } ungelesen
admin-notifications-title = Benachrichtigungen
admin-notifications-loading = Ihre Benachrichtigungen werden geladen…
admin-notifications-none-unread = Nichts ungelesen.
admin-notifications-unread = { $count } ungelesen.
admin-notifications-mark-all = Alle als gelesen markieren
admin-notifications-empty = Nichts zu tun. Neue Benachrichtigungen erscheinen hier, und die Glocke oben zählt sie.
admin-notifications-more = Ältere Benachrichtigungen werden nicht aufgeführt.
admin-notifications-choices = Worüber Sie informiert werden
admin-notifications-tell-me = Benachrichtigen, wenn
admin-notifications-save = Auswahl speichern
admin-notifications-saved = Gespeichert.
admin-notifications-mark-read = Als gelesen markieren
admin-notifications-new = Neu
admin-notifications-kind-online-booked = ein Patient online gebucht hat
admin-notifications-kind-online-moved = ein Patient seinen Termin verschoben hat
admin-notifications-kind-online-cancelled = ein Patient seinen Termin abgesagt hat
admin-notifications-kind-online-confirmed = ein Patient seinen Termin bestätigt hat
admin-notifications-kind-asap-claimed = ein Patient der ASAP-Liste einen frei gewordenen Termin übernommen hat
admin-notifications-kind-email-failed = eine E-Mail nicht gesendet werden konnte
admin-notifications-kind-medical-alert = ein medizinischer Hinweis für einen Patienten hinzugefügt wurde, den Sie heute sehen

## The home page (src/home/pages.rs).

admin-home-lead = Terminplanung, Patientenakten und Online-Buchung für Zahnarztgruppen mit mehreren Praxen.
admin-home-reception = Empfang
admin-home-reception-text = Patienten in Sekunden finden oder anlegen, den Tag der Praxis sehen, Termine buchen, verschieben und absagen.
admin-home-clinicians = Zahnärzte und Dentalhygieniker
admin-home-clinicians-text = Ihr Tag auf einen Blick, mit den medizinischen Hinweisen jedes Patienten neben dem Termin.
admin-home-patients = Patienten
admin-home-patients-text = Online vom Smartphone buchen und über den Link in der E-Mail absagen oder verschieben.
admin-home-email = E-Mail
admin-home-outbox-counts = { $queued } warten auf Versand · { $failed } fehlgeschlagen
admin-home-open-outbox = Postausgang öffnen
admin-home-see-failed = Fehlgeschlagene ansehen
admin-home-checking = Wird geprüft…
admin-home-connection = Verbindung
admin-home-connection-text = Prüfen Sie, ob dieser Browser, der Server und die Datenbank einander erreichen.
admin-home-check-connection = Verbindung prüfen
admin-home-connected = Verbunden. Die Datenbank hat in { $millis } ms geantwortet (Serverversion { $version }).

## API keys (src/api_keys/pages.rs).

admin-api-loading = API-Schlüssel werden geladen…
admin-api-empty = Noch keine API-Schlüssel. Legen Sie unten einen für jedes System an, das den Kalender dieser Praxis lesen oder ändern soll.
admin-api-col-name = Name
admin-api-col-key = Schlüssel
admin-api-col-scopes = Berechtigungen
admin-api-col-per-minute = Pro Minute
admin-api-col-made = Angelegt
admin-api-col-last-used = Zuletzt verwendet
admin-api-col-actions = Aktionen
admin-api-title = API-Schlüssel

admin-api-intro = Andere Systeme rufen die REST-API unter /api/v1 mit einem Schlüssel im Authorization-Header auf (Bearer …). Die Referenz finden Sie unter{" "}
admin-api-intro-end = .
admin-api-revoke-open = Widerrufen…
admin-api-revoke-confirm = „{ $name }“ widerrufen? Jede Anfrage damit wird ab sofort abgelehnt; das lässt sich nicht rückgängig machen.
admin-api-revoke = Widerrufen
admin-api-revoked = Widerrufen am { $when }
admin-api-never = Nie
admin-api-made = Angelegt. Der Schlüssel wird nur dieses eine Mal angezeigt: Kopieren Sie ihn jetzt in das andere System. Wer ihn hat, kann als dieser Schlüssel handeln.
admin-api-key-label = API-Schlüssel
admin-api-new-heading = Schlüssel anlegen
admin-api-name = Wofür er ist
admin-api-name-hint = Das System, das ihn verwenden wird, z. B. Telefonanlage.
admin-api-read-scope = Jeder Schlüssel liest die Behandler, Terminarten, freien Zeiten und Termine dieser Praxis.
admin-api-write-scope = Änderungen: Termine buchen, verschieben und absagen, ihren Status setzen
admin-api-patients-scope = Patienten: suchen und lesen (und, mit Änderungen, anlegen und aktualisieren)
admin-api-per-minute = Anfragen pro Minute
admin-api-per-minute-hint = Weitere Anfragen in derselben Minute werden bis zur nächsten Minute abgelehnt (429).
admin-api-create = Schlüssel anlegen
admin-api-origins-heading = Browser-Ursprünge
admin-api-origins-saved = Ursprünge gespeichert.
admin-api-origins = Web-Apps, die die API aus einem Browser aufrufen dürfen
admin-api-origins-hint = Einer pro Zeile, etwa https://crm.example.com. Leer lassen, wenn nur Server die API aufrufen.
admin-api-origins-save = Ursprünge speichern

## Webhooks (src/webhooks/pages.rs).

admin-webhooks-loading = Webhooks werden geladen…
admin-webhooks-empty = Noch keine Webhooks. Fügen Sie unten einen hinzu, damit Buchungen und Patientenänderungen sofort an ein anderes System gesendet werden.
admin-webhooks-title = Webhooks

admin-webhooks-intro = Jedes Ereignis wird als signierter JSON-POST gesendet (Header Chairside-Signature: t=…,v1=… — ein HMAC-SHA256 von „t.body“ mit dem Geheimnis des Endpunkts) und mit wachsenden Abständen etwa einen Tag lang wiederholt, wenn der Endpunkt nicht mit 2xx antwortet.
admin-webhooks-nothing-sent = Noch nichts gesendet.
admin-webhooks-send-test = Testereignis senden
admin-webhooks-disable-open = Deaktivieren…
admin-webhooks-disable-confirm = Diesen Webhook deaktivieren? Es wird nichts mehr an ihn gesendet, auch keine Ereignisse in der Warteschlange.
admin-webhooks-disable = Deaktivieren
admin-webhooks-disabled = Deaktiviert
admin-webhooks-events = Ereignisse: { $events }
admin-webhooks-deliveries = Letzte Zustellungen
admin-webhooks-added = Hinzugefügt. Sein Signaturgeheimnis wird nur dieses eine Mal angezeigt: Bewahren Sie es dort auf, wo das empfangende System es lesen kann.
admin-webhooks-secret = Signaturgeheimnis
admin-webhooks-new-heading = Webhook hinzufügen
admin-webhooks-url = Adresse
admin-webhooks-url-hint = Eine https://-Adresse, die POST-Anfragen annimmt.
admin-webhooks-events-legend = Zu sendende Ereignisse
admin-webhooks-description = Beschreibung (optional)
admin-webhooks-create = Webhook hinzufügen
admin-webhooks-event-appointment-booked = Termin gebucht
admin-webhooks-event-appointment-moved = Termin verschoben
admin-webhooks-event-appointment-cancelled = Termin abgesagt
admin-webhooks-event-appointment-status-changed = Terminstatus geändert
admin-webhooks-event-patient-created = Patient angelegt
admin-webhooks-event-patient-updated = Patient aktualisiert

## The calendar feed (src/feeds/pages.rs).

admin-feeds-title = Kalender-Feed
admin-feeds-my-day = Mein Tag
admin-feeds-heading = Ihre Termine in Ihrem eigenen Kalender
admin-feeds-lead = Schalten Sie einen Feed ein und abonnieren Sie seine Adresse in Google Kalender, Apple Kalender oder Outlook: Ihre Termine von 30 Tagen zurück bis 180 Tage voraus erscheinen dort und folgen jeder Änderung (Kalender-Apps prüfen alle paar Stunden). Patienten erscheinen nur mit Initialen, sofern die Praxis nichts anderes festlegt.
admin-feeds-loading = Wird geladen…
admin-feeds-no-provider = Ihr Konto ist mit keinem Behandler verknüpft, daher gibt es keinen Plan für einen Kalender. Eine Administratorin oder ein Administrator verknüpft Konten mit Behandlern auf den Einrichtungsseiten der Praxis.
admin-feeds-on-now = Der Feed ist eingeschaltet. Kopieren Sie diese Adresse jetzt in Ihre Kalender-App („Kalender abonnieren“, „Über URL“): Sie wird nur dieses eine Mal angezeigt.
admin-feeds-address = Feed-Adresse
admin-feeds-off = Aus
admin-feeds-on-unfetched = Ein seit { $since }; noch kein Kalender hat ihn abgerufen
admin-feeds-on-fetched = Ein seit { $since }; zuletzt abgerufen { $last }
admin-feeds-new-address = Neue Adresse…
admin-feeds-turn-on = Einschalten
admin-feeds-turn-off-open = Ausschalten…
admin-feeds-turn-off-confirm = Feed ausschalten? Kalender, die ihn abonniert haben, erhalten Ihre Termine nicht mehr.
admin-feeds-turn-off = Ausschalten
admin-feeds-replace-note = Eine neue Adresse ersetzt die alte, die dann nicht mehr funktioniert.
admin-feeds-caption = Ihre Kalender-Feeds
admin-feeds-col-provider = Behandler
admin-feeds-col-feed = Feed
admin-feeds-col-actions = Aktionen

## Recall (src/recall/pages.rs).

admin-recall-title = Recall
admin-recall-loading = Fällige Patienten werden gesucht…
admin-recall-clinic = Praxis
admin-recall-recorded = Festgehalten.
admin-recall-empty = In diesem Zeitraum ist kein Patient fällig.
admin-recall-caption = Fällige Patienten
admin-recall-col-patient = Patient
admin-recall-col-phone = Telefon
admin-recall-col-due-for = Fällig für
admin-recall-col-due = Fällig
admin-recall-col-last-visit = Letzter Besuch
admin-recall-col-booked = Gebucht
admin-recall-col-last-contact = Letzter Kontakt
admin-recall-col-record = Kontakt festhalten
admin-recall-previous = ‹ Zurück
admin-recall-next = Weiter ›
admin-recall-lead = { $clinic }: Patienten, die wieder zu einem Besuch kommen sollten. Wer bereits einen Termin dieser Art gebucht hat, wird nur auf Wunsch angezeigt.
admin-recall-window = Fällig
admin-recall-kind = Für
admin-recall-every-kind = Jede Art
admin-recall-sort = Sortieren nach
admin-recall-with-booked = {" "}Bereits gebuchte einschließen
admin-recall-show = Anzeigen
admin-recall-pages = Seiten
admin-recall-page = Seite { $page }
admin-recall-no-phone = Kein Telefon
admin-recall-due-overdue = { $due } (überfällig)
admin-recall-set-by-hand = Von Hand gesetzt: { $reason }
admin-recall-no-last-visit = Keiner erfasst
admin-recall-not-booked = Nein
admin-recall-not-contacted = Noch nicht kontaktiert
admin-recall-outcome-label = Wie Sie versucht haben, { $patient } zu erreichen
admin-recall-contact = Kontakt…
admin-recall-note-label = Notiz zum Kontakt mit { $patient }
admin-recall-note-placeholder = Notiz (optional)
admin-recall-record = Festhalten
admin-recall-patient-empty = Noch keine Recall-Termine.
admin-recall-patient-due = { $kind }: fällig am { $due }
admin-recall-patient-overdue = {" "}(überfällig)
admin-recall-patient-last-visit = , letzter Besuch { $last }
admin-recall-patient-reason = . Von Hand gesetzt: { $reason }
admin-recall-saved = Gespeichert.
admin-recall-set-due = Fälligkeit setzen oder verschieben
admin-recall-due-for = Fällig für
admin-recall-due-for-hint = z. B. Prophylaxe; ein vorhandenes Datum dieser Art wird ersetzt.
admin-recall-due-on = Fällig am
admin-recall-why = Grund
admin-recall-why-hint = Zum Beispiel: Der Patient möchte bis nach dem Sommer warten.
admin-recall-set-button = Fälligkeit setzen
admin-recall-window-overdue = Überfällig
admin-recall-window-within = In den nächsten { $days } Tagen fällig, und überfällig
admin-recall-sort-due = Fälligkeit
admin-recall-sort-last-visit = Letzter Besuch
admin-recall-sort-name = Name
admin-recall-sort-last-contact = Letzter Kontakt
admin-recall-outcome-called = Angerufen
admin-recall-outcome-left-message = Nachricht hinterlassen
admin-recall-outcome-emailed = E-Mail gesendet
admin-recall-outcome-declined = Abgelehnt

## The ASAP list (src/asap/pages.rs).

admin-asap-title = ASAP-Liste
admin-asap-loading = Liste wird geladen…
admin-asap-clinic = Praxis
admin-asap-offered = Angeboten: Die E-Mail ist unterwegs.
admin-asap-freed-empty = In letzter Zeit ist keine Zeit frei geworden. Wird ein bevorstehender Termin abgesagt oder verschoben, erscheint seine Zeit hier und wird den Patienten angeboten, zu denen sie passt.
admin-asap-freed = Frei gewordene Zeiten
admin-asap-col-time = Zeit
admin-asap-col-provider = Behandler
admin-asap-col-offers-sent = Gesendete Angebote
admin-asap-col-state = Stand
admin-asap-col-offer = Einem Patienten anbieten
admin-asap-waiting-empty = Niemand wartet. Fügen Sie einen Patienten auf seiner Seite hinzu („ASAP-Liste“), oder Patienten tragen sich bei der Online-Buchung selbst ein.
admin-asap-waiting-caption = Wartende Patienten
admin-asap-col-patient = Patient
admin-asap-col-phone = Telefon
admin-asap-col-for = Für
admin-asap-col-when = Wann
admin-asap-col-booked = Jetzt gebucht
admin-asap-col-since = Wartet seit
admin-asap-col-until = Bis
admin-asap-col-offers = Angebote
admin-asap-col-actions = Aktionen
admin-asap-lead = { $clinic }: Patienten, die einen früheren Termin nehmen würden. Frei gewordene Zeiten gehen per E-Mail an die, zu denen sie passen, einige auf einmal, wer am längsten wartet zuerst; wer zuerst zugreift, bekommt den Termin.
admin-asap-waiting = Wartend ({ $count })
admin-asap-offer-label = Patient, dem { $when } angeboten werden soll
admin-asap-offer = Anbieten
admin-asap-no-phone = Kein Telefon
admin-asap-not-booked = Nein
admin-asap-remove-open = Entfernen…
admin-asap-remove-confirm = { $patient } für { $type_name } von der ASAP-Liste nehmen?
admin-asap-remove = Entfernen
admin-asap-patient-none = Nicht auf der ASAP-Liste.
admin-asap-patient-request = { $offers ->
    [one] { $type_name } bei { $provider }: { $when }, bis { $until } (bisher { $offers } Angebot)
   *[other] { $type_name } bei { $provider }: { $when }, bis { $until } (bisher { $offers } Angebote)
    }
admin-asap-choose = Bitte wählen…
admin-asap-any-provider = Beliebiger Behandler
admin-asap-added = Zur ASAP-Liste hinzugefügt.
admin-asap-add = Zur ASAP-Liste hinzufügen
admin-asap-waiting-for = Wartet auf
admin-asap-with = Bei
admin-asap-days = An diesen Tagen (keiner angekreuzt: jeder Tag)
admin-asap-earliest = Beginn frühestens
admin-asap-latest = Beginn spätestens
admin-asap-until = Auf der Liste bis
admin-asap-note = Notiz
admin-asap-note-hint = Zum Beispiel: kann innerhalb einer Stunde kommen.

## Tables: their captions (for screen readers) and column headings.

table-patients-found = Gefundene Patienten
table-medical-history = Anamnese
table-changes-to-the-medical-history = Änderungen der Anamnese
table-the-patient-s-appointments = Die Termine des Patienten
table-your-signed-in-sessions = Ihre angemeldeten Sitzungen
table-audit-entries-newest-first = Protokolleinträge, neueste zuerst
table-access-history-newest-first = Zugriffsverlauf, neueste zuerst
table-staff-of-your-clinics = Mitarbeiter Ihrer Praxen
table-email-templates = E-Mail-Vorlagen
table-emails = E-Mails
table-time-off-ahead = Anstehende Abwesenheiten
table-providers = Behandler
table-chairs = Behandlungsstühle
table-appointment-types = Terminarten
table-working-hours-on-record = Hinterlegte Arbeitszeiten
table-intervals-of-the-new-rota = Zeitfenster des neuen Dienstplans
table-cancellation-reasons = Absagegründe
column-applies-to = Gilt für
column-from = Von
column-until = Bis
column-reason = Grund
column-day = Tag
column-hours = Zeiten
column-chair = Behandlungsstuhl
column-valid = Gültig
column-starts = Beginn
column-ends = Ende
column-device = Gerät
column-ip-address = IP-Adresse
column-signed-in = Angemeldet
column-last-seen = Zuletzt aktiv
column-email = E-Mail
column-versions = Versionen
column-kind = Art
column-what = Was
column-severity = Schweregrad
column-details = Details
column-status = Status
column-name = Name
column-duration = Dauer
column-buffers-before-after-min = Puffer vorher / nachher (Min.)
column-fee = Honorar
column-online = Online
column-providers = Behandler
column-recall = Recall
column-role = Rolle
column-clinics = Praxen
column-order = Reihenfolge
column-number = Nummer
column-born-age = Geboren (Alter)
column-phone = Telefon
column-queued-utc = Eingereiht (UTC)
column-to = An
column-subject = Betreff
column-last-problem = Letztes Problem
column-used-for = Verwendet für
column-when-utc = Wann (UTC)
column-who = Wer
column-clinic = Praxis
column-action = Aktion
column-record = Datensatz
column-result = Ergebnis
column-what-it-recorded = Was erfasst wurde
column-when = Wann
column-appointment = Termin
column-with = Bei
column-change = Änderung
column-entry = Eintrag
column-staff-account = Mitarbeiterkonto

## Field checks and the set-up's own messages.

## Checks of fields and server messages (domain parsers, set-up, staff).
## A check-what-* message is a noun phrase put in another message ({ $what }, { $unit }).

check-whole-number = Bitte geben Sie eine ganze Zahl von { $min } bis { $max } ein ({ $unit }).
check-what-minutes = Minuten
check-multiple-of-five = Bitte verwenden Sie ein Vielfaches von 5 Minuten.
check-colour = Bitte wählen Sie eine Farbe, geschrieben wie #1f7a8c.
check-slug = Bitte verwenden Sie Kleinbuchstaben und Ziffern, mit einzelnen Bindestrichen zwischen den Wörtern (wie berlin-mitte).
check-slug-manage = „manage“ ist für die Links der Online-Buchung reserviert: Bitte wählen Sie eine andere Adresse.
check-phone = Bitte geben Sie eine Telefonnummer wie +49 30 12345678 ein.
check-time-zone-missing = Bitte wählen Sie die Zeitzone der Praxis.
check-time-zone-unknown = { $zone } ist kein Name einer Zeitzone. Bitte wählen Sie eine aus der Liste, z. B. Europe/Berlin.
check-weekday = Bitte wählen Sie einen Wochentag.
check-time-shape = Bitte geben Sie eine Uhrzeit wie 09:30 ein.
check-date-shape = Bitte geben Sie ein Datum wie 2026-12-01 ein.
check-last-day-before-first = Der letzte Tag darf nicht vor dem ersten liegen.
check-end-before-start = Das Ende muss nach dem Beginn liegen.
check-currency = Bitte wählen Sie eine der aufgeführten Währungen.
check-fee-negative = Ein Preis kann nicht negativ sein.
check-fee-shape = Bitte geben Sie den Preis als Betrag ein, z. B. 45,00.
check-fee-decimals = Ein Preis hat höchstens zwei Nachkommastellen.
check-fee-too-much = Ein Preis beträgt höchstens 100.000,00.
check-password-too-short = Bitte verwenden Sie mindestens { $min } Zeichen; ein kurzer Satz eignet sich gut.
check-password-email = Bitte verwenden Sie Ihre E-Mail-Adresse nicht im Passwort.
check-password-name = Bitte verwenden Sie Ihren Namen nicht im Passwort.
check-password-common = Dieses Passwort gehört zu den gebräuchlichsten; bitte wählen Sie ein anderes.
check-strength-too-short = Zu kurz
check-strength-weak = Schwach
check-strength-fair = Mittel
check-strength-strong = Stark
check-status-choose = Bitte wählen Sie einen Status aus der Liste.
check-no-show-before-start = Ein Termin kann erst nach seinem Beginn als „Nicht erschienen“ gelten. Um die Zeit vorher freizugeben, sagen Sie ihn mit einem Grund ab.
check-status-final = Dieser Termin hat den Status „{ $status }“ und kann nicht mehr geändert werden.
check-status-cannot-become = Dieser Termin hat den Status „{ $status }“ und kann nicht zu „{ $next }“ wechseln.
# A status as the two messages above put it ($status is its code).
check-status-in-sentence = { $status ->
    [held] Vorgemerkt
    [scheduled] Geplant
    [confirmed] Bestätigt
    [arrived] Angekommen
    [in_chair] Im Stuhl
    [completed] Abgeschlossen
    [cancelled] Abgesagt
   *[no_show] Nicht erschienen
    }
check-what-hours = Stunden
check-reminders-at-most-four = Höchstens vier Erinnerungen.
check-what-days = Tage
check-what-calling-code = Ländervorwahl
check-what-chair-name = einen Namen für den Behandlungsstuhl
check-what-places = Position
check-what-cancel-reason = den Grund, wie das Team ihn auswählen wird
check-provider-kind = Bitte wählen Sie Zahnarzt/Zahnärztin oder Dentalhygieniker/in.
check-what-provider-name = den Namen des Behandlers
check-staff-member-or-none = Bitte wählen Sie ein Teammitglied oder keines.
# A rota's interval: "Monday 09:00–12:30".
check-rota-interval = { $weekday } { $starts }–{ $ends }
check-rota-at-most = Ein Dienstplan hat höchstens { $count } Zeiträume.
check-chair-or-none = Bitte wählen Sie einen Behandlungsstuhl oder keinen.
check-rota-overlap = Dies überschneidet sich mit { $interval }; ein Behandler kann nicht an zwei Orten zugleich sein.
check-time-off-applies-to = Bitte wählen Sie die ganze Praxis, einen Behandler oder einen Behandlungsstuhl.
check-what-time-off-reason = einen Grund (wird im Kalender angezeigt)
check-what-type-name = einen Namen für die Terminart
check-what-months = Monate
check-providers-from-list = Bitte wählen Sie Behandler aus der Liste.
check-providers-at-most = Bitte wählen Sie höchstens { $count } Behandler.
check-recall-months-missing = Bitte geben Sie an, nach wie vielen Monaten der Patient wieder fällig ist.
check-recall-kind-missing = Bitte geben Sie an, wofür der Patient fällig ist, z. B. Prophylaxe.
check-slug-taken = Eine andere Praxis verwendet diese Adresse bereits.
check-time-zone-not-in-database = Die Datenbank kennt diese Zeitzone nicht; bitte wählen Sie eine andere.
check-chair-name-taken = Diese Praxis hat bereits einen Behandlungsstuhl mit diesem Namen.
check-provider-name-taken = Diese Praxis hat bereits einen Behandler mit diesem Namen.
check-staff-member-linked = Dieses Teammitglied ist bereits mit einem anderen Behandler verknüpft.
check-staff-member-of-clinic = Bitte wählen Sie ein Teammitglied dieser Praxis.
check-what-date = ein Datum
check-rota-from-past = Ein neuer Dienstplan beginnt frühestens am { $date }; vergangene Wochen behalten ihre Zeiten.
check-rota-chair-taken = Der für { $interval } gewählte Behandlungsstuhl ist zu dieser Zeit von einem anderen Behandler belegt.
check-rota-overlaps-other-hours = { $interval } überschneidet sich mit anderen Zeiten dieses Behandlers.
check-time-off-clocks-forward = { $moment } gibt es in { $zone } nicht: Die Uhren werden dann vorgestellt. Bitte wählen Sie eine andere Uhrzeit.
check-time-off-not-in-clinic = Bitte wählen Sie einen Behandler oder Behandlungsstuhl dieser Praxis.
check-providers-of-clinic = Bitte wählen Sie Behandler dieser Praxis.
check-type-name-taken = Diese Praxis hat bereits eine Terminart mit diesem Namen.
check-cancel-reason-taken = Diese Praxis hat diesen Grund bereits.
check-cancel-reason-built-in = „{ $label }“ ist vorgegeben: Die Anwendung wählt ihn selbst, daher bleibt er in der Liste. Sie können ihn umbenennen.
check-staff-own-account = Sie können Ihr eigenes Konto nicht deaktivieren; bitten Sie eine andere Administratorin oder einen anderen Administrator.
check-staff-own-role = Sie können Ihre eigene Rolle nicht ändern; bitten Sie eine andere Administratorin oder einen anderen Administrator.
check-staff-clinics-of-yours = Bitte wählen Sie Praxen, denen Sie angehören.
check-staff-email-taken = Mit dieser E-Mail-Adresse gibt es bereits ein Konto.
check-staff-own-clinics = Sie können Ihre eigenen Praxen nicht ändern; bitten Sie eine andere Administratorin oder einen anderen Administrator.
check-what-staff-name = den Namen
check-staff-clinics-at-most = Bitte wählen Sie höchstens { $count } Praxen.
check-staff-clinics-from-list = Bitte wählen Sie Praxen aus der Liste.
check-staff-clinics-at-least-one = Bitte wählen Sie mindestens eine Praxis.

## Scheduling, patients, notes and documents: what the server writes.

## What the server writes for people: field checks, refusals, and the dates of its lists.

server-date-medium-year = { $order ->
    [mdy] { $date } { $year }
   *[other] { $date } { $year }
    }
server-date-comma-time = { $date }, { $time }
server-at-by = { $at } von { $by }

## Booking, moving and cancelling appointments.

server-choose-date-time = Wählen Sie ein Datum und eine Uhrzeit.
server-booking-skipped-time = { $time } gibt es in { $zone } nicht: Dann wird die Uhr vorgestellt.
server-choose-type-of-clinic = Wählen Sie eine Terminart dieser Praxis.
server-choose-provider-of-clinic = Wählen Sie einen Behandler dieser Praxis.
server-booking-not-performed = { $provider } führt „{ $kind }“ nicht durch.
server-choose-chair-of-clinic = Wählen Sie einen Stuhl dieser Praxis.
server-booking-time-off = Diese Zeit fällt in eine Abwesenheit ({ $reason }) von { $provider }, des Stuhls oder der Praxis. Wählen Sie eine andere Zeit.
server-booking-just-taken = Diese Zeit wurde gerade vergeben: { $when } ist nicht mehr frei. Wählen Sie eine andere Zeit.
server-booking-patient-busy = Der Patient hat bereits einen Termin am { $when }.
server-choose-provider = Wählen Sie einen Behandler.
server-appointment-changed = Dieser Termin wurde von jemand anderem geändert. Sehen Sie ihn sich noch einmal an und versuchen Sie es dann erneut.
server-reschedule-not-movable = Dieser Termin hat den Status „{ $status }“: Nur geplante oder bestätigte Termine werden verschoben.
server-choose-reason = Wählen Sie einen Grund aus der Liste.
server-cancel-say-why = Geben Sie an, warum der Termin abgesagt wird.

## Recurring appointments.

server-choose-patient = Wählen Sie einen Patienten.
server-choose-type = Wählen Sie eine Terminart.
server-choose-chair = Wählen Sie einen Stuhl.
server-series-choose-first = Wählen Sie das erste Datum und die Uhrzeit.
server-series-every = Wiederholen Sie alle 1 bis 52 Wochen oder Monate.
server-series-unit = Wählen Sie Wochen oder Monate.
server-series-occurrences = Buchen Sie 2 bis { $max } Termine.
server-series-provider-booked = Der Behandler ist zu dieser Zeit belegt.
server-series-patient-busy = Der Patient hat zu dieser Zeit einen anderen Termin.
server-series-chair-taken = Der Stuhl ist zu dieser Zeit belegt.
server-series-time-off = Abwesenheit: { $reason }.
server-series-choose-every-time = Wählen Sie eine Uhrzeit für jeden Termin der Serie.
server-series-choose-time = Wählen Sie eine Uhrzeit für diesen Termin.

## Appointments in a time off.

server-batch-not-a-choice = „{ $choice }“ ist keine Auswahl dieser Seite.
server-batch-whole-clinic = Die ganze Praxis
server-batch-suggestion = { $when } bei { $provider }
server-batch-period = { $from } bis { $until }
server-batch-too-many = Ändern Sie höchstens { $max } Termine auf einmal.
server-batch-unavailable = { $whose } nicht verfügbar: { $reason }
server-batch-nothing-changed = Es wurde nichts geändert. { $message }

## The confirmations list.

server-call-confirmed = Kommt
server-call-left-message = Nachricht hinterlassen
server-call-no-answer = Keine Antwort
server-call-wrong-number = Falsche Nummer
server-call-emailed = Erinnerung per E-Mail gesendet
server-call-choose-outcome = Wählen Sie aus, was passiert ist.
server-status-over = Vorbei
server-call-nothing-to-remind = Dieser Termin hat den Status „{ $status }“: Es gibt nichts, woran der Patient erinnert werden müsste.
server-call-not-emailable = Dieser Patient hat keine E-Mail-Adresse oder hat E-Mail-Erinnerungen nicht zugestimmt.
server-call-already-emailed = Für diese Zeit wurde aus dieser Liste bereits eine Erinnerung per E-Mail gesendet.

## Free times.

server-choose-type-from-list = Wählen Sie eine Terminart aus der Liste.
server-what-first-day = den ersten Tag
server-slots-days = Fragen Sie nach 1 bis { $max } Tagen.

## Patients' records.

server-record-merged-into = Diese Akte wurde mit { $number } zusammengeführt: Buchen Sie dort.
server-record-archived = Diese Akte ist archiviert: Stellen Sie sie zuerst wieder her, um für diesen Patienten zu buchen.
server-medical-entry-unknown = Eintrag
server-medical-entry = { $kind }: { $label }
server-medical-entry-severity = { $entry } ({ $severity })
server-medical-entry-details = { $entry } – { $details }
server-duplicate = { $name } ({ $number }, geb. { $born })
server-duplicates-found = Dies könnte ein Patient sein, den die Praxis bereits hat: { $names }. Prüfen Sie das, bevor Sie eine zweite Akte anlegen; wenn es eine andere Person ist, setzen Sie das Häkchen und speichern Sie erneut.
server-record-someone-else = Jemand anderes
server-record-changed = { $by } hat diese Akte geändert, nachdem Sie sie geöffnet haben. Ihre Änderungen stehen unten; öffnen Sie die Akte erneut, um die anderen Änderungen zu sehen, und nehmen Sie Ihre dann noch einmal vor.
server-medical-choose-kind = Wählen Sie Warnhinweis, Allergie, Erkrankung oder Medikament.
server-choose-from-list = Wählen Sie aus der Liste.
server-patient-reminders-need-email = Für E-Mail-Erinnerungen wird eine E-Mail-Adresse benötigt.
server-what-medical-label = die Bezeichnung (zum Beispiel Penicillin)
server-medical-choose-severity = Wählen Sie den Schweregrad der Allergie.
server-medical-severity-only-allergies = Nur Allergien haben einen Schweregrad.

## Merging two records.

server-merge-choose-fields = Wählen Sie für jedes aufgeführte Feld die Akte, deren Wert bleibt.
server-merge-overlap-pair = { $first } ({ $first_number }) und { $second } ({ $second_number })
server-merge-more = { $count ->
    [one] { $count } weiteres
   *[other] { $count } weitere
    }
server-merge-overlaps = Diese Akten haben Termine zu überschneidenden Zeiten: { $pairs }. Eine Person kann nicht beide wahrnehmen: Sagen Sie je Paar einen Termin ab oder verschieben Sie ihn, und führen Sie die Akten dann zusammen.
server-merge-enter-number = Geben Sie eine Patientennummer wie P-000123 ein.
server-merge-no-such-patient = Diese Praxis hat keinen Patienten mit dieser Nummer.
server-merge-same-record = Das ist dieselbe Akte.
server-merge-confirm = Setzen Sie zur Bestätigung das Häkchen: Eine Zusammenführung lässt sich nicht rückgängig machen.
server-merge-into-itself = Eine Akte kann nicht mit sich selbst zusammengeführt werden.
server-merge-already = Eine dieser Akten wurde bereits zusammengeführt.
server-merge-just-booked = Soeben wurde für eine dieser Akten ein Termin zur selben Zeit wie ein Termin der anderen gebucht. Sehen Sie sich beide Akten noch einmal an und führen Sie sie dann zusammen.

## Clinical notes and their templates.

server-note-signed-final = Diese Notiz ist signiert und kann nicht mehr geändert werden. Fügen Sie stattdessen unten einen Nachtrag hinzu.
server-note-too-long = Die Notiz muss kürzer als { $max } Zeichen sein.
server-note-saved-by-someone = Jemand anderes hat diese Notiz gespeichert, nachdem Sie sie geöffnet haben; Ihr Text steht unten. Öffnen Sie die Notiz in einem anderen Tab, um den anderen Text zu sehen, und speichern Sie dann Ihren.
server-note-only-provider-signs = Nur { $provider } signiert diese Notiz: Der Termin findet bei { $provider } statt.
server-note-write-first = Schreiben Sie die Notiz, bevor Sie sie signieren.
server-note-changed = Die Notiz wurde geändert, nachdem Sie sie geöffnet haben. Lesen Sie sie vor dem Signieren noch einmal.
server-note-addendum = Schreiben Sie den Nachtrag (bis zu { $max } Zeichen).
server-note-addendum-unsigned = Nachträge folgen auf eine signierte Notiz: Diese ist noch nicht signiert, ändern Sie sie also direkt.
server-template-name = Benennen Sie die Vorlage (bis zu 80 Zeichen).
server-template-body = Schreiben Sie die Stichpunkte (bis zu 4.000 Zeichen).
server-template-name-taken = Die Praxis hat bereits eine Vorlage mit diesem Namen.
server-template-active-name = Eine aktive Vorlage hat diesen Namen: Benennen Sie zuerst eine der beiden um.
server-what-days = Tage

## Patients' documents.

server-document-archive-first = Archivieren Sie das Dokument zuerst: Nur ein archiviertes Dokument kann endgültig gelöscht werden.
server-document-purge-reason = Geben Sie in 10 bis 500 Zeichen an, warum es gelöscht wird (das wird im Audit-Protokoll festgehalten).
server-document-study = Studie { $date }
server-document-modality = Modalität { $modality }
server-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Bytes
    }
server-size-kb = { $size } KB
server-size-mb = { $size } MB
server-document-send-form = Senden Sie das Dokument als Formular mit einer Datei.
server-document-too-large = Die Datei ist größer als { $max } MB.
server-document-choose-file = Wählen Sie eine Datei zum Hochladen.
server-document-not-accepted = Diese Datei ist weder ein JPEG- oder PNG-Bild noch ein PDF oder eine DICOM-Datei (beurteilt nach ihrem Inhalt, nicht nach ihrem Namen).
server-document-incomplete = Das Formular war unvollständig: Wählen Sie eine Kategorie und eine Datei (und ein Datum im Format JJJJ-MM-TT).

## Lists, emails, integrations, the audit log and reports: what the server writes.

## The server's own words: the ASAP list, recall, emails, integrations, the account, the
## audit log, reports and notifications (messages of fields and errors, dates in lists).

## Dates and times in lists: "3. Dez. 2026", "3. Dez. 2026 10:02", "Do., 3. Dez. 2026 10:02".

desk-weekday-date-time = { $order ->
    [mdy] { $weekday }, { $date } { $time }
   *[other] { $weekday }, { $date } { $time }
    }
desk-utc = { $moment } UTC

## The ASAP list.

desk-asap-any-day = Jeder Tag
desk-asap-choose-type = Bitte wählen Sie, worauf der Patient wartet.
desk-asap-choose-provider = Bitte wählen Sie einen Behandler aus der Liste.
desk-what-earliest-start = den frühesten Beginn
desk-what-latest-start = den spätesten Beginn
desk-asap-latest-after-earliest = Der späteste Beginn muss nach dem frühesten liegen.
desk-what-last-day-on-list = den letzten Tag auf der Liste
desk-asap-until-past = Der letzte Tag darf nicht in der Vergangenheit liegen.
desk-asap-until-too-far = { $days ->
    [one] Ein Patient bleibt höchstens { $days } Tag am Stück auf der Liste.
   *[other] Ein Patient bleibt höchstens { $days } Tage am Stück auf der Liste.
    }
desk-asap-any-time = jederzeit
desk-asap-from = ab { $time }
desk-asap-until = bis { $time }
desk-asap-between = { $from }–{ $to }
desk-asap-days-window = { $days } · { $window }
desk-asap-closed-nobody-fits = passt zu niemandem auf der Liste
desk-asap-closed-offered-all = so vielen Patienten angeboten wie erlaubt
desk-asap-closed-passed = die Zeit ist vorbei
desk-asap-closed-claimed = angenommen
desk-asap-added-online = Online
desk-asap-taken-by = Angenommen von { $patient }
desk-asap-passed = Vorbei
desk-asap-no-more-batches = Keine weiteren Angebote: { $reason }
desk-asap-offering = Wird angeboten
desk-asap-type-from-list = Bitte wählen Sie eine Terminart aus der Liste.
desk-asap-provider-does-not-do-type = Dieser Behandler bietet diese Terminart nicht an: Bitte wählen Sie einen anderen oder einen beliebigen Behandler.
desk-asap-time-gone = Diese Zeit wurde bereits vergeben oder ist vorbei.
desk-asap-time-does-not-suit = Diese Zeit passt nicht zu dieser Anfrage (Terminart, Behandler, Tage oder Uhrzeiten), der Patient hat einen früheren Termin oder keine E-Mail-Adresse, oder sie wurde ihm bereits angeboten.
desk-asap-time-no-longer-free = Diese Zeit ist für diese Terminart nicht mehr frei.

## Recall.

desk-recall-choose-outcome = Bitte wählen Sie, wie Sie den Patienten zu erreichen versucht haben.
desk-recall-choose-window = Bitte wählen Sie einen Zeitraum aus der Liste.
desk-recall-choose-order = Bitte wählen Sie eine Sortierung aus der Liste.
desk-recall-choose-page = Bitte wählen Sie eine Seite aus der Liste.
desk-recall-contacted-by-email = Recall-E-Mail
desk-what-recall-kind = die Art des Recalls
desk-what-due-date = das Fälligkeitsdatum
desk-what-recall-reason = den Grund für das von Hand gesetzte Datum

## Email templates' placeholders: what each holds.

desk-placeholder-patient-first-name = Der Vorname des Patienten (oder sein Rufname)
desk-placeholder-patient-name = Der vollständige Name des Patienten
desk-placeholder-appointment-date = Der Tag, in der Zeitzone der Praxis: Dienstag, 1. Dezember 2026
desk-placeholder-appointment-time = Der Beginn, in der Zeitzone der Praxis: 10:30
desk-placeholder-time-zone = Die Zeitzone der Praxis: Europe/Berlin
desk-placeholder-appointment-type = Wofür der Termin ist: Kontrolle
desk-placeholder-provider = Bei wem der Patient ist: Dr. Sam Weber
desk-placeholder-clinic-name = Der Name der Praxis
desk-placeholder-clinic-address = Die Adresse der Praxis
desk-placeholder-clinic-phone = Die Telefonnummer der Praxis
desk-placeholder-manage-link = Der eigene Link des Patienten, um den Termin online anzusehen, zu verschieben oder abzusagen
desk-placeholder-confirm-link = Der Link des Patienten, um zuzusagen (er fragt noch einmal nach und bestätigt dann)
desk-placeholder-move-link = Der Link des Patienten, um eine andere Zeit zu wählen
desk-placeholder-cancel-link = Der Link des Patienten zum Absagen (er fragt noch einmal nach)
desk-placeholder-recall-kind = Wofür der Patient fällig ist: Prophylaxe
desk-placeholder-due-date = Wann es fällig ist: Dienstag, 12. Januar 2027
desk-placeholder-booking-link = Der eigene Link des Patienten zur Online-Buchung, mit bereits gewählter Terminart: Er wählt nur noch die Zeit
desk-placeholder-offer-date = Der Tag der frei gewordenen Zeit, in der Zeitzone der Praxis: Dienstag, 1. Dezember 2026
desk-placeholder-offer-time = Ihr Beginn, in der Zeitzone der Praxis: 10:30
desk-placeholder-offer-type = Wofür die Zeit ist: Prophylaxe
desk-placeholder-offer-provider = Bei wem der Patient wäre: Dr. Sam Weber
desk-placeholder-offer-link = Der eigene Link des Patienten, um die Zeit zu nehmen (wer zuerst zugreift, bekommt sie)
desk-placeholder-offer-expires = Bis wann das Angebot gilt: Dienstag, 1. Dezember um 09:30
desk-placeholder-staff-name = Der Name des neuen Teammitglieds
desk-placeholder-invitation-link = Der einmalige Link, um ein Passwort zu wählen
desk-placeholder-invitation-expires = Wann der Link nicht mehr funktioniert: Donnerstag, 3. Dezember 2026
desk-placeholder-inviting-clinic-name = Der Name der einladenden Praxis

## Emails: templates and the outbox.

desk-email-choose-kind = Bitte wählen Sie eine E-Mail-Art aus der Liste.
desk-template-part-empty = Dieser Teil darf nicht leer sein.
desk-template-part-too-long = Höchstens { $max } Zeichen.
desk-outbox-choose-status = Bitte wählen Sie einen Status aus der Liste.
desk-what-a-date = ein Datum
desk-outbox-only-failed-retried = Nur eine fehlgeschlagene E-Mail kann erneut gesendet werden: Diese hat sich inzwischen geändert. Bitte sehen Sie sie sich noch einmal an.
desk-outbox-only-queued-cancelled = Nur eine E-Mail in der Warteschlange kann storniert werden: Diese hat sich inzwischen geändert. Bitte sehen Sie sie sich noch einmal an.

## API keys, webhooks and calendar feeds.

desk-api-key-name = Bitte benennen Sie den Schlüssel (bis zu { $max } Zeichen).
desk-api-key-per-minute = Bitte geben Sie eine ganze Zahl von { $min } bis { $max } ein.
desk-api-origin-invalid = „{ $origin }“ ist kein Ursprung wie https://crm.example.com.
desk-api-origins-too-many = Erlauben Sie höchstens { $max } Ursprünge.
desk-api-key-when-by = { $when } von { $who }
desk-api-key-name-taken = Ein aktiver Schlüssel hat bereits diesen Namen: Bitte wählen Sie einen anderen oder widerrufen Sie diesen Schlüssel.
desk-api-key-revoked-already = Dieser Schlüssel ist bereits widerrufen.
desk-webhook-no-answer = keine Antwort
desk-webhook-delivery = { $day } { $time } · { $event } · { $outcome }
desk-webhook-url-full-address = Bitte geben Sie eine vollständige Adresse ein, wie https://example.com/hooks.
desk-webhook-url-https = Bitte verwenden Sie eine https://-Adresse.
desk-webhook-url-unresolved = { $host } wurde nicht gefunden. Bitte prüfen Sie die Adresse.
desk-webhook-url-private = { $host } ist eine private oder lokale Adresse; Webhooks gehen nur an öffentliche Adressen.
desk-webhook-disabled = Dieser Endpunkt ist deaktiviert.
desk-feed-choose-detail = Bitte wählen Sie, wie Kalender-Abos Patienten zeigen.

## The account: sessions, passwords, invitations.

desk-auth-not-your-session = Das ist keine Ihrer Sitzungen.
desk-auth-new-passwords-differ = Die beiden neuen Passwörter stimmen nicht überein.
desk-auth-not-current-password = Das ist nicht Ihr aktuelles Passwort.
desk-auth-password-unchanged = Bitte wählen Sie ein anderes Passwort als das aktuelle.
desk-auth-invitation-gone = Dieser Einladungslink funktioniert nicht mehr: Er wurde bereits verwendet oder ist abgelaufen. Bitten Sie einen Administrator um einen neuen.
desk-auth-passwords-differ = Die beiden Passwörter stimmen nicht überein.

## The audit log.

desk-audit-chain-broken = Die Kette ist an Position { $position } unterbrochen: Dieser Eintrag oder sein Siegel wurde geändert, oder dort wurde ein Eintrag entfernt oder eingefügt. Alle Positionen davor sind in Ordnung.
desk-audit-entry-unaccounted = Eintrag { $entry } ist weder versiegelt noch wartet er auf die Versiegelung: Sein Platz in der Versiegelungswarteschlange wurde gelöscht.
desk-audit-entry-changed = Eintrag { $entry }, noch nicht versiegelt, passt nicht mehr zu seinem MAC: Er wurde geändert.
desk-audit-entry-deleted = Eintrag { $entry } wartete auf die Versiegelung und existiert nicht mehr: Er wurde gelöscht.
desk-audit-action-shape = Eine Aktion wird wie patient.viewed geschrieben, oder patient. für alle davon.
desk-audit-last-before-first = Der letzte Tag liegt vor dem ersten.

## Reports.

desk-what-first-day = den ersten Tag
desk-what-last-day = den letzten Tag
desk-report-last-before-first = Der letzte Tag liegt vor dem ersten.
desk-report-choose-period = Bitte wählen Sie einen Zeitraum aus der Liste.
desk-report-too-long = { $days ->
    [one] Bitte wählen Sie höchstens { $days } Tag.
   *[other] Bitte wählen Sie höchstens { $days } Tage.
    }
desk-report-choose-table = Bitte wählen Sie eine der Tabellen des Berichts.

## Notifications.

desk-notifications-choose = Bitte wählen Sie unter den aufgeführten Arten.
desk-webhook-events-from-list = Wählen Sie Ereignisse aus der Liste.
desk-webhook-events-one = Wählen Sie mindestens ein Ereignis.
desk-staff-choose-role = Wählen Sie Administrator, Zahnarzt, Dentalhygieniker oder Empfang.
desk-audit-export-days = Wählen Sie den ersten und den letzten Tag für den Export.
desk-audit-export-most-days = Exportieren Sie höchstens { $days } Tage auf einmal.
desk-template-line = Zeile { $line }: { $reason }
desk-template-undefined = ein Platzhalter, den diese E-Mail nicht hat
desk-template-syntax = Syntaxfehler
desk-notification-online-booked = Ein Patient hat online gebucht: { $type_name }, { $when }.
desk-notification-online-moved = Ein Patient hat seinen Termin online verlegt, jetzt: { $type_name }, { $when }.
desk-notification-online-cancelled = Ein Patient hat online abgesagt: { $type_name }, { $when }.
desk-notification-online-confirmed = Ein Patient hat bestätigt: { $type_name }, { $when }.
desk-notification-asap-claimed = Ein Patient der Warteliste hat einen frei gewordenen Termin übernommen: { $type_name }, { $when }.
desk-notification-appointment-changed = Ein Termin wurde geändert: { $type_name }, { $when }.
desk-notification-email-failed = Eine E-Mail ({ $kind }) an { $address } konnte nicht gesendet werden.
desk-notification-medical-alert = Für Ihren Patienten von { $when } wurde ein medizinischer Hinweis hinzugefügt.
