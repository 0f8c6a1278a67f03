# Chairside's messages in English: the source every other language translates.
#
# Keys are grouped by where they appear: `format-` (dates, times, numbers: every language has
# them all), `book-` (the patients' booking pages), `email-` (the emails), then the staff pages.
# A language for patients only (see src/i18n/language.rs) needs the first three groups.
# Arguments are written { $name }; a selector chooses by a value ({ $order -> ... }).

## Dates, times and numbers. $order is the clinic region's order of day, month and year:
## dmy, mdy or ymd.

format-weekday-1 = Monday
format-weekday-2 = Tuesday
format-weekday-3 = Wednesday
format-weekday-4 = Thursday
format-weekday-5 = Friday
format-weekday-6 = Saturday
format-weekday-7 = Sunday
format-weekday-short-1 = Mon
format-weekday-short-2 = Tue
format-weekday-short-3 = Wed
format-weekday-short-4 = Thu
format-weekday-short-5 = Fri
format-weekday-short-6 = Sat
format-weekday-short-7 = Sun
format-month-1 = January
format-month-2 = February
format-month-3 = March
format-month-4 = April
format-month-5 = May
format-month-6 = June
format-month-7 = July
format-month-8 = August
format-month-9 = September
format-month-10 = October
format-month-11 = November
format-month-12 = December
format-month-short-1 = Jan
format-month-short-2 = Feb
format-month-short-3 = Mar
format-month-short-4 = Apr
format-month-short-5 = May
format-month-short-6 = Jun
format-month-short-7 = Jul
format-month-short-8 = Aug
format-month-short-9 = Sep
format-month-short-10 = Oct
format-month-short-11 = Nov
format-month-short-12 = Dec
format-date-long = { $order ->
    [mdy] { $weekday }, { $month } { $day }, { $year }
   *[other] { $weekday } { $day } { $month } { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short }, { $month_short } { $day }
   *[other] { $weekday_short } { $day } { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday }, { $month } { $day }
   *[other] { $weekday } { $day } { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $month_short } { $day }
   *[other] { $day } { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] { $month2 }/{ $day2 }/{ $year }
    [ymd] { $year }-{ $month2 }-{ $day2 }
   *[other] { $day2 }/{ $month2 }/{ $year }
    }
format-date-short = { $order ->
    [mdy] { $day_month }, { $year }
   *[other] { $day_month } { $year }
    }
format-date-and-time = { $date } { $time }
format-month-year = { $month } { $year }
format-date-time = { $date } at { $time }
format-time-24 = { $hour }:{ $minute }
format-time-12 = { $hour }:{ $minute } { $period ->
    [am] AM
   *[pm] PM
    }
format-number-decimal = .
format-number-group = ,
format-money = { $symbol }{ $amount }
format-percent = { $number }%

## The patients' booking pages (/book, /book/manage, /book/offer).

book-language = Language
book-title = Book an appointment
book-loading = Loading…
book-not-found = Page not found
book-not-found-text = That page could not be found. The link may be mistyped, or it has run out.
book-start = Start a booking
book-no-clinics = No clinic takes bookings online at the moment. Please call your clinic.
book-choose-clinic = Choose your clinic.
book-at = Book at { $clinic }
book-step = Step { $step } of { $steps }
book-invite-for = Booking for { $first_name }: choose a time, then confirm it. You do not need to type your details.
book-invite-spent = The link in your email has run out or has booked already. You can still book: after choosing a time you will be asked for your details.
book-what-for = What is the appointment for?
book-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
    }
book-who = Who would you like to see for your { $appointment_type }?
book-first-available = First available
book-first-available-detail = Whoever is free soonest
book-kind-dentist = Dentist
book-kind-hygienist = Hygienist
book-change-type = ‹ Change the appointment type
book-change = Change
book-choose-a-day = Choose a day.
book-choose-day = Choose a day
book-zone-note = Times are in the clinic's time zone ({ $zone }).
book-device-zone-note = Your device is set to { $zone }. The times here are the clinic's local times.
book-day-free = { $count ->
    [0] full
    [one] { $count } time
   *[other] { $count } times
    }
book-earlier = ‹ Earlier
book-later = Later ›
book-free-times-on = Free times on { $day }
book-no-free-time = No free time on this day. Choose another day above, or look later.
book-held-until = We are holding this time for you until { $time } ({ $zone } time).
book-summary-appointment = Appointment
book-summary-with = With
book-summary-when = When
book-summary-where = Where
book-summary-status = Status
book-details = Your details
book-details-known = The clinic already has your details.
book-review = Check and confirm
book-review-it = Check and confirm it
book-trap = Leave this empty
book-first-name = First name
book-last-name = Last name
book-date-of-birth = Date of birth
book-email = Email
book-email-hint = Your confirmation, with a link to change or cancel, goes here.
book-phone = Phone
book-reason-optional = Reason for the visit (optional)
book-reason = Reason
book-name = Name
book-been-before = Have you been to this clinic before?
book-new-patient = No, I am new
book-returning-patient = Yes, I have been before
book-reminders = Email me reminders before the appointment
book-earlier-time = Tell me if an earlier time frees up
book-earlier-time-hint = We email you when a time before yours frees up; the first to take it gets it, and your appointment moves there.
book-continue = Continue
book-for-known-patient = Booking for { $first_name }. The confirmation goes to the email address the clinic has for you.
book-change-details = Change my details
book-confirm = Confirm booking
book-booked = Booked
book-not-confirmed = This booking is not confirmed yet.
book-booked-heading = You are booked
book-confirmed = Your appointment is confirmed.
book-details-sent = We have sent the details by email, with a link to move or cancel the appointment.
book-questions = Questions? Call the clinic on { $phone }.
book-manage-title = Your appointment
book-manage-cancelled = Your appointment is cancelled. We have sent you an email.
book-manage-moved = Your appointment has moved. We have sent you an email.
book-manage-confirmed = Thank you: the clinic knows you will come.
book-status-cancelled = Cancelled
book-status-completed = Completed
book-status-missed = Missed
book-status-confirmed = Confirmed
book-status-booked = Booked
book-will-you-come = Will you come?
book-will-you-come-text = Let the clinic know you will be there.
book-i-will-come = Yes, I will come
book-call-to-change = To change it now, please call { $clinic } on { $phone }.
book-another = Book another appointment
book-move-or-cancel-instead = Move or cancel instead
book-cancel-question = Cancel this appointment?
book-cancel-question-text = The time goes to someone else.
book-cancel-yes = Yes, cancel it
book-cancel-no = No, keep it
book-move = Move to another time
book-move-hint = Your current time stays yours until the new one is secured.
book-keep-time = Keep my current time
book-change-until = You can move or cancel online until { $until }.
book-cancel = Cancel appointment
book-offer-title = An earlier time
book-offer-open = A time has freed up
book-offer-moves = Your appointment on { $when } moves to this time: you keep one appointment.
book-offer-until = Offered to a few patients: the first to take it gets it. The offer stands until { $until }.
book-offer-take = Take this time
book-offer-not-for-you = Not for you? Do nothing: you stay on the list.
book-offer-yours = It is yours. We have sent the details by email, with a link to move or cancel the appointment.
book-offer-took = You took this time. The email we sent has a link to move or cancel the appointment.
book-offer-taken = This time has been taken
book-offer-taken-text = Sorry, another patient took this time first. You are still on the list: we will email you when another time frees up.
book-offer-closed = This offer has run out
book-offer-closed-text = This offer no longer stands. If you are still on the list, we will email you when another time frees up.
book-offer-choose-another = Choose another time online
book-offer-questions = Questions? Call { $clinic } on { $phone }.
book-time-taken = Sorry, { $when } has just been taken by someone else. Here are the times still free.
book-too-late = It is too late to change this appointment online ({ $hours ->
    [one] { $hours } hour's
   *[other] { $hours } hours'
    } notice is needed). Please call { $clinic } on { $phone }.
book-too-late-to-confirm = This appointment can no longer be confirmed online. Please call { $clinic } on { $phone }.
book-refused-as-automated = We could not accept this booking online. Please wait a moment and try again, or call the clinic.
book-hold-expired = The time held for you has run out, or this link is not right. Choose a time again at { $address }.
book-cannot-book-with-details = This time cannot be booked online with these details. Choose another time, or call the clinic.
book-already-booked-then = You already have an appointment at this time. Choose another time, or call the clinic.
book-offer-taken-error = Sorry, this time has just been taken by another patient. You are still on the list: we will email you when another time frees up.
book-offer-closed-error = This offer has run out. If you are still on the list, we will email you when another time frees up.
book-offer-already-booked-then = You already have an appointment at this time. Call the clinic to change it.
book-error-email-required = Enter your email address: the confirmation goes there.
book-error-phone-required = Enter a phone number the clinic can call.
book-error-returning = Say whether you have been to the clinic before.

## Form fields' messages (on every page, the booking pages too).

field-enter = Enter { $what }.
field-too-long = Use at most { $max } characters.
field-control-characters = Remove the control characters.
field-phone = Enter a phone number like 07700 900123 or +44 7700 900123.
field-date-of-birth-missing = Enter the date of birth.
field-date-day-first = Enter a date like 07/03/1985 (day, month, year).
field-date-month-first = Enter a date like 03/07/1985 (month, day, year).
field-date-of-birth-future = A date of birth cannot be in the future.
field-date-before-1900 = Check the year: it is before 1900.
field-email-missing = Enter an email address.
field-email-too-long = An email address has at most { $max } characters.
field-email-invalid = Enter an email address like name@example.com.
field-what-first-name = the first name
field-what-last-name = the last name

## Errors any page may show.

error-unauthorized = Please sign in to continue.
error-sign-in-failed = The email address or password is not right.
error-forbidden = You do not have permission to do that.
error-not-found = That could not be found.
error-validation = Some fields need attention.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] Too many attempts. Please try again in a second.
       *[other] Too many attempts. Please try again in { $seconds } seconds.
    }
    [one] Too many attempts. Please try again in a minute.
   *[other] Too many attempts. Please try again in { $minutes } minutes.
    }
error-unreachable = Could not reach the server. Check your connection and try again.
error-form-too-long = The form was too long.
error-internal = Something went wrong on our side (reference { $id }).

## Emails. Placeholders are the template's ({ $appointment_date } is filled in when sent).

email-greeting = Hello { $patient_first_name },
email-greeting-staff = Hello { $staff_name },
email-manage-intro = To see, move or cancel it:
email-manage = See, move or cancel your appointment
email-booked-subject = Your appointment on { $appointment_date } at { $appointment_time }
email-booked-body = Your { $appointment_type } with { $provider } is booked for { $appointment_date } at { $appointment_time } ({ $time_zone } time).
email-moved-subject = Your appointment has moved to { $appointment_date } at { $appointment_time }
email-moved-body = Your { $appointment_type } with { $provider } is now on { $appointment_date } at { $appointment_time } ({ $time_zone } time).
email-cancelled-subject = Your appointment on { $appointment_date } is cancelled
email-cancelled-body = Your { $appointment_type } on { $appointment_date } at { $appointment_time } is cancelled.
email-cancelled-book-again = To book again, call { $clinic_name } on { $clinic_phone }.
email-reminder-subject = Reminder: { $appointment_type } on { $appointment_date } at { $appointment_time }
email-reminder-body = A reminder of your { $appointment_type } with { $provider } on { $appointment_date } at { $appointment_time } ({ $time_zone } time).
email-reminder-question = Will you come?
email-reminder-confirm = Yes, I will come
email-reminder-confirm-intro = Will you come? Confirm:
email-reminder-move = Move it
email-reminder-move-intro = To move it:
email-reminder-cancel = Cancel it
email-reminder-cancel-intro = To cancel it:
email-recall-subject = Time to book your { $recall_kind } visit at { $clinic_name }
email-recall-body = Your next { $recall_kind } visit at { $clinic_name } is due on { $due_date }.
email-recall-choose = Choose a time that suits you
email-recall-choose-intro = Choose a time that suits you:
email-recall-call = Or call us on { $clinic_phone }.
email-offer-subject = An earlier time: { $appointment_type } on { $appointment_date } at { $appointment_time }
email-offer-body = A time has freed up at { $clinic_name }: { $appointment_type } with { $provider } on { $appointment_date } at { $appointment_time } ({ $time_zone } time).
email-offer-first-come = We have offered it to a few patients on our waiting list; the first to take it gets it.
email-offer-take = Take this time
email-offer-take-intro = To take it:
email-offer-until = The offer stands until { $offer_expires }.
email-offer-moves = If you already have a later appointment of this kind, it moves to this time. Not for you? Do nothing: you stay on the list.
email-invitation-subject = Your Chairside account at { $clinic_name }
email-invitation-body = An account has been made for you at { $clinic_name }.
email-invitation-choose = Choose your password
email-invitation-choose-intro = Choose your password here:
email-invitation-once = The link works once, until { $expires }.
email-calendar-title = { $appointment_type } at { $clinic }
email-calendar-with = With { $provider }
field-language = Choose one of the languages offered.

