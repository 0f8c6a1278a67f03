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
field-language = Choose one of the languages offered.

## Shared by staff pages.

common-loading = Loading…

## The account.

account-language-title = Language
account-language-legend = The language you read Chairside in
account-language-browser = My browser's language
account-language-save = Save
account-language-saved = Saved: Chairside is now in the language you chose.
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