## Shared by staff pages.

common-loading = Loading…

## The account.

account-language-title = Language
account-language-legend = The language you read Chairside in
account-language-browser = My browser's language
account-language-save = Save
account-language-saved = Saved: Chairside is now in the language you chose.
account-sessions-title = Your sessions
account-sessions-intro = Everywhere you are signed in. If you do not recognise a session, end it, then change your password.
account-sessions-change-password = Change your password
account-sessions-loading = Loading your sessions…
account-sessions-sign-out-others = Sign out all other sessions
account-sessions-none-other = There were no other sessions.
account-sessions-signed-out-others = { $count ->
    [one] Signed out of one other session.
   *[other] Signed out of { $count } other sessions.
    }
account-sessions-end = End
account-sessions-end-label = End the session on { $device }
account-sessions-this-device = This device
account-sessions-ip-unknown = unknown
account-device-on = { $browser } on { $system }
account-device-unknown = Unknown device
account-device-other = Other browser or program
account-password-title = Change password
account-password-intro = Use at least { $min } characters; a few unrelated words make a strong, memorable password. Your other sessions will be signed out.
account-password-changed = Your password has been changed, and your other sessions signed out.
account-password-current = Current password
account-password-new = New password
account-password-again = New password, again
account-password-strength = Strength: { $strength }
account-welcome-title = Welcome
account-welcome-heading = Welcome to Chairside
account-welcome-set = Your password is set.
account-welcome-intro = Choose the password of your account: at least { $min } characters; a few unrelated words make a strong, memorable one.
account-welcome-password = Password
account-welcome-again = Password, again
account-welcome-submit = Set my password
field-region = Enter the two letters of a country, like GB or US.
field-week-starts = Choose the first day of the week.

## Set-up.

setup-clinic-language = Default language
setup-clinic-language-hint = Emails to patients go in their own language; this one is for patients whose language is not known.
setup-clinic-region = Region
setup-clinic-region-hint = The country's two letters, like GB or US: dates, times and numbers are written its way (a 12-hour clock in the US, for one).
setup-clinic-week-starts = The week starts on

## The calendar and My day.

calendar-week-of = Week of { $day }
my-day-today = Today, { $day }

## Every page: the header, the pages that only say something.

site-description = Chairside: scheduling and patient records for dental groups.
site-footer = Chairside · scheduling and records for dental groups
site-skip = Skip to content
site-main-nav = Main
site-home = Home
site-book-online = Book online
site-sign-in = Sign in
site-go-home = Go to the home page
site-not-found = Page not found
site-not-found-text = There is nothing at this address. It may have moved, or the link may be mistyped.
site-error = Something went wrong
site-error-text = This page could not be shown. Nothing you entered has been lost; please try again.
site-forbidden = No access
site-forbidden-text = Your role does not include this part of Chairside. If you need it, ask an administrator of your clinic.
site-record-not-found = Not found
site-record-not-found-text = There is no such record, or it belongs to a clinic you do not work in. Check the link, or look it up again.

## The staff application's areas, roles, signing in.

nav-calendar = Calendar
nav-my-day = My day
nav-patients = Patients
nav-recall = Recall
nav-asap = ASAP list
nav-setup = Set-up
nav-staff = Staff
nav-outbox = Outbox
nav-audit = Audit log
nav-reports = Reports
role-admin = Administrator
role-dentist = Dentist
role-hygienist = Hygienist
role-receptionist = Receptionist
auth-sign-in-intro = Staff of the practice sign in with their work email address.
auth-email = Email address
auth-password = Password
auth-enter-password = Enter your password.
auth-sign-out = Sign out

## The calendar, its dialogs, My day, confirmations, series, affected appointments, the keys.

## The calendar (src/scheduling/pages/calendar.rs).

sched-calendar-title = Calendar
sched-calendar-loading = Loading the calendar…
sched-calendar-zone = { $clinic } · times in { $zone }
sched-calendar-confirmations = Confirmations to call
sched-clinic-nav = Clinic
sched-layout-providers = Day by provider
sched-layout-chairs = Day by chair
sched-layout-week = Week
sched-provider = Provider
sched-calendar-show = Show
sched-calendar-layout-nav = Layout
sched-dates-nav = Dates
sched-calendar-previous = ‹ Previous
sched-today = Today
sched-calendar-next = Next ›
sched-date = Date
sched-go = Go
sched-released = Cancelled and no-shows
sched-possible-match = Booked as a new patient; may be { $patient }.
sched-review-and-merge = Review and merge
sched-not-the-same-person = Not the same person
sched-new-online = { $count ->
    [one] { $count } new online booking
   *[other] { $count } new online bookings
    }
sched-mark-as-seen = Mark as seen

## The calendar's grid (grid.rs).

sched-grid-no-chairs = This clinic has no chairs yet.
sched-held-online = Held for a patient booking online
sched-no-chair = No chair
sched-grid-no-providers = This clinic has no providers yet.
sched-grid-open-setup = Open the clinic's set-up
sched-grid-no-appointments = No appointments in this period.
sched-grid-book-with = Book with { $name }
sched-grid-new-online = New online
sched-grid-online = Online

## An appointment's dialog (appointment_dialog.rs).

sched-appointment = Appointment
sched-appointment-not-shown = This appointment is not in the period shown. It may have been moved: look for it on the patient's page.
sched-appointment-changed-elsewhere = Someone else changed this appointment just now. Close the dialog to see it as it is; nothing you typed here was sent.
sched-alerts-and-allergies = Alerts and allergies
sched-patient = Patient
sched-number-and-age = { $number } · { $age ->
        [one] { $age } year
       *[other] { $age } years
    }
sched-when = When
sched-type = Type
sched-chair = Chair
sched-chair-none = None
sched-status = Status
sched-booked-online = booked online
sched-notes = Notes
sched-book-follow-ups = Book follow-ups like this…
sched-close = Close
sched-move = Move
sched-move-new-start = New start
sched-any-free-chair = Any free chair (when the type needs one)
sched-move-appointment = Move appointment
sched-cancel = Cancel
sched-cancel-reason = Reason
sched-cancel-choose-reason = Choose a reason
sched-cancel-details = Details
sched-cancel-details-placeholder = Patient called: flu
sched-cancel-details-hint = Needed when the reason is “Other”.
sched-cancel-appointment = Cancel appointment

## The booking dialog (booking_dialog.rs).

sched-book-title = Book an appointment
sched-book-search-placeholder = Name, phone, email, birth date or P-number
sched-book-search = Search
sched-book-searching = Searching…
sched-book-search-first = Search for the patient to book.
sched-book-no-match = No patient matches.
sched-book-no-match-add = Add a new patient
sched-book-no-match-then = first, then book.
sched-book-has-alerts = Has alerts or allergies
sched-book-born = born { $date }
sched-book-patients-found = Patients found
sched-book-ends-at = Ends at { $time }.
sched-book-type = { $name } ({ $minutes } min)
sched-book-type-not-by-provider = { $name } ({ $minutes } min, not by this provider)
sched-book-loading-patient = Loading the patient…
sched-book-another-patient = Choose another patient
sched-book-appointment-type = Appointment type
sched-book-starts = Starts
sched-book-submit = Book appointment

## While a dialog's code arrives (lazy_dialog.rs).

sched-opening-label = Opening
sched-opening = Opening…

## Appointments in a time off (affected.rs).

sched-affected-title = Appointments in a time off
sched-finding-appointments = Finding the appointments…
sched-affected-done = Done: { $moved } moved, { $cancelled } cancelled, { $kept } kept.
sched-affected-none = No appointment is booked in this time any more.
sched-affected-back = Back to time off
sched-affected-move-to = Move to { $time }
sched-type-with-provider = { $kind } with { $provider }
sched-affected-what-to-do = What to do with { $patient }'s appointment
sched-affected-keep = Keep as booked
sched-affected-apply = Apply these choices
sched-affected-cancel-all = Cancel all { $count }…
sched-affected-cancel-all-confirm = { $count ->
    [one] Cancel { $count } appointment? It is recorded as cancelled because { $whose } is unavailable.
   *[other] Cancel all { $count } appointments? Each is recorded as cancelled because { $whose } is unavailable.
    }
sched-affected-cancel-them-all = Cancel them all

## Confirmations to call (confirmations.rs).

sched-confirm-title = Confirmations
sched-confirm-recorded = Recorded.
sched-confirm-no-working-day = The clinic has no working day in the next two weeks.
sched-confirm-day = { $day } · { $count } to confirm
sched-confirm-all-confirmed = Every appointment of this day is confirmed.
sched-confirm-record-call = Record a call
sched-confirm-time = Time
sched-confirm-phone = Phone
sched-confirm-last-call = Last call
sched-confirm-truncated = Only the first 500 are shown.
sched-confirm-lead = { $clinic }: appointments of the next two working days that the patient has not confirmed yet. Call each one and record what happened.
sched-back-to-calendar = Back to the calendar
sched-confirm-no-phone = No phone
sched-confirm-outcome-label = What happened when calling { $patient }
sched-confirm-what-happened = What happened?
sched-confirm-note-label = Note about the call to { $patient }
sched-confirm-note-placeholder = Note (optional)
sched-confirm-record = Record
sched-confirm-not-called = Not called yet
sched-outcome-confirmed = Will come (confirm it)
sched-outcome-left-message = Left a message
sched-outcome-no-answer = No answer
sched-outcome-wrong-number = Wrong number
sched-outcome-emailed = Emailed a reminder (send it)

## Booking a series (series.rs).

sched-series-title = Book a series
sched-series-checking = Checking every date…
sched-series-first = First appointment
sched-series-every = Every
sched-series-unit = Unit
sched-series-weeks = weeks
sched-series-months = months
sched-series-count = Appointments
sched-series-check = Check the dates
sched-series-free = Free
sched-series-no-free-time = No free time with this provider that day: change the first date or the rhythm.
sched-series-taken = Taken
sched-series-instead = Book instead at
sched-series-book = { $count ->
    [one] Book { $count } appointment
   *[other] Book { $count } appointments
    }

## My day (my_day.rs).

sched-my-day-title = My day
sched-my-day-loading = Loading your day…
sched-my-day-not-linked = Your account is not linked to a provider, so there is no schedule to show.
sched-my-day-not-linked-help = An administrator links accounts to providers on the clinic's set-up pages. Meanwhile, the
sched-my-day-not-linked-calendar = calendar
sched-my-day-not-linked-after = shows the whole clinic.
sched-my-day-previous = ‹ Previous day
sched-my-day-next = Next day ›
sched-my-day-feed = Your appointments in your phone's calendar
sched-my-day-released-row = { $time } · { $patient } · { $kind } ({ $status ->
        [no_show] no-show
       *[other] cancelled
    })
sched-my-day-count = { $count ->
    [0] No appointments.
    [one] { $count } appointment.
   *[other] { $count } appointments.
    }
sched-my-day-notes-to-sign = Notes waiting for your signature
sched-my-day-no-alerts = No alerts or allergies.
sched-my-day-next-patient = Next patient
sched-age-and-number = { $age ->
        [one] { $age } year
       *[other] { $age } years
    } · { $number }
sched-my-day-last-note = Last note ({ $when }, { $kind }, { $provider }):
sched-my-day-note-missing = Write the clinical note
sched-my-day-note-draft = Clinical note (draft)
sched-my-day-note-signed = Clinical note (signed)
sched-my-day-alerts-for = Alerts for { $patient }

## Appointment statuses, and the buttons that set them (mod.rs).

sched-status-held = Held
sched-status-scheduled = Scheduled
sched-status-confirmed = Confirmed
sched-status-arrived = Arrived
sched-status-in-chair = In the chair
sched-status-completed = Completed
sched-status-cancelled = Cancelled
sched-status-no-show = No-show
sched-mark-held = Mark held
sched-mark-scheduled = Mark scheduled
sched-mark-confirmed = Mark confirmed
sched-mark-arrived = Mark arrived
sched-mark-in-chair = Mark in the chair
sched-mark-completed = Mark completed
sched-mark-cancelled = Mark cancelled
sched-mark-no-show = Mark no-show

## The keyboard's help (src/ui/keys.rs).

sched-keys-title = Keyboard
sched-keys-everywhere = Everywhere
sched-keys-on-calendar = On the calendar
sched-keys-hint = Keys work when no field has the focus. Tab and Enter reach everything as usual.
sched-keys-find-patient = Find a patient
sched-keys-this-list = This list
sched-keys-close = Close a dialog or this list
sched-keys-days = Next / previous day (week in the week view)
sched-keys-today = Today
sched-keys-next-layout = The next layout
sched-keys-go-to-date = Go to a date
sched-keys-book-link = The first column's Book link (Enter opens the booking dialog)
sched-keys-appointments = Next / previous appointment (Enter opens it)
sched-keys-columns = The neighbouring column
sched-keys-within-column = Through the column's appointments

## Patients, their documents and clinical notes.

## The patient pages (/patients, a record, its editing, merging, booking from it), a record's
## documents and clinical timeline, clinical notes, and the set-up of note templates.

# A day with its year, short ("30 Nov 2026"): $day_month is the language's day and short
# month in the region's order, $order the region's order (dmy, mdy or ymd).
patient-date-short = { $order ->
    [mdy] { $day_month }, { $year }
   *[other] { $day_month } { $year }
    }
# A day with its year, the month in full ("7 March 1985"), as a date of birth.
patient-date-full = { $order ->
    [mdy] { $month } { $day }, { $year }
   *[other] { $day } { $month } { $year }
    }

## Search.

patient-patients = Patients
patient-search-label = Find a patient
patient-search-hint = A name (spelling need not be exact), a phone number, an email, a date of birth or a patient number.
patient-search-button = Search
patient-search-include-archived = Include archived patients
patient-search-searching = Searching…
patient-search-clinic = Clinic
patient-search-new = New patient
patient-search-of = Patients of { $clinic }
patient-search-by-name = Found by name in { $clinic }
patient-search-by-phone = Found by phone in { $clinic }
patient-search-by-email = Found by email in { $clinic }
patient-search-by-birth-date = Found by birth date in { $clinic }
patient-search-by-number = Found by patient number in { $clinic }
patient-search-none = No patients found. Check the spelling, or search by phone number or date of birth.
patient-search-alerts = { $count ->
    [one] { $count } alert
   *[other] { $count } alerts
    }
patient-archived = Archived
patient-book-appointment = Book appointment
# After "Book appointment", for screen readers.
patient-search-book-for = for { $name }
patient-search-previous = Previous
patient-search-next = Next
patient-search-pages = Pages of results

## The new-patient and edit-patient forms.

patient-date-shape = Enter a date like 07/03/1985.
patient-sex-female = Female
patient-sex-male = Male
patient-sex-other = Other
patient-sex-not-recorded = Not recorded
patient-contact-sms = Text message
patient-contact-email = Email
patient-contact-post = Post
patient-contact-phone = Phone call
patient-date-hint-day-first = Day, month, year: 07/03/1985.
patient-date-hint-month-first = Month, day, year: 03/07/1985.
patient-form-name-and-birth = Name and birth
patient-field-first-name = First name
patient-field-last-name = Last name
patient-field-preferred-name = Preferred name
patient-field-date-of-birth = Date of birth
patient-field-sex = Sex
patient-form-contact = Contact
patient-field-mobile-phone = Mobile phone
patient-field-home-phone = Home phone
patient-field-email = Email
patient-field-postal-address = Postal address
patient-field-preferred-contact = Preferred contact
patient-field-language = Language for emails
patient-field-language-hint = Confirmations and reminders go in this language. Booking online sets it to the language the patient booked in.
patient-language-clinics = The clinic's language
patient-field-email-reminders = Agrees to email reminders
patient-form-emergency-and-notes = Emergency contact and notes
patient-field-emergency-contact = Emergency contact
patient-field-their-phone = Their phone
patient-field-notes = Notes
patient-new-title = New patient
patient-new-for = For { $clinic }.
patient-new-different-person = This is a different person: create a new record
patient-new-create = Create the patient
patient-loading-record = Loading the record…
patient-edit-title = Edit { $name }
patient-edit-save = Save the record
patient-cancel = Cancel

## The record.

patient-restore = Restore
patient-archive-ask = Archive…
patient-archive-question = Archive this record? It is hidden from searches unless archived patients are included; nothing is deleted.
patient-archive = Archive
patient-merge-ask = Merge…
patient-edit-details = Edit details
# "This record was merged into" [another record, a link] "; it is kept for reference."
patient-merged-into = This record was merged into
patient-merged-into-link = another record
patient-merged-into-end = ; it is kept for reference.
# Before the alert's text: "Allergy: Penicillin (severe)".
patient-alert-kind = { $kind }:
patient-medical-alerts = Medical alerts
patient-number = Patient number
patient-born = { $date } (age { $age })
patient-mobile = Mobile
patient-address = Address
patient-email-reminders = Email reminders
patient-yes = Yes
patient-no = No
patient-created = Created
patient-last-changed = Last changed
patient-medical-resolve = Resolve
patient-medical-reactivate = Reactivate
patient-edit = Edit
patient-medical-current = Current
patient-medical-resolved = Resolved
patient-medical-none = No medical history recorded.
patient-change-was = (was { $before })
patient-medical-history = Medical history
patient-change-log = Change log ({ $count })
patient-severity-mild = Mild
patient-severity-moderate = Moderate
patient-severity-severe = Severe
patient-medical-add-title = Add to the medical history
patient-saved = Saved.
patient-medical-kind = Kind
patient-medical-what = What
patient-medical-what-hint = For example Penicillin, Diabetes type 2, Warfarin, Premedication required.
patient-medical-severity = Severity (allergies)
patient-medical-details = Details
patient-medical-save = Save the entry
patient-medical-add = Add the entry
patient-medical-done = Done
patient-appointments = Appointments
patient-appointments-none = No appointments.
patient-appointment-online = Online
patient-medical-kind-alert = Alert
patient-medical-kind-allergy = Allergy
patient-medical-kind-condition = Condition
patient-medical-kind-medication = Medication
# A recorded severity, in a sentence: "Penicillin (severe)".
patient-severity-value = { $severity ->
    [mild] mild
    [moderate] moderate
    [severe] severe
   *[unknown] { $severity }
    }
# A recorded sex as the record shows it.
patient-sex-value = { $sex ->
    [female] female
    [male] male
    [other] other
   *[unknown] { $sex }
    }

## Booking from the patient.

patient-book-title = Book an appointment
patient-book-finding = Finding free times…
# $time: "2026-12-01 10:30 · Dr Sam Patel".
patient-book-time = Book { $time }
patient-book-for = Book an appointment for { $patient }
patient-book-type = Appointment type
patient-book-show = Show free times
patient-book-none = { $days ->
    [one] No free time for this type in the next { $days } day. Try another type, or look on the calendar.
   *[other] No free time for this type in the next { $days } days. Try another type, or look on the calendar.
    }
patient-book-next = The next free times
patient-book-free-times = Free times
patient-book-back = Back to the patient

## Merging two records.

# A recorded way of contact, as the merge table shows it.
patient-contact-value = { $contact ->
    [phone] phone
    [sms] sms
    [email] email
    [post] post
   *[unknown] { $contact }
    }
patient-merge-emergency-phone = Emergency contact's phone
patient-merge-title = Merge records
patient-merge-heading = Merge two records of one person
patient-merge-intro = The record you came from survives. For each field, choose the value to keep; the other record's medical history and appointments move to the survivor, and the other record is archived. Records with appointments at overlapping times cannot be merged.
patient-merge-other-number = Patient number of the other record
patient-merge-compare = Compare
patient-merge-loading = Loading the records…
patient-merge-surviving = Surviving record:
patient-merge-keep = Keep: { $name } ({ $number })
patient-merge-from = From: { $name } ({ $number })
patient-merge-understand = I understand that merging cannot be undone, and that { $number } will be archived.
patient-merge-caption = Choose the value to keep for each field
patient-merge-field = Field
patient-merge-moves = { $count ->
    [one] { $count } medical history entry will move to the surviving record.
   *[other] { $count } medical history entries will move to the surviving record.
    }
patient-merge-submit = Merge the records

## The clinical timeline.

patient-timeline-none = No clinical notes or documents yet.
patient-timeline-title = Clinical notes and documents
patient-timeline-addenda = { $count ->
    [one] { $count } addendum
   *[other] { $count } addenda
    }

## Documents.

patient-document-category-xray = X-ray
patient-document-category-consent = Consent form
patient-document-category-referral = Referral letter
patient-document-category-insurance = Insurance
patient-document-category-other = Other
patient-document-kind-jpeg = JPEG image
patient-document-kind-png = PNG image
patient-document-kind-pdf = PDF
patient-document-kind-dicom = DICOM
patient-upload-done = The document was added.
patient-upload-too-large = That file is too large: the most a document may be is set by the practice (50 MB unless changed). Nothing was stored.
patient-upload-not-accepted = That file is not a JPEG or PNG image, a PDF or a DICOM file (judged by its content, not its name). Nothing was stored.
patient-upload-incomplete = The form was incomplete: choose a category and a file. Nothing was stored.
patient-document-purged = The document was purged. The audit log keeps what it was, who purged it and why.
patient-documents-none = No documents yet.
patient-documents = Documents
patient-document-thumbnail = Thumbnail of { $name }
patient-document-view = View
patient-document-purge-ask = Purge…
patient-document-purge-explained = Purging removes this document for good (its file too, unless another document of the clinic is the same file). It cannot be undone. The audit log keeps what it was, who purged it and why; backups made before keep it until they expire.
patient-document-purge-reason = Why it is purged (10 to 500 characters)
patient-document-purge-understand = I understand this cannot be undone
patient-document-purge = Purge permanently
# $date: the day it was taken, 2026-11-30.
patient-document-taken = taken { $date }
# $when: "3 Dec 2026 10:02 by Ann Lee".
patient-document-added = Added { $when }
patient-document-download = Download
patient-upload-unreachable = Could not reach the server. Check your connection and try again; nothing was stored.
patient-upload-progress = Upload progress
patient-upload-uploading = Uploading… { $percent }%
patient-upload-saving = Uploaded, saving…
patient-upload-title = Add a document
patient-upload-hint = Drop a file here, or choose one.
patient-upload-file = File (JPEG, PNG, PDF or DICOM)
# Before the name of the file dropped on the form.
patient-upload-dropped = Dropped:
patient-upload-category = Category
patient-upload-taken-on = Date taken (optional)
patient-upload-note = Note (optional)
patient-upload-submit = Upload
patient-upload-too-large-here = That file is too large for this practice. Nothing was stored.
patient-upload-failed = The upload failed. Nothing was stored.

## Clinical notes.

patient-note-state-missing = No note yet
patient-note-state-draft = Draft note
patient-note-state-signed = Signed note
patient-note-title = Clinical note
patient-note-loading = Loading the note…
patient-note-heading = Clinical note: { $patient }
patient-note-my-day = My day
patient-note-template = Start from a template
patient-note-use-template = Use its prompts
patient-note-sign-ask = Sign…
patient-note-sign-question = Sign this note as saved? A signed note cannot be changed; later corrections are added as addenda.
patient-note-sign = Sign the note
patient-note-provider-signs = { $provider } signs this note: it is their appointment.
# $when: when the draft was last saved, as the server writes it.
patient-note-last-saved = Last saved { $when }.
patient-note-draft-saved = Draft saved.
patient-note-body = Note
patient-note-save = Save the draft
patient-note-addendum-written = Addendum, { $when }
patient-note-signed = Signed { $when }.
patient-note-addenda = Addenda
patient-note-addenda-none = None.
patient-note-addendum = Add an addendum
patient-note-add-addendum = Add the addendum

## Set-up: note templates.

patient-templates-loading = Loading note templates…
patient-templates-none = No note templates yet.
patient-templates-unsigned-listed = { $days ->
    [one] A note not signed within { $days } day is listed on its provider's My day.
   *[other] A note not signed within { $days } days is listed on its provider's My day.
    }
patient-template-retire = Retire
patient-template-use-again = Use again
patient-template-retired = Retired
patient-template-add-title = Add a template
patient-template-added = Template added.
patient-template-name = Name
patient-template-name-hint = e.g. Check-up, Extraction.
patient-template-prompts = Prompts
patient-template-prompts-hint = One per line, e.g. Complaint:, Findings:, Treatment:, Advice:.
patient-template-add = Add the template
patient-templates-unsigned = Unsigned notes
patient-templates-days = Days a note may wait for its signature
patient-templates-save = Save

## Not used yet: DataTable's caption and columns (src/ui/mod.rs) take &'static str.
## For when they take translated text.


## Set-up, emails and staff.

## Set-up: the frame, the tabs and the list of clinics.

setup-section-clinic = Clinic
setup-section-chairs = Chairs
setup-section-providers = Providers
setup-section-time-off = Time off
setup-section-types = Appointment types
setup-section-cancel-reasons = Cancellation reasons
setup-section-notes = Clinical notes
setup-section-emails = Emails
setup-section-webhooks = Webhooks
setup-section-api = API keys
setup-title = Set-up
setup-sections = Set-up sections
setup-read-only = You can see this clinic's set-up; only an administrator can change it.
setup-home-intro = Clinics, chairs, providers and their hours, time off, and appointment types.
setup-home-loading = Loading your clinics…
setup-home-no-clinics = You do not belong to any clinic yet. Ask an administrator to add you.
setup-active = Active
setup-inactive = Inactive
setup-deactivate-more = Deactivate…
setup-deactivate = Deactivate
setup-reactivate = Reactivate

## Set-up: the clinic.

setup-feed-none = The appointment type only
setup-feed-initials = Initials (A. W.)
setup-feed-name = Full name
setup-clinic-loading = Loading the clinic…
setup-name = Name
setup-clinic-time-zone = Time zone
setup-clinic-address = Address
setup-clinic-phone = Phone
setup-clinic-email = Email
setup-clinic-calling-code = Country calling code
setup-clinic-currency = Currency
setup-clinic-booking-address = Online booking address
setup-clinic-slot-step = Slot step
setup-clinic-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
    }
setup-clinic-min-notice = Minimum notice for online booking
setup-clinic-horizon = Booking horizon
setup-clinic-days-ahead = { $days ->
    [one] { $days } day ahead
   *[other] { $days } days ahead
    }
setup-clinic-cancel-notice = Patients may cancel online up to
# $hours is a number, or a list of them ("48 and 2").
setup-clinic-hours-before = { $hours ->
    [one] { $hours } hour before
   *[other] { $hours } hours before
    }
setup-clinic-reminders = Email reminders
setup-none = None
setup-clinic-and = and
setup-clinic-recall-emails = Recall emails
setup-clinic-recall-before = { $before ->
    [one] { $before } day before the due date
   *[other] { $before } days before the due date
    }
setup-clinic-recall-before-again = { $before ->
    [one] { $before } day
   *[other] { $before } days
    } before the due date, and again { $again ->
    [one] { $again } day
   *[other] { $again } days
    } later if not booked
setup-clinic-feed = Calendar feeds show patients as
setup-clinic-saved = The clinic's details are saved.
setup-clinic-legend = The clinic
setup-clinic-what-name = the clinic's name
setup-clinic-slug-hint = Lower-case words joined by hyphens; patients book at /book/this-address.
setup-clinic-time-zone-hint = Type to search, for example London or New_York. Hours and appointments are in this zone.
setup-clinic-calling-code-hint = Patients' local phone numbers are read with it: 44 in the United Kingdom, 1 in North America.
setup-clinic-currency-hint = Appointment types' fees are in it. Appointments keep the currency they were booked in.
setup-clinic-policy = Booking policy
setup-clinic-slot-step-label = Slot step (minutes)
setup-clinic-slot-step-hint = The grid of offered start times: 5 to 60 minutes.
setup-clinic-min-notice-label = Minimum notice for online booking (minutes)
setup-clinic-horizon-label = Booking horizon (days ahead)
setup-clinic-cancel-notice-label = Patients may cancel online up to (hours before)
setup-clinic-reminders-label = Email reminders (hours before the appointment)
setup-clinic-reminders-hint = Up to four, separated by commas, like 48, 2. Empty: no reminders.
setup-clinic-recall-before-label = Recall emails (days before the due date)
setup-clinic-recall-before-hint = To patients who agreed to email reminders. Empty: no recall emails.
setup-clinic-recall-again-label = Again if not booked after (days)
setup-clinic-recall-again-hint = Empty: only the first email.
setup-clinic-feed-label = Providers' calendar feeds show patients as
setup-clinic-feed-hint = Calendars on phones are seen by others and kept on other companies' servers.
setup-clinic-save = Save the clinic

## Set-up: chairs.

setup-chairs-loading = Loading chairs…
setup-chairs-deactivate-question = Deactivate { $name }? It will no longer be offered for appointments.
setup-edit = Edit
setup-chairs-none = No chairs yet.
setup-edit-name = Edit { $name }
setup-chairs-add-heading = Add a chair
setup-saved = Saved.
setup-chairs-order = Order in the calendar
setup-order-hint = Lower numbers come first.
setup-chairs-save = Save the chair
setup-chairs-add = Add the chair
setup-done = Done

## Set-up: providers.

setup-provider-kind-dentist = Dentist
setup-provider-kind-hygienist = Hygienist
setup-providers-loading = Loading providers…
# Read after a button's word by screen readers: "Hours" + " of Dr Sam Patel".
setup-of-name = {" "}of { $name }
setup-providers-deactivate-question = Deactivate { $name }? They will no longer be offered for new appointments; their hours stay on record.
setup-providers-hours = Hours
setup-providers-none = No providers yet.
setup-providers-add-heading = Add a provider
setup-providers-no-staff-account = No staff account
setup-providers-kind = Kind
setup-colour = Colour in the calendar
setup-providers-staff-account = Staff account
setup-providers-staff-hint = Links the provider to a dentist's or hygienist's sign-in, for their own day view.
setup-providers-save = Save the provider
setup-providers-add = Add the provider

## Set-up: a provider's working hours.

setup-hours-loading = Loading hours…
setup-hours-title = Working hours
setup-hours-show-week = Show the week in effect on
setup-show = Show
setup-hours-not-working = Not working
setup-hours-week = The week at a glance
setup-hours-scale = Bars run from { $first } (top) to { $last } (bottom).
setup-hours-none = No working hours on record from today. Add a rota below.
setup-hours-valid-until = { $from } to { $until }
setup-hours-valid-from = from { $from }
setup-hours-any = Any
setup-hours-all-on-record = All hours on record from today
setup-hours-any-chair = Any chair
setup-hours-row-day = Day, row { $row }
setup-hours-row-starts = Starts, row { $row }
setup-hours-what-start = a start time
setup-hours-row-ends = Ends, row { $row }
setup-hours-what-end = an end time
setup-hours-row-chair = Chair, row { $row }
setup-hours-new-rota = Set a new rota
setup-hours-new-rota-intro = The rota below applies from its first day (and until its last day, if given); weeks before it keep their hours. To remove an interval, clear its times. Rows left empty are ignored.
setup-hours-saved = The new rota is saved.
setup-first-day = First day
setup-what-first-day = the first day
setup-hours-last-day-optional = Last day (optional)
setup-hours-last-day-hint = Leave empty to keep the rota until it is changed.
setup-what-last-day = the last day
setup-hours-save = Save the rota

## Set-up: time off.

setup-time-off-loading = Loading time off…
setup-time-off-remove-question = Remove “{ $reason }” ({ $from } to { $until })?
setup-time-off-whole-clinic = Whole clinic
setup-time-off-remove-more = Remove…
setup-time-off-remove = Remove
setup-time-off-affected = { $count ->
    [one] { $count } appointment is booked in this time
   *[other] { $count } appointments are booked in this time
    }
setup-time-off-local = Times are local to the clinic ({ $zone }).
setup-time-off-none = No time off ahead.
setup-what-time = a time
setup-time-off-whole-clinic-holiday = Whole clinic (holiday)
setup-time-off-provider = Provider: { $name }
setup-time-off-chair = Chair: { $name }
setup-time-off-add = Add time off
setup-time-off-added = Added.
setup-time-off-applies-to = Applies to
setup-time-off-from-optional = From (optional)
setup-time-off-from-hint = Empty: from the start of the day.
setup-last-day = Last day
setup-time-off-until-optional = Until (optional)
setup-time-off-until-hint = Empty: to the end of the day.
setup-reason = Reason
setup-time-off-reason-hint = Shown in the calendar, for example “Christmas Day” or “Chair repair”.

## Set-up: appointment types.

setup-types-loading = Loading appointment types…
setup-types-none-yet = None yet
setup-types-deactivate-question = Deactivate { $name }? It will no longer be offered for new appointments.
setup-types-duration = { $minutes } min
setup-yes = Yes
setup-no = No
setup-types-recall-described = { $kind }, due after { $months ->
    [one] { $months } month
   *[other] { $months } months
    }
setup-types-empty = No appointment types yet.
setup-types-add-heading = Add an appointment type
setup-types-duration-label = Duration (minutes)
setup-types-duration-hint = The patient's time in the chair.
setup-types-before = Preparation before (minutes)
setup-types-after = Clean-up after (minutes)
setup-types-buffers-hint = Preparation and clean-up keep the provider and chair busy but are not shown to the patient.
setup-types-fee = Fee ({ $currency })
setup-types-fee-hint = Kept on each appointment when it is booked: a new fee applies to later bookings only.
setup-types-recall-label = Recall (optional)
setup-types-recall-hint = What a completed visit of this type makes the patient due for again, e.g. Hygiene.
setup-types-recall-months = Due again after (months)
setup-types-online = Patients may book this online
setup-types-needs-chair = Needs a chair
setup-types-providers = Providers who perform it
setup-types-save = Save the type
setup-types-add = Add the type

## Set-up: cancellation reasons.

setup-cancel-use-custom = Picked by staff
setup-cancel-use-other = Picked by staff, with a few words of details
setup-cancel-use-patient-online = Built in: a patient cancelled from their email
setup-cancel-use-time-off = Built in: time off took the appointment's time
setup-cancel-loading = Loading cancellation reasons…
setup-cancel-deactivate-question = Deactivate “{ $label }”? Staff will no longer be offered it; past cancellations keep it.
setup-cancel-intro = Staff pick one of these when they cancel an appointment, so reports can count why appointments are cancelled.
setup-cancel-edit = Edit “{ $label }”
setup-cancel-add-heading = Add a reason
setup-cancel-order = Order in the list
setup-cancel-save = Save the reason
setup-cancel-add = Add the reason

## Set-up: email templates.

setup-emails-loading = Loading the templates…
setup-emails-own = own
setup-emails-default = default
setup-emails-intro = What patients and new staff receive. Each kind starts with a default; edit it to make it the clinic's own.
setup-emails-languages = Patients get their own language's version; those of no known language get the clinic's ({ $language }).
setup-emails-template-loading = Loading the template…
setup-emails-subject = Subject
setup-emails-text = Text
setup-emails-html = HTML (source)
setup-emails-part-subject = subject
setup-emails-part-text-body = text body
setup-emails-part-html-body = html body
setup-emails-saved = Saved: the next emails of this kind use it.
setup-emails-text-body = Text body
setup-emails-html-body = HTML body
setup-emails-save = Save the template
setup-emails-reset = Go back to the default
setup-emails-aside = Placeholders and preview
setup-emails-placeholders = Placeholders
setup-emails-preview = Preview with sample data
setup-emails-rendering = Rendering…

## The kinds of email, and the outbox.

setup-email-kind-booking-confirmation = Booking confirmation
setup-email-kind-rescheduled = Appointment moved
setup-email-kind-cancelled = Appointment cancelled
setup-email-kind-reminder = Reminder
setup-email-kind-staff-invitation = Staff invitation
setup-email-kind-recall = Recall (due back)
setup-email-kind-asap-offer = Earlier time offer (ASAP list)
setup-outbox-status-queued = queued
setup-outbox-status-sending = sending
setup-outbox-status-sent = sent
setup-outbox-status-failed = failed
setup-outbox-status-cancelled = cancelled
setup-outbox-title = Outbox
setup-outbox-loading = Loading the outbox…
setup-outbox-after-attempts = { $count ->
    [one] after { $count } attempt
   *[other] after { $count } attempts
    }
setup-outbox-counts = { $queued } queued · { $failed } failed
setup-outbox-status = Status
setup-outbox-any = Any
setup-outbox-kind = Kind
setup-outbox-queued-on = Queued on (UTC)
setup-outbox-no-match = No email matches.
setup-outbox-pages = Pages
setup-outbox-newer = ‹ Newer
setup-outbox-older = Older ›
setup-outbox-email-title = Email
setup-outbox-email-loading = Loading the email…
setup-outbox-send-again = Send again
setup-outbox-cancel = Cancel this email
setup-outbox-to = To
setup-outbox-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
    }
setup-outbox-queued-utc = Queued (UTC)
setup-outbox-sent-utc = Sent (UTC)
setup-outbox-goes-at = Goes at (UTC)
setup-outbox-server-answer = Server's answer
setup-outbox-last-problem = Last problem

## Staff.

setup-staff-title = Staff
setup-staff-loading = Loading staff…
setup-staff-none = No staff yet.
setup-staff-deactivated = Deactivated
setup-staff-role-of = Role of { $name }
setup-staff-deactivate-question = Deactivate { $name }? They are signed out everywhere at once.
setup-staff-change = Change
setup-staff-clinics-more = Clinics…
setup-staff-clinics-of = Clinics of { $name }
setup-staff-save-clinics = Save clinics
setup-staff-invited = { $name } can now choose a password with this link, which has also been emailed to them. It works once, for { $days ->
    [one] { $days } day
   *[other] { $days } days
    }.
setup-staff-invitation-link = Invitation link
setup-staff-add-heading = Add a staff member
setup-staff-work-email = Work email
setup-staff-role = Role
setup-staff-clinics = Clinics
setup-staff-add = Add and get the invitation link

## Reports, the audit log, notifications, the home page, integrations, recall and the ASAP list.

## Reports (src/reports/pages.rs).

admin-report-title = Reports
admin-report-lead = How the practice is doing, each figure beside the same figure for the period before.
admin-report-counting = Counting…
admin-report-period = { $days ->
    [one] { $from } to { $to } ({ $days } day), compared with { $previous_from } to { $previous_to }
   *[other] { $from } to { $to } ({ $days } days), compared with { $previous_from } to { $previous_to }
    }
admin-report-clinic = Clinic
admin-report-all-clinics = All of mine
admin-report-period-label = Period
admin-report-from = From
admin-report-to = To
admin-report-provider = Provider
admin-report-everyone = Everyone
admin-report-show = Show
admin-report-figures = Figures
admin-report-day-by-day = Day by day
admin-report-previous-period = Previous period: { $value }
admin-report-change-points = { $sign }{ $points } points
admin-report-chart-description = { $first } to { $last }; highest { $highest } on { $day }. The table below has every day.
admin-report-chart-empty = { $first } to { $last }; nothing to show.
admin-report-chart-title = { $title } by day
admin-report-chart-top = Top of the chart: { $top }
admin-report-chart-as-table = { $title } as a table
admin-report-date = Date
admin-report-download-csv = Download CSV
admin-report-nothing = Nothing in this period.
admin-report-def-heading = How this is counted
admin-report-def-dates = Dates
admin-report-def-dates-text = Appointments count on the local date of the visit, in their clinic's time zone. The previous period is as long as this one and ends the day before it starts. Holds of patients still booking online are not counted.
admin-report-def-utilization = Utilization
admin-report-def-utilization-text = Time booked ÷ time available. Time booked is what live appointments (not cancelled, not no-shows) take: the visit with its preparation and clean-up. Time available is each provider's weekly hours on each date (a day when the clocks change is as long as it really is), less their time off and the clinic's closures. For a chair: the hours a provider is scheduled in it, less the chair's, the provider's and the clinic's time off.
admin-report-def-no-show-rate = No-show rate
admin-report-def-no-show-rate-text = No-shows ÷ (no-shows + patients who came: arrived, in the chair or completed).
admin-report-def-cancellations = Late and early cancellations
admin-report-def-cancellations-text = A cancellation is late when it was made within the clinic's cancellation notice before the visit (for example 24 hours), early otherwise. Reasons are the clinic's list of cancellation reasons, by their current names.
admin-report-def-production = Production
admin-report-def-production-text = Scheduled: the fees of live appointments. Completed: the fees of completed visits. Each appointment keeps the fee of its type when it was booked. Per available hour: completed fees ÷ hours available. Amounts in different currencies are never added together.
admin-report-def-new-patients = New patients
admin-report-def-new-patients-text = Patients whose first completed visit ever falls in the period, counted for the provider of that visit; online when that visit was booked online by the patient, front desk otherwise.
admin-report-def-hygiene = Hygiene reappointment
admin-report-def-hygiene-text = Of completed visits with a hygienist, the share whose patient left with a later appointment booked: one made by the end of the visit's day and not cancelled by then.
admin-report-def-online = Online booking share and lead time
admin-report-def-online-text = Appointments the patient booked online ÷ all appointments made (cancelled ones included); lead time is the average number of days from booking to the visit.
admin-report-col-provider = Provider
admin-report-col-clinic = Clinic
admin-report-col-chair = Chair
admin-report-col-day = Day
admin-report-col-date = Date
admin-report-col-reason = Reason
admin-report-col-late = Late
admin-report-col-early = Early
admin-report-col-all = All
admin-report-col-all-previous = All (previous)
admin-report-col-available-hours = Available hours
admin-report-col-scheduled-hours = Scheduled hours
admin-report-col-booked-hours = Booked hours
admin-report-col-utilization = Utilization
admin-report-col-utilization-previous = Utilization (previous)
admin-report-col-appointments = Appointments
admin-report-col-no-shows = No-shows
admin-report-col-no-show-rate = No-show rate
admin-report-col-late-cancellations = Late cancellations
admin-report-col-early-cancellations = Early cancellations
admin-report-col-cancellations = Cancellations (late and early)
admin-report-col-scheduled-fees = Scheduled fees
admin-report-col-completed-fees = Completed fees
admin-report-col-completed-fees-previous = Completed fees (previous)
admin-report-col-completed-fees-per-hour = Completed fees per available hour
admin-report-col-scheduled-production = Scheduled production
admin-report-col-completed-production = Completed production
admin-report-col-completed-production-per-hour = Completed production per available hour
admin-report-col-new-patients = New patients
admin-report-col-new-patients-online = New patients who booked online
admin-report-col-hygiene-reappointment = Hygiene reappointment
admin-report-col-online-share = Online share
admin-report-col-online-booking-share = Online booking share
admin-report-col-lead-time = Lead time
admin-report-col-lead-time-days = Lead time (days)
admin-report-col-lead-time-booking = Lead time (days, booking to visit)
admin-report-table-providers = By provider
admin-report-download-providers = {" "}of by provider
admin-report-table-chairs = By chair
admin-report-download-chairs = {" "}of by chair
admin-report-table-weekdays = By day of the week
admin-report-download-weekdays = {" "}of by day of the week
admin-report-table-reasons = Cancellations by reason
admin-report-download-reasons = {" "}of cancellations by reason
admin-report-table-days = Day by day
admin-report-download-days = {" "}of day by day
admin-report-preset-this-week = This week
admin-report-preset-last-month = Last month
admin-report-preset-this-quarter = This quarter
admin-report-preset-last-12-months = Last 12 months
admin-report-preset-custom = Dates below
admin-report-unit-cancellations = cancellations
admin-report-unit-patients = patients
admin-report-unit-days = days
admin-report-unit-fees = fees

## The audit log and a patient's access history (src/audit/pages.rs).

admin-audit-title = Audit log
admin-audit-lead = Who saw or changed what, when and from where. Reading this log is recorded in it too.
admin-audit-loading = Loading the audit log…
admin-audit-staff = Staff member
admin-audit-anyone = Anyone
admin-audit-patient-number = Patient number
admin-audit-action = Action
admin-audit-action-placeholder = patient. or calendar.viewed
admin-audit-clinic = Clinic
admin-audit-all-clinics = All of mine
admin-audit-from = From (UTC)
admin-audit-to = To (UTC)
admin-audit-show = Show
admin-audit-download = Download these entries as CSV
admin-audit-download-hint = To download entries as CSV, choose the first and last day, then Show.
admin-audit-no-match = No entry matches.
# For the DataTables of the audit log and the access history, once `DataTable` takes text
# (its caption and columns are `&'static str` today).

admin-audit-pages = Pages
admin-audit-newest = ‹ Newest
admin-audit-older = Older ›
admin-audit-not-signed-in = Not signed in
admin-audit-patient = patient { $patient }
admin-audit-result-success = Success
admin-audit-result-denied = Denied
admin-audit-result-failed = Failed
admin-audit-show-details = Show
admin-audit-chain-heading = Tamper check
admin-audit-chain-unchecked = The chain of entries has not been checked yet.
admin-audit-chain-command-line = the command line
admin-audit-chain-intact = { $rows ->
    [one] Intact: { $rows } entry checked, the chain unbroken up to position { $position } ({ $at }, by { $who }).
   *[other] Intact: { $rows } entries checked, the chain unbroken up to position { $position } ({ $at }, by { $who }).
    }
admin-audit-chain-broken = Break found ({ $at }, by { $who }): { $problem }
admin-audit-checking = Checking…
admin-audit-check-now = Check the chain now
admin-access-title = Access history
admin-access-loading = Loading the access history…
admin-access-this-patient = This patient
admin-access-not-signed-in = Not signed in (online, or a link in an email)
admin-access-patients = Patients
admin-access-heading = { $name }: access history
admin-access-lead = Everyone who viewed or changed this record, newest first, and lists that showed it (such as a day in the calendar). Reading this history is recorded too.
admin-access-open-audit = Open in the audit log (filters, CSV download)
admin-access-empty = No one has opened this record yet.
admin-patient-tabs = Patient
admin-patient-tab-record = Record
admin-patient-tab-access = Access history

## Notifications and the bell (src/notifications/pages.rs).

admin-notifications-bell-unread = Notifications, { $count } unread
admin-notifications-title = Notifications
admin-notifications-loading = Loading your notifications…
admin-notifications-none-unread = Nothing unread.
admin-notifications-unread = { $count } unread.
admin-notifications-mark-all = Mark all as read
admin-notifications-empty = Nothing to act on. New notifications appear here, and the bell at the top counts them.
admin-notifications-more = Older notifications are not listed.
admin-notifications-choices = What you are told of
admin-notifications-tell-me = Tell me when
admin-notifications-save = Save my choices
admin-notifications-saved = Saved.
admin-notifications-mark-read = Mark as read
admin-notifications-new = New
admin-notifications-kind-online-booked = A patient booked online
admin-notifications-kind-online-moved = A patient moved their appointment
admin-notifications-kind-online-cancelled = A patient cancelled their appointment
admin-notifications-kind-online-confirmed = A patient confirmed their appointment
admin-notifications-kind-asap-claimed = A patient on the ASAP list took a freed time
admin-notifications-kind-email-failed = An email could not be sent
admin-notifications-kind-medical-alert = A medical alert was added for a patient you see today

## The home page (src/home/pages.rs).

admin-home-lead = Scheduling, patient records and online booking for dental groups with several clinics.
admin-home-reception = Reception
admin-home-reception-text = Find or register a patient in seconds, see the clinic's day, book, move and cancel.
admin-home-clinicians = Dentists and hygienists
admin-home-clinicians-text = Your day at a glance, with each patient's medical alerts beside the appointment.
admin-home-patients = Patients
admin-home-patients-text = Book online from a phone, and cancel or reschedule from the email link.
admin-home-email = Email
admin-home-outbox-counts = { $queued } waiting to be sent · { $failed } failed
admin-home-open-outbox = Open the outbox
admin-home-see-failed = See the failed ones
admin-home-checking = Checking…
admin-home-connection = Connection
admin-home-connection-text = Check that this browser, the server and the database can reach each other.
admin-home-check-connection = Check the connection
admin-home-connected = Connected. The database answered in { $millis } ms (server version { $version }).

## API keys (src/api_keys/pages.rs).

admin-api-loading = Loading API keys…
admin-api-empty = No API keys yet. Make one below for each system that should read or change this clinic's calendar.
admin-api-col-name = Name
admin-api-col-key = Key
admin-api-col-scopes = Scopes
admin-api-col-per-minute = Per minute
admin-api-col-made = Made
admin-api-col-last-used = Last used
admin-api-col-actions = Actions
admin-api-title = API keys

admin-api-intro = Other systems call the REST API at /api/v1 with a key in the Authorization header (Bearer …). The reference is at{" "}
admin-api-intro-end = .
admin-api-revoke-open = Revoke…
admin-api-revoke-confirm = Revoke “{ $name }”? Every request with it is refused from now on; this cannot be undone.
admin-api-revoke = Revoke
admin-api-revoked = Revoked { $when }
admin-api-never = Never
admin-api-made = Made. The key is shown only this once: copy it into the other system now. Whoever has it can act as this key.
admin-api-key-label = API key
admin-api-new-heading = Make a key
admin-api-name = What it is for
admin-api-name-hint = The system that will use it, e.g. Phone system.
admin-api-read-scope = Every key reads this clinic's providers, appointment types, free times and appointments.
admin-api-write-scope = Changes: book, move and cancel appointments, set their status
admin-api-patients-scope = Patients: search and read them (and, with changes, add and update them)
admin-api-per-minute = Requests per minute
admin-api-per-minute-hint = Requests past this in a minute are refused (429) until the next minute.
admin-api-create = Make the key
admin-api-origins-heading = Browser origins
admin-api-origins-saved = Origins saved.
admin-api-origins = Web apps allowed to call the API from a browser
admin-api-origins-hint = One per line, like https://crm.example.com. Leave empty when only servers call the API.
admin-api-origins-save = Save origins

## Webhooks (src/webhooks/pages.rs).

admin-webhooks-loading = Loading webhooks…
admin-webhooks-empty = No webhooks yet. Add one below to have bookings and patient changes sent to another system as they happen.
admin-webhooks-title = Webhooks

admin-webhooks-intro = Each event is sent as a signed JSON POST (header Chairside-Signature: t=…,v1=… — an HMAC-SHA256 of “t.body” with the endpoint's secret), retried with growing waits for about a day when the endpoint does not answer 2xx.
admin-webhooks-nothing-sent = Nothing sent yet.
admin-webhooks-send-test = Send test event
admin-webhooks-disable-open = Disable…
admin-webhooks-disable-confirm = Disable this webhook? Nothing more is sent to it, queued events included.
admin-webhooks-disable = Disable
admin-webhooks-disabled = Disabled
admin-webhooks-events = Events: { $events }
admin-webhooks-deliveries = Last deliveries
admin-webhooks-added = Added. Its signing secret is shown only this once: keep it where the receiving system can read it.
admin-webhooks-secret = Signing secret
admin-webhooks-new-heading = Add a webhook
admin-webhooks-url = Address
admin-webhooks-url-hint = An https:// address that accepts POST requests.
admin-webhooks-events-legend = Events to send
admin-webhooks-description = Description (optional)
admin-webhooks-create = Add the webhook
admin-webhooks-event-appointment-booked = Appointment booked
admin-webhooks-event-appointment-moved = Appointment moved
admin-webhooks-event-appointment-cancelled = Appointment cancelled
admin-webhooks-event-appointment-status-changed = Appointment status changed
admin-webhooks-event-patient-created = Patient created
admin-webhooks-event-patient-updated = Patient updated

## The calendar feed (src/feeds/pages.rs).

admin-feeds-title = Calendar feed
admin-feeds-my-day = My day
admin-feeds-heading = Your appointments in your own calendar
admin-feeds-lead = Turn on a feed and subscribe to its address in Google Calendar, Apple Calendar or Outlook: your appointments from 30 days back to 180 days ahead appear there and follow every change (calendar apps check every few hours). Patients show by initials only, unless the clinic decides otherwise.
admin-feeds-loading = Loading…
admin-feeds-no-provider = Your account is not linked to a provider, so there is no schedule to put in a calendar. An administrator links accounts to providers on the clinic's set-up pages.
admin-feeds-on-now = The feed is on. Copy this address into your calendar app now (“Subscribe to calendar”, “From URL”): it is shown only this once.
admin-feeds-address = Feed address
admin-feeds-off = Off
admin-feeds-on-unfetched = On since { $since }; no calendar has fetched it yet
admin-feeds-on-fetched = On since { $since }; last fetched { $last }
admin-feeds-new-address = New address…
admin-feeds-turn-on = Turn on
admin-feeds-turn-off-open = Turn off…
admin-feeds-turn-off-confirm = Turn the feed off? Calendars subscribed to it stop getting your appointments.
admin-feeds-turn-off = Turn off
admin-feeds-replace-note = A new address replaces the old one, which stops working.
admin-feeds-caption = Your calendar feeds
admin-feeds-col-provider = Provider
admin-feeds-col-feed = Feed
admin-feeds-col-actions = Actions

## Recall (src/recall/pages.rs).

admin-recall-title = Recall
admin-recall-loading = Finding the patients due…
admin-recall-clinic = Clinic
admin-recall-recorded = Recorded.
admin-recall-empty = No patient is due in this window.
admin-recall-caption = Patients due
admin-recall-col-patient = Patient
admin-recall-col-phone = Phone
admin-recall-col-due-for = Due for
admin-recall-col-due = Due
admin-recall-col-last-visit = Last visit
admin-recall-col-booked = Booked
admin-recall-col-last-contact = Last contact
admin-recall-col-record = Record a contact
admin-recall-previous = ‹ Previous
admin-recall-next = Next ›
admin-recall-lead = { $clinic }: patients due back for a visit. Those with an appointment of that kind already booked are left out unless you ask for them.
admin-recall-window = Due
admin-recall-kind = For
admin-recall-every-kind = Every kind
admin-recall-sort = Order by
admin-recall-with-booked = {" "}Include those already booked
admin-recall-show = Show
admin-recall-pages = Pages
admin-recall-page = Page { $page }
admin-recall-no-phone = No phone
admin-recall-due-overdue = { $due } (overdue)
admin-recall-set-by-hand = Set by hand: { $reason }
admin-recall-no-last-visit = None recorded
admin-recall-not-booked = No
admin-recall-not-contacted = Not contacted yet
admin-recall-outcome-label = How you tried to reach { $patient }
admin-recall-contact = Contact…
admin-recall-note-label = Note about contacting { $patient }
admin-recall-note-placeholder = Note (optional)
admin-recall-record = Record
admin-recall-patient-empty = No recall due dates yet.
admin-recall-patient-due = { $kind }: due { $due }
admin-recall-patient-overdue = {" "}(overdue)
admin-recall-patient-last-visit = , last visit { $last }
admin-recall-patient-reason = . Set by hand: { $reason }
admin-recall-saved = Saved.
admin-recall-set-due = Set or postpone a due date
admin-recall-due-for = Due for
admin-recall-due-for-hint = e.g. Hygiene; an existing date of this kind is replaced.
admin-recall-due-on = Due on
admin-recall-why = Why
admin-recall-why-hint = For example: the patient asked to wait until after the summer.
admin-recall-set-button = Set the due date
admin-recall-window-overdue = Overdue
admin-recall-window-within = Due within { $days } days, and overdue
admin-recall-sort-due = Due date
admin-recall-sort-last-visit = Last visit
admin-recall-sort-name = Name
admin-recall-sort-last-contact = Last contact
admin-recall-outcome-called = Called
admin-recall-outcome-left-message = Left a message
admin-recall-outcome-emailed = Emailed
admin-recall-outcome-declined = Declined

## The ASAP list (src/asap/pages.rs).

admin-asap-title = ASAP list
admin-asap-loading = Loading the list…
admin-asap-clinic = Clinic
admin-asap-offered = Offered: the email is on its way.
admin-asap-freed-empty = No time has been freed lately. When an appointment still to come is cancelled or moved, its time shows here and is offered to the patients it suits.
admin-asap-freed = Freed times
admin-asap-col-time = Time
admin-asap-col-provider = Provider
admin-asap-col-offers-sent = Offers sent
admin-asap-col-state = State
admin-asap-col-offer = Offer to a patient
admin-asap-waiting-empty = Nobody is waiting. Add a patient from their page (“ASAP list”), or patients add themselves when they book online.
admin-asap-waiting-caption = Patients waiting
admin-asap-col-patient = Patient
admin-asap-col-phone = Phone
admin-asap-col-for = For
admin-asap-col-when = When
admin-asap-col-booked = Booked now
admin-asap-col-since = Waiting since
admin-asap-col-until = Until
admin-asap-col-offers = Offers
admin-asap-col-actions = Actions
admin-asap-lead = { $clinic }: patients who would take an earlier time. Freed times go to those they suit by email, a few at a time, earliest waiting first; the first to take one books it.
admin-asap-waiting = Waiting ({ $count })
admin-asap-offer-label = Patient to offer { $when } to
admin-asap-offer = Offer
admin-asap-no-phone = No phone
admin-asap-not-booked = No
admin-asap-remove-open = Remove…
admin-asap-remove-confirm = Take { $patient } off the ASAP list for { $type_name }?
admin-asap-remove = Remove
admin-asap-patient-none = Not on the ASAP list.
admin-asap-patient-request = { $offers ->
    [one] { $type_name } with { $provider }: { $when }, until { $until } ({ $offers } offer so far)
   *[other] { $type_name } with { $provider }: { $when }, until { $until } ({ $offers } offers so far)
    }
admin-asap-choose = Choose…
admin-asap-any-provider = Any provider
admin-asap-added = Added to the ASAP list.
admin-asap-add = Add to the ASAP list
admin-asap-waiting-for = Waiting for
admin-asap-with = With
admin-asap-days = On these days (none ticked: any day)
admin-asap-earliest = Starting no earlier than
admin-asap-latest = Starting no later than
admin-asap-until = On the list until
admin-asap-note = Note
admin-asap-note-hint = For example: can come at an hour's notice.

## Tables: their captions (for screen readers) and column headings.

table-patients-found = Patients found
table-medical-history = Medical history
table-changes-to-the-medical-history = Changes to the medical history
table-the-patient-s-appointments = The patient's appointments
table-your-signed-in-sessions = Your signed-in sessions
table-audit-entries-newest-first = Audit entries, newest first
table-access-history-newest-first = Access history, newest first
table-staff-of-your-clinics = Staff of your clinics
table-email-templates = Email templates
table-emails = Emails
table-time-off-ahead = Time off ahead
table-providers = Providers
table-chairs = Chairs
table-appointment-types = Appointment types
table-working-hours-on-record = Working hours on record
table-intervals-of-the-new-rota = Intervals of the new rota
table-cancellation-reasons = Cancellation reasons
column-applies-to = Applies to
column-from = From
column-until = Until
column-reason = Reason
column-day = Day
column-hours = Hours
column-chair = Chair
column-valid = Valid
column-starts = Starts
column-ends = Ends
column-device = Device
column-ip-address = IP address
column-signed-in = Signed in
column-last-seen = Last seen
column-email = Email
column-versions = Versions
column-kind = Kind
column-what = What
column-severity = Severity
column-details = Details
column-status = Status
column-name = Name
column-duration = Duration
column-buffers-before-after-min = Buffers before / after (min)
column-fee = Fee
column-online = Online
column-providers = Providers
column-recall = Recall
column-role = Role
column-clinics = Clinics
column-order = Order
column-number = Number
column-born-age = Born (age)
column-phone = Phone
column-queued-utc = Queued (UTC)
column-to = To
column-subject = Subject
column-last-problem = Last problem
column-used-for = Used for
column-when-utc = When (UTC)
column-who = Who
column-clinic = Clinic
column-action = Action
column-record = Record
column-result = Result
column-what-it-recorded = What it recorded
column-when = When
column-appointment = Appointment
column-with = With
column-change = Change
column-entry = Entry
column-staff-account = Staff account

## Field checks and the set-up's own messages.

## Checks of fields and server messages (domain parsers, set-up, staff).
## A check-what-* message is a noun phrase put in another message ({ $what }, { $unit }).

check-whole-number = Enter a whole number of { $unit } from { $min } to { $max }.
check-what-minutes = minutes
check-multiple-of-five = Use a multiple of 5 minutes.
check-colour = Choose a colour, written like #1f7a8c.
check-slug = Use lower-case letters and digits, with single hyphens between words (like north-london).
check-slug-manage = "manage" is taken by the online booking's links: choose another.
check-phone = Enter a phone number like +44 20 7946 0000.
check-time-zone-missing = Choose the clinic's time zone.
check-time-zone-unknown = { $zone } is not a time zone name. Choose one from the list, like Europe/London.
check-weekday = Choose a day of the week.
check-time-shape = Enter a time like 09:30.
check-date-shape = Enter a date like 2026-12-01.
check-last-day-before-first = The last day cannot be before the first.
check-end-before-start = The end must be after the start.
check-currency = Choose one of the currencies listed.
check-fee-negative = A fee cannot be negative.
check-fee-shape = Enter the fee as an amount, like 45.00.
check-fee-decimals = A fee has at most two decimal places.
check-fee-too-much = A fee is at most 100,000.00.
check-password-too-short = Use at least { $min } characters; a short phrase works well.
check-password-email = Do not use your email address in your password.
check-password-name = Do not use your name in your password.
check-password-common = This password is one of the most common ones; choose another.
check-strength-too-short = Too short
check-strength-weak = Weak
check-strength-fair = Fair
check-strength-strong = Strong
check-status-choose = Choose a status from the list.
check-no-show-before-start = An appointment becomes a no-show only once it has started. To free the time before then, cancel it with a reason.
check-status-final = This appointment is { $status }: it cannot change any more.
check-status-cannot-become = This appointment is { $status }: it cannot become { $next }.
# A status as the two messages above put it ($status is its code).
check-status-in-sentence = { $status ->
    [held] held
    [scheduled] scheduled
    [confirmed] confirmed
    [arrived] arrived
    [in_chair] in the chair
    [completed] completed
    [cancelled] cancelled
   *[no_show] no-show
    }
check-what-hours = hours
check-reminders-at-most-four = At most four reminders.
check-what-days = days
check-what-calling-code = digits (the country code)
check-what-chair-name = a name for the chair
check-what-places = places
check-what-cancel-reason = the reason as staff will pick it
check-provider-kind = Choose dentist or hygienist.
check-what-provider-name = the provider's name
check-staff-member-or-none = Choose a staff member or none.
# A rota's interval: "Monday 09:00–12:30".
check-rota-interval = { $weekday } { $starts }–{ $ends }
check-rota-at-most = A rota has at most { $count } intervals.
check-chair-or-none = Choose a chair or none.
check-rota-overlap = This overlaps { $interval }; a provider cannot be in two places at once.
check-time-off-applies-to = Choose the whole clinic, a provider or a chair.
check-what-time-off-reason = a reason (shown in the calendar)
check-what-type-name = a name for the appointment type
check-what-months = months
check-providers-from-list = Choose providers from the list.
check-providers-at-most = Choose at most { $count } providers.
check-recall-months-missing = Say after how many months the patient is due again.
check-recall-kind-missing = Name what the patient is due for, e.g. Hygiene.
check-slug-taken = Another clinic already uses this address.
check-time-zone-not-in-database = The database does not know this time zone; choose another.
check-chair-name-taken = This clinic already has a chair with this name.
check-provider-name-taken = This clinic already has a provider with this name.
check-staff-member-linked = This staff member is already linked to another provider.
check-staff-member-of-clinic = Choose a staff member of this clinic.
check-what-date = a date
check-rota-from-past = A new rota starts on { $date } or later; past weeks keep their hours.
check-rota-chair-taken = The chair chosen for { $interval } is used by another provider then.
check-rota-overlaps-other-hours = { $interval } overlaps other hours of this provider.
check-time-off-clocks-forward = { $moment } does not exist in { $zone }: the clocks go forward then. Choose another time.
check-time-off-not-in-clinic = Choose a provider or chair of this clinic.
check-providers-of-clinic = Choose providers of this clinic.
check-type-name-taken = This clinic already has an appointment type with this name.
check-cancel-reason-taken = This clinic already has this reason.
check-cancel-reason-built-in = “{ $label }” is built in: the app chooses it, so it stays on the list. You can rename it.
check-staff-own-account = You cannot deactivate your own account; ask another admin.
check-staff-own-role = You cannot change your own role; ask another admin.
check-staff-clinics-of-yours = Choose clinics of yours.
check-staff-email-taken = Someone already has an account with this email.
check-staff-own-clinics = You cannot change your own clinics; ask another admin.
check-what-staff-name = their name
check-staff-clinics-at-most = Choose at most { $count } clinics.
check-staff-clinics-from-list = Choose clinics from the list.
check-staff-clinics-at-least-one = Choose at least one clinic.

## Scheduling, patients, notes and documents: what the server writes.

## What the server writes for people: field checks, refusals, and the dates of its lists.

# Dates and times the server writes ($date is a `format-date-medium` or `format-day-month-short`
# text, $order the region's `dmy`, `mdy` or `ymd`).
server-date-medium-year = { $order ->
    [mdy] { $date }, { $year }
   *[other] { $date } { $year }
    }
server-date-comma-time = { $date }, { $time }
server-at-by = { $at } by { $by }

## Booking, moving and cancelling appointments.

server-choose-date-time = Choose a date and time.
server-booking-skipped-time = { $time } does not exist in { $zone }: the clocks go forward then.
server-choose-type-of-clinic = Choose an appointment type of this clinic.
server-choose-provider-of-clinic = Choose a provider of this clinic.
server-booking-not-performed = { $provider } does not perform { $kind }.
server-choose-chair-of-clinic = Choose a chair of this clinic.
server-booking-time-off = That time falls in time off ({ $reason }) for { $provider }, the chair or the clinic. Choose another time.
server-booking-just-taken = That time was just taken: { $when } is no longer free. Choose another time.
server-booking-patient-busy = The patient already has an appointment at { $when }.
server-choose-provider = Choose a provider.
server-appointment-changed = This appointment was changed by someone else. Look at it again, then try once more.
# $status: the status as a sentence names it ("cancelled", "in the chair").
server-reschedule-not-movable = This appointment is { $status }: only scheduled or confirmed appointments are moved.
server-choose-reason = Choose a reason from the list.
server-cancel-say-why = Say why the appointment is cancelled.

## Recurring appointments.

server-choose-patient = Choose a patient.
server-choose-type = Choose a type.
server-choose-chair = Choose a chair.
server-series-choose-first = Choose the first date and time.
server-series-every = Repeat every 1 to 52 weeks or months.
server-series-unit = Choose weeks or months.
server-series-occurrences = Book 2 to { $max } appointments.
server-series-provider-booked = The provider is booked then.
server-series-patient-busy = The patient has another appointment then.
server-series-chair-taken = The chair is taken then.
server-series-time-off = Time off: { $reason }.
server-series-choose-every-time = Choose a time for every appointment of the series.
server-series-choose-time = Choose a time for this appointment.

## Appointments in a time off.

server-batch-not-a-choice = “{ $choice }” is not a choice of this page.
server-batch-whole-clinic = The whole clinic
server-batch-suggestion = { $when } with { $provider }
server-batch-period = { $from } to { $until }
server-batch-too-many = Change at most { $max } appointments at once.
# The reason kept on each appointment cancelled: "Dr Sam Patel unavailable: Sick".
server-batch-unavailable = { $whose } unavailable: { $reason }
server-batch-nothing-changed = Nothing was changed. { $message }

## The confirmations list.

server-call-confirmed = Will come
server-call-left-message = Left a message
server-call-no-answer = No answer
server-call-wrong-number = Wrong number
server-call-emailed = Emailed a reminder
server-call-choose-outcome = Choose what happened.
server-status-over = over
server-call-nothing-to-remind = This appointment is { $status }: there is nothing to remind the patient of.
server-call-not-emailable = This patient has no email address or has not agreed to email reminders.
server-call-already-emailed = A reminder for this time was already emailed from this list.

## Free times.

server-choose-type-from-list = Choose an appointment type from the list.
server-what-first-day = the first day
server-slots-days = Ask for 1 to { $max } days.

## Patients' records.

server-record-merged-into = This record was merged into { $number }: book on that one.
server-record-archived = This record is archived: restore it first to book for this patient.
server-medical-entry-unknown = Entry
# An entry of the medical history: "Allergy: Penicillin", then "(moderate)", then "— details".
server-medical-entry = { $kind }: { $label }
server-medical-entry-severity = { $entry } ({ $severity })
server-medical-entry-details = { $entry } — { $details }
server-duplicate = { $name } ({ $number }, born { $born })
server-duplicates-found = This may be a patient the clinic already has: { $names }. Check before creating a second record; if this is someone else, tick the box and save again.
server-record-someone-else = someone else
server-record-changed = { $by } changed this record after you opened it. Your changes are below; open the record again to see theirs, then make yours once more.
server-medical-choose-kind = Choose alert, allergy, condition or medication.
server-choose-from-list = Choose from the list.
server-patient-reminders-need-email = Email reminders need an email address.
server-what-medical-label = what it is (for example Penicillin)
server-medical-choose-severity = Choose how severe the allergy is.
server-medical-severity-only-allergies = Only allergies have a severity.

## Merging two records.

server-merge-choose-fields = Choose, for each field listed, the record whose value is kept.
server-merge-overlap-pair = { $first } ({ $first_number }) and { $second } ({ $second_number })
server-merge-more = { $count ->
    [one] { $count } more
   *[other] { $count } more
    }
server-merge-overlaps = These records have appointments at overlapping times: { $pairs }. One person cannot attend both: cancel or move one of each pair, then merge.
server-merge-enter-number = Enter a patient number like P-000123.
server-merge-no-such-patient = This clinic has no patient with that number.
server-merge-same-record = That is this same record.
server-merge-confirm = Tick the box to confirm: a merge cannot be undone.
server-merge-into-itself = A record cannot be merged into itself.
server-merge-already = One of these records was merged already.
server-merge-just-booked = An appointment was just booked for one of these records at the same time as one of the other's. Look at both records again, then merge.

## Clinical notes and their templates.

server-note-signed-final = This note is signed, so it cannot change. Add an addendum below instead.
server-note-too-long = Keep the note under { $max } characters.
server-note-saved-by-someone = Someone else saved this note after you opened it; your text is below. Open the note in another tab to see theirs, then save yours.
server-note-only-provider-signs = Only { $provider } signs this note: it is their appointment.
server-note-write-first = Write the note before signing it.
server-note-changed = The note changed after you opened it. Read it again before signing.
server-note-addendum = Write the addendum (up to { $max } characters).
server-note-addendum-unsigned = Addenda follow a signed note: this one is not signed yet, so change it instead.
server-template-name = Name the template (up to 80 characters).
server-template-body = Write the prompts (up to 4,000 characters).
server-template-name-taken = The clinic has a template with this name.
server-template-active-name = An active template has this name: rename one of them first.
server-what-days = days

## Patients' documents.

server-document-archive-first = Archive the document first: only an archived document can be purged.
server-document-purge-reason = Say why it is purged, in 10 to 500 characters (it is kept in the audit log).
server-document-study = study { $date }
server-document-modality = modality { $modality }
server-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
    }
server-size-kb = { $size } KB
server-size-mb = { $size } MB
server-document-send-form = Send the document as a form with a file.
server-document-too-large = The file is larger than { $max } MB.
server-document-choose-file = Choose a file to upload.
server-document-not-accepted = This file is not a JPEG or PNG image, a PDF or a DICOM file (judged by its content, not its name).
server-document-incomplete = The form was incomplete: choose a category and a file (and a date as YYYY-MM-DD).

## Lists, emails, integrations, the audit log and reports: what the server writes.

## The server's own words: the ASAP list, recall, emails, integrations, the account, the
## audit log, reports and notifications (messages of fields and errors, dates in lists).

## Dates and times in lists: "3 Dec 2026", "3 Dec 2026 10:02", "Tue 3 Dec 2026 10:02".
## $order is the region's order of day and month (mdy, dmy or ymd).

desk-weekday-date-time = { $order ->
    [mdy] { $weekday }, { $date } { $time }
   *[other] { $weekday } { $date } { $time }
    }
desk-utc = { $moment } UTC

## The ASAP list.

desk-asap-any-day = Any day
desk-asap-choose-type = Choose what the patient is waiting for.
desk-asap-choose-provider = Choose a provider from the list.
desk-what-earliest-start = the earliest start
desk-what-latest-start = the latest start
desk-asap-latest-after-earliest = The latest start must be after the earliest.
desk-what-last-day-on-list = the last day on the list
desk-asap-until-past = The last day cannot be in the past.
desk-asap-until-too-far = { $days ->
    [one] Keep a patient on the list for at most { $days } day at once.
   *[other] Keep a patient on the list for at most { $days } days at once.
    }
desk-asap-any-time = any time
desk-asap-from = from { $time }
desk-asap-until = until { $time }
desk-asap-between = { $from }–{ $to }
desk-asap-days-window = { $days } · { $window }
desk-asap-closed-nobody-fits = nobody waiting fits
desk-asap-closed-offered-all = offered to as many patients as it may be
desk-asap-closed-passed = the time has passed
desk-asap-closed-claimed = claimed
desk-asap-added-online = Online
desk-asap-taken-by = Taken by { $patient }
desk-asap-passed = Passed
desk-asap-no-more-batches = No more batches: { $reason }
desk-asap-offering = Offering
desk-asap-type-from-list = Choose an appointment type from the list.
desk-asap-provider-does-not-do-type = That provider does not do this kind of appointment: choose another, or any provider.
desk-asap-time-gone = That time has been taken, or has passed.
desk-asap-time-does-not-suit = That time does not suit this request (its type, provider, days or hours), the patient has an earlier appointment or no email address, or was offered it already.
desk-asap-time-no-longer-free = That time is no longer free for this appointment type.

## Recall.

desk-recall-choose-outcome = Choose how you tried to reach the patient.
desk-recall-choose-window = Choose a window from the list.
desk-recall-choose-order = Choose an order from the list.
desk-recall-choose-page = Choose a page from the list.
desk-recall-contacted-by-email = Recall email
desk-what-recall-kind = what the patient is due for
desk-what-due-date = the due date
desk-what-recall-reason = why the date is set by hand

## Email templates' placeholders: what each holds.

desk-placeholder-patient-first-name = The patient's first name (or preferred name)
desk-placeholder-patient-name = The patient's full name
desk-placeholder-appointment-date = The day, in the clinic's time zone: Tuesday 1 December 2026
desk-placeholder-appointment-time = The start, in the clinic's time zone: 10:30
desk-placeholder-time-zone = The clinic's time zone: Europe/London
desk-placeholder-appointment-type = What the appointment is for: Check-up
desk-placeholder-provider = Who the patient will see: Dr Sam Patel
desk-placeholder-clinic-name = The clinic's name
desk-placeholder-clinic-address = The clinic's address
desk-placeholder-clinic-phone = The clinic's phone number
desk-placeholder-manage-link = The patient's own link to see, move or cancel the appointment online
desk-placeholder-confirm-link = The patient's link to say they will come (it asks once more, then confirms)
desk-placeholder-move-link = The patient's link to choose another time
desk-placeholder-cancel-link = The patient's link to cancel (it asks once more)
desk-placeholder-recall-kind = What the patient is due for: Hygiene
desk-placeholder-due-date = When it is due: Tuesday 12 January 2027
desk-placeholder-booking-link = The patient's own link to the online booking, with the appointment type chosen: they choose only the time
desk-placeholder-offer-date = The day of the freed time, in the clinic's time zone: Tuesday 1 December 2026
desk-placeholder-offer-time = Its start, in the clinic's time zone: 10:30
desk-placeholder-offer-type = What the time is for: Hygiene
desk-placeholder-offer-provider = Who the patient would see: Dr Sam Patel
desk-placeholder-offer-link = The patient's own link to take the time (the first to take it gets it)
desk-placeholder-offer-expires = Until when the offer stands: Tuesday 1 December at 09:30
desk-placeholder-staff-name = The new member's name
desk-placeholder-invitation-link = The one-time link to choose a password
desk-placeholder-invitation-expires = When the link stops working: Thursday 3 December 2026
desk-placeholder-inviting-clinic-name = The inviting clinic's name

## Emails: templates and the outbox.

desk-email-choose-kind = Choose a kind of email from the list.
desk-template-part-empty = This part cannot be empty.
desk-template-part-too-long = At most { $max } characters.
desk-outbox-choose-status = Choose a status from the list.
desk-what-a-date = a date
desk-outbox-only-failed-retried = Only a failed email can be retried: this one has changed meanwhile. Look at it again.
desk-outbox-only-queued-cancelled = Only a queued email can be cancelled: this one has changed meanwhile. Look at it again.

## API keys, webhooks and calendar feeds.

desk-api-key-name = Name the key (up to { $max } characters).
desk-api-key-per-minute = Enter a whole number from { $min } to { $max }.
desk-api-origin-invalid = “{ $origin }” is not an origin like https://crm.example.com.
desk-api-origins-too-many = Allow at most { $max } origins.
desk-api-key-when-by = { $when } by { $who }
desk-api-key-name-taken = A live key already has this name: choose another, or revoke that one.
desk-api-key-revoked-already = This key is revoked already.
desk-webhook-no-answer = no answer
desk-webhook-delivery = { $day } { $time } · { $event } · { $outcome }
desk-webhook-url-full-address = Enter a full address, like https://example.com/hooks.
desk-webhook-url-https = Use an https:// address.
desk-webhook-url-unresolved = { $host } could not be found. Check the address.
desk-webhook-url-private = { $host } is a private or local address; webhooks go to public addresses only.
desk-webhook-disabled = This endpoint is disabled.
desk-feed-choose-detail = Choose how calendar feeds show patients.

## The account: sessions, passwords, invitations.

desk-auth-not-your-session = That is not a session of yours.
desk-auth-new-passwords-differ = The two new passwords differ.
desk-auth-not-current-password = That is not your current password.
desk-auth-password-unchanged = Choose a password different from the current one.
desk-auth-invitation-gone = This invitation link does not work any more: it was used already, or it expired. Ask an administrator for a new one.
desk-auth-passwords-differ = The two passwords differ.

## The audit log.

desk-audit-chain-broken = The chain is broken at position { $position }: that entry or its seal was changed, or an entry was removed or inserted there. Every position before it checks out.
desk-audit-entry-unaccounted = Entry { $entry } is neither sealed nor waiting to be sealed: its place in the sealing queue was deleted.
desk-audit-entry-changed = Entry { $entry }, not sealed yet, no longer matches its MAC: it was changed.
desk-audit-entry-deleted = Entry { $entry } was waiting to be sealed and no longer exists: it was deleted.
desk-audit-action-shape = An action is written like patient.viewed, or patient. for all of them.
desk-audit-last-before-first = The last day is before the first.

## Reports.

desk-what-first-day = the first day
desk-what-last-day = the last day
desk-report-last-before-first = The last day comes before the first.
desk-report-choose-period = Choose a period from the list.
desk-report-too-long = { $days ->
    [one] Choose at most { $days } day.
   *[other] Choose at most { $days } days.
    }
desk-report-choose-table = Choose one of the report's tables.

## Notifications.

desk-notifications-choose = Choose among the kinds listed.
desk-webhook-events-from-list = Choose events from the list.
desk-webhook-events-one = Choose at least one event.
desk-staff-choose-role = Choose administrator, dentist, hygienist or receptionist.
desk-audit-export-days = Choose the first and the last day to export.
desk-audit-export-most-days = Export at most { $days } days at once.
desk-template-line = Line { $line }: { $reason }
desk-template-undefined = a placeholder this email does not have
desk-template-syntax = syntax error
desk-notification-online-booked = A patient booked online: { $type_name }, { $when }.
desk-notification-online-moved = A patient moved their appointment online, now: { $type_name }, { $when }.
desk-notification-online-cancelled = A patient cancelled online: { $type_name }, { $when }.
desk-notification-online-confirmed = A patient confirmed: { $type_name }, { $when }.
desk-notification-asap-claimed = A patient on the ASAP list took a freed time: { $type_name }, { $when }.
desk-notification-appointment-changed = An appointment changed: { $type_name }, { $when }.
desk-notification-email-failed = An email ({ $kind }) to { $address } could not be sent.
desk-notification-medical-alert = A medical alert was added for your patient of { $when }.
